import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { EmlDraft } from '../../../server/src/core/draft';
import { parseEml } from '../../../server/src/core/eml/parse';

const FIXTURES = join(__dirname, '../../fixtures/eml');
const fixture = (name: string): EmlDraft =>
  parseEml({ kind: 'eml', bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) });
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');
const fromText = (s: string): EmlDraft => parseEml({ kind: 'eml', text: s });
const fromBytes = (b: number[] | Uint8Array): EmlDraft =>
  parseEml({ kind: 'eml', bytes: Uint8Array.from(b) });
const utf8 = (s: string) => new TextEncoder().encode(s);
const ids = (d: EmlDraft) => d.problems.map((p) => `${p.ruleId}:${p.messageId}`);

/** Decodes a quoted-printable source slice as UTF-8 (the test's own decoder). */
function qpDecode(s: string, charset = 'utf-8'): string {
  const bin = s
    .replace(/=[ \t]*\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_, h) => String.fromCharCode(Number.parseInt(h, 16)));
  return new TextDecoder(charset).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

describe('headers', () => {
  test('folded headers are unfolded; names are case-insensitive; spans point into the source', () => {
    const src = crlf(
      'from: Lin <lin@x.example>\nSUBJECT: Carton quote\n  for the Q3 order\nX-Unsent: 1\nContent-Type: text/plain\n\nHello\n',
    );
    const d = fromText(src);
    assert.equal(d.subject?.value, 'Carton quote  for the Q3 order');
    assert.equal(d.subject?.raw, ' Carton quote  for the Q3 order');
    assert.equal(d.subject?.key, 'subject');
    assert.equal(d.subject?.name, 'SUBJECT');
    assert.equal(src.slice(d.subject!.nameSpan.start, d.subject!.nameSpan.end), 'SUBJECT');
    assert.equal(
      src.slice(d.subject!.span.start, d.subject!.span.end),
      'SUBJECT: Carton quote\r\n  for the Q3 order',
    );
    assert.equal(d.subject!.valueSpan.start, src.indexOf('Carton'));
    // a word on the folded line maps exactly
    const i = d.subject!.value.indexOf('Q3');
    const m = d.subject!.view.toSource(i, i + 2);
    assert.deepEqual([src.slice(m.start, m.end), m.exact], ['Q3', true]);
    assert.equal(d.unsent, true);
    assert.equal(d.headers.length, 4);
    assert.equal(d.headerInsertAt, src.indexOf('\r\n\r\n') + 2);
    assert.equal(src.slice(d.headerSpan.start, d.headerSpan.end), src.slice(0, src.indexOf('\r\n\r\n')));
    assert.equal(d.body.text, 'Hello\r\n');
    assert.equal(d.eol, '\r\n');
  });

  test('encoded-word subjects: UTF-8 B and Q, GB2312, words split inside a character', () => {
    assert.equal(fromText('Subject: =?UTF-8?B?57q4566x5oql5Lu3?=\n\nx').subject?.value, '纸箱报价');
    assert.equal(
      fromText('Subject: =?utf-8?Q?Caf=C3=A9_au_lait?= =?utf-8?q?_ok?=\n\nx').subject?.value,
      'Café au lait ok',
    );
    assert.equal(fromText('Subject: =?GB2312?B?udjT2rGovNu1pQ==?=\n\nx').subject?.value, '关于报价单');
    assert.equal(
      fromText('Subject: =?gb2312?Q?=BB=D8=B8=B4=A3=BA=D1=F9=C6=B7?=\n\nx').subject?.value,
      '回复：样品',
    );
    // 纸箱报价 split after 10 bytes (inside 价), folded: joined before decoding, white space dropped
    const d = fromText('Subject: =?UTF-8?B?57q4566x5oql5A==?=\r\n =?UTF-8?B?u7c=?= ok\r\n\r\nx');
    assert.equal(d.subject?.value, '纸箱报价 ok');
    // each decoded character maps to (a range containing) its encoded word, inexactly
    const m = d.subject!.view.toSource(0, 1);
    assert.equal(m.exact, false);
    assert.equal(d.source.slice(m.start, m.end), '=?UTF-8?B?57q4566x5oql5A==?=');
    const ok = d.subject!.view.toSource(5, 7);
    assert.deepEqual([d.source.slice(ok.start, ok.end), ok.exact], ['ok', true]);
    // text between an encoded word and plain text keeps its space
    assert.equal(fromText('Subject: Re: =?UTF-8?B?5L2g5aW9?= world\n\nx').subject?.value, 'Re: 你好 world');
  });

  test('a header line without a colon is reported and ignored', () => {
    const d = fromText('From: a@b.example\nThis line is broken\nSubject: Hi\n\nBody\n');
    assert.deepEqual(ids(d), ['format/mime:headerNoColon']);
    assert.equal(d.subject?.value, 'Hi');
    assert.equal(d.body.text, 'Body\n');
    assert.equal(d.source.slice(d.problems[0]!.span.start, d.problems[0]!.span.end), 'This line is broken');
  });

  test('a body that starts without a blank line is still read', () => {
    const d = fromText('To: Jac <jac@x.example>\nSubject: Quote\nDear Jac,\nthe price is fine.\n');
    assert.deepEqual(ids(d), ['format/mime:noBlankLine']);
    assert.equal(d.body.text, 'Dear Jac,\nthe price is fine.\n');
    assert.equal(d.headerInsertAt, d.source.indexOf('Dear'));
  });

  test('X-Cordial-Disable, X-Unsent, recipient, reply detection', () => {
    const d = fromText(
      'To: "Chen, Jac" <jac@x.example>\nX-Cordial-Disable: tone/emoticon, email/length greeting/x\nSubject: 回复：样品\n\nok\n',
    );
    assert.deepEqual(d.disabled, ['tone/emoticon', 'email/length', 'greeting/x']);
    assert.equal(d.recipientName, 'Chen, Jac');
    assert.equal(d.isReply, true);
    assert.equal(d.firstContact, false);
    assert.equal(d.unsent, false);
    const e = fromText('To: jac@x.example\nSubject: Hello\n\nHi Jac\n');
    assert.equal(e.recipientName, null);
    assert.equal(e.isReply, false);
    assert.equal(e.firstContact, true);
  });
});

describe('addresses', () => {
  test('groups, folded To:, encoded display names, comments, bare names', () => {
    const d = fromText(
      crlf(
        [
          'From: =?UTF-8?B?5p6X5Lyf?= <lin@hengda.example>',
          'To: Jac Chen <jac@buyer.example>,',
          ' "Purchasing, Team" <purchasing@buyer.example>, =?gb2312?B?zfW+rcDt?=',
          '  <wang@buyer.example>',
          'Cc: team: a@x.example, B <b@x.example>;, boss@x.example (Boss Li)',
          'Bcc: undisclosed-recipients:;',
          '',
          'x',
        ].join('\n'),
      ),
    );
    assert.deepEqual(d.from, [{ name: '林伟', address: 'lin@hengda.example' }]);
    assert.deepEqual(d.to, [
      { name: 'Jac Chen', address: 'jac@buyer.example' },
      { name: 'Purchasing, Team', address: 'purchasing@buyer.example' },
      { name: '王经理', address: 'wang@buyer.example' },
    ]);
    assert.deepEqual(d.cc, [
      { name: '', address: 'a@x.example', group: 'team' },
      { name: 'B', address: 'b@x.example', group: 'team' },
      { name: 'Boss Li', address: 'boss@x.example' },
    ]);
    assert.deepEqual(d.bcc, []);
    assert.equal(d.recipientName, 'Jac Chen');
  });

  test('a hand-written bare name is kept', () => {
    assert.deepEqual(fromText('To: Jac\n\nhi').to, [{ name: 'Jac', address: '' }]);
  });
});

describe('bodies', () => {
  test('quoted-printable Chinese body (UTF-8), with exact re-decodable source ranges', () => {
    const d = fixture('thunderbird-alt-qp-zh.eml');
    assert.equal(d.bodyFormat, 'plain');
    assert.equal(d.bodyPart?.path, '1');
    assert.match(d.body.text, /^王经理，您好！\r\n\r\n我是恒达包装的林伟。/);
    assert.equal(d.lang, 'zh');
    for (const word of ['王经理', '林伟', '软换行', '测试测试']) {
      const i = d.body.text.indexOf(word);
      assert.ok(i >= 0, word);
      const m = d.body.toSource(i, i + word.length);
      assert.equal(m.exact, false, 'an encoded run is not editable');
      assert.equal(qpDecode(d.source.slice(m.start, m.end)), word, word);
    }
    // 林伟 is split by a soft line break in the fixture: the range spans it
    const i = d.body.text.indexOf('林伟');
    const m = d.body.toSource(i, i + 2);
    assert.equal(d.source.slice(m.start, m.end), '=E6=9E=97=E4=\r\n=BC=9F');
    // literal text in a QP body is exact
    const p = d.body.text.indexOf('+86 571');
    const pm = d.body.toSource(p, p + 7);
    assert.deepEqual([d.source.slice(pm.start, pm.end), pm.exact], ['+86 571', true]);
  });

  test('quoted-printable GBK body and =?gb2312?Q? subject (Outlook)', () => {
    const d = fixture('outlook-gbk-qp.eml');
    assert.equal(d.subject?.value, '回复：样品');
    assert.match(d.body.text, /^王经理：\r\n\r\n样品已寄出，顺丰单号 SF123456。/);
    const i = d.body.text.indexOf('顺丰');
    const m = d.body.toSource(i, i + 2);
    assert.equal(qpDecode(d.source.slice(m.start, m.end), 'gbk'), '顺丰');
    const s = d.body.text.indexOf('SF123456');
    const sm = d.body.toSource(s, s + 8);
    assert.deepEqual([d.source.slice(sm.start, sm.end), sm.exact], ['SF123456', true]);
    assert.equal(d.isReply, true);
    assert.equal(d.quoted.length, 1);
    assert.ok(d.body.text.slice(d.quoted[0]!.start).startsWith('-----Original Message-----'));
  });

  test('base64 Chinese body in GB2312 (Foxmail) and in UTF-8', () => {
    const d = fixture('foxmail-gb2312-base64.eml');
    assert.equal(d.subject?.value, '关于报价单的说明');
    assert.equal(
      d.body.text,
      '王经理：\r\n\r\n您好！附件是我们最新的报价单，请查收。\r\n我们的交货期是收到定金后12天。\r\n\r\n谢谢！\r\n林伟\r\n',
    );
    const i = d.body.text.indexOf('报价单');
    const m = d.body.toSource(i, i + 3);
    assert.equal(m.exact, false);
    // the containing base64 quanta decode to bytes that contain the word
    const q = d.source.slice(m.start, m.end).replace(/\s/g, '');
    assert.ok(q.length % 4 === 0 && q.length <= 12, q);
    // (the quanta may start inside a character: compare bytes)
    assert.ok(Buffer.from(q, 'base64').toString('hex').includes('b1a8bcdbb5a5'));
    const b = `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from('你好，世界！\r\n第二行').toString('base64')}\r\n`;
    assert.equal(fromText(b).body.text, '你好，世界！\r\n第二行');
  });

  test('multipart/mixed with alternative, a PDF and .docx attachments (RFC 2231 and encoded-word names)', () => {
    const d = fixture('gmail-mixed-attachments.eml');
    assert.deepEqual(
      d.parts.map((p) => [p.path, p.depth, p.contentType]),
      [
        ['', 0, 'multipart/mixed'],
        ['1', 1, 'multipart/alternative'],
        ['1.1', 2, 'text/plain'],
        ['1.2', 2, 'text/html'],
        ['2', 1, 'application/pdf'],
        ['3', 1, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        ['4', 1, 'image/jpeg'],
      ],
    );
    assert.deepEqual(
      d.attachments.map((a) => a.filename),
      ['Quote Q3 2026.pdf', '规格说明.docx', '产品图.jpg'],
    );
    assert.equal(d.bodyPart?.path, '1.1');
    assert.equal(d.bodyFormat, 'plain');
    assert.ok(d.body.text.startsWith('Hi Jac,\r\n\r\nThanks for your time'));
    assert.equal(d.html?.part.path, '1.2');
    assert.equal(d.html?.decorations, 1);
    assert.match(d.html!.text, /^Hi Jac,\n\nThanks for your time/);
    const pdf = d.attachments[0]!.part;
    assert.equal(pdf.transferEncoding, 'base64');
    assert.ok(d.source.slice(pdf.bodySpan.start, pdf.bodySpan.end).startsWith('JVBERi0xLjQK'));
    assert.ok(
      d.source.slice(pdf.headerSpan.start, pdf.headerSpan.end).startsWith('Content-Type: application/pdf'),
    );
    // the part ends before the line break that belongs to the next delimiter
    assert.ok(d.source.slice(pdf.span.end).startsWith('\r\n--000000000000a1b2c3d4e5f60718'));
    assert.deepEqual(d.problems, []);
  });

  test('an HTML-only message: body is the HTML text', () => {
    const d = fixture('html-only.eml');
    assert.equal(d.bodyFormat, 'html');
    assert.equal(
      d.body.text,
      'Dear Jac,\n\nThe samples were shipped today & should arrive by Friday. Tracking: SF123456.\n\nKind regards,\nLin',
    );
    assert.equal(d.html?.text, d.body.text);
    assert.equal(d.html?.decorations, 3);
    assert.equal(d.blocks.length, 3);
    assert.equal(d.blocks[2]!.signature, true);
    const i = d.body.text.indexOf('Friday');
    const m = d.body.toSource(i, i + 6);
    assert.deepEqual([d.source.slice(m.start, m.end), m.exact], ['Friday', true]);
    const a = d.body.text.indexOf('&');
    const am = d.body.toSource(a, a + 1);
    assert.deepEqual([d.source.slice(am.start, am.end), am.exact], ['&amp;', false]);
    assert.ok(!d.body.text.includes('Calibri'));
  });

  test('a message with no body', () => {
    const d = fixture('no-body.eml');
    assert.deepEqual(ids(d), ['format/mime:noBody']);
    assert.equal(d.body.text, '');
    assert.equal(d.headerInsertAt, d.source.length);
    assert.equal(d.subject?.value, 'Quick question');
    assert.equal(fromText('').body.text, '');
  });

  test('8bit UTF-8 body: character-exact ranges after an emoji, with CRLF, from bytes and from text', () => {
    const src = crlf(
      'From: 林伟 <lin@x.example>\nSubject: 样品 😀\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n王经理您好！😀 target\n第二行 😀😀 目标 word\n',
    );
    for (const d of [fromText(src), fromBytes(utf8(src)), fromBytes([0xef, 0xbb, 0xbf, ...utf8(src)])]) {
      assert.equal(d.source, src);
      for (const w of ['target', '目标', 'word', '😀😀']) {
        const i = d.body.text.indexOf(w);
        const m = d.body.toSource(i, i + w.length);
        assert.deepEqual([d.source.slice(m.start, m.end), m.exact], [w, true], w);
      }
      const i = d.body.text.indexOf('目标');
      const pos = d.lines.positionAt(d.body.toSource(i, i + 2).start);
      assert.deepEqual(pos, { line: 6, character: 9 });
      assert.equal(d.subject?.value, '样品 😀');
      const s = d.subject!.view.toSource(3, 5);
      assert.deepEqual([d.source.slice(s.start, s.end), s.exact], ['😀', true]);
      assert.deepEqual(d.from, [{ name: '林伟', address: 'lin@x.example' }]);
    }
  });

  test('hand-written 8bit draft fixture', () => {
    const d = fixture('draft-8bit-zh.eml');
    assert.equal(d.unsent, true);
    assert.deepEqual(d.disabled, ['tone/emoticon', 'email/length']);
    assert.equal(d.lang, 'zh');
    assert.equal(d.recipientName, '王经理');
    assert.ok(d.signature);
    assert.equal(d.body.text.slice(d.signature.start, d.signature.end), '顺祝商祺\r\n林伟');
  });

  test('LF, CRLF and lone CR line endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const src = ['Subject: Hi', ' there', 'Content-Type: text/plain', '', 'Line one', 'Line two', ''].join(
        eol,
      );
      const d = fromText(src);
      assert.equal(d.subject?.value, 'Hi there');
      assert.equal(d.body.text, `Line one${eol}Line two${eol}`);
      assert.equal(d.eol, eol);
      const i = d.body.text.indexOf('two');
      assert.equal(d.source.slice(d.body.toSource(i, i + 3).start, d.body.toSource(i, i + 3).end), 'two');
    }
  });

  test('charsets: Big5, Shift_JIS, ISO-8859-1, windows-1252 and aliases', () => {
    const mk = (cs: string, b64: string) =>
      fromText(`Content-Type: text/plain; charset="${cs}"\nContent-Transfer-Encoding: base64\n\n${b64}\n`)
        .body.text;
    const latin1 = (s: string) => Buffer.from(s, 'latin1').toString('base64');
    assert.equal(mk('big5', 'pKSk5Q=='), '中文');
    assert.equal(mk('Shift_JIS', 'k/qWe4zq'), '日本語');
    assert.equal(mk('cp932', 'k/qWe4zq'), '日本語');
    assert.equal(mk('cp936', '1tDOxA=='), '中文');
    assert.equal(mk('euc-cn', '1tDOxA=='), '中文');
    assert.equal(mk('GB18030', '1tDOxA=='), '中文');
    assert.equal(mk('iso-8859-1', latin1('Café')), 'Café');
    assert.equal(mk('windows-1252', 'k2hplJY='), '\u201chi\u201d\u2013');
  });
});

describe('binary files', () => {
  test('an Outlook binary .msg: one problem, blocked', () => {
    const bytes = [
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      0,
      0,
      0,
      0,
      0x3e,
      0,
      3,
      0,
      ...Array(500).fill(0xff),
    ];
    const d = fromBytes(bytes);
    assert.equal(d.blocked, true);
    assert.deepEqual(ids(d), ['format/outlook-binary:outlook']);
    assert.equal(d.body.text, '');
    assert.deepEqual(d.headers, []);
    const t = fromText(new TextDecoder('utf-8').decode(Uint8Array.from(bytes)));
    assert.deepEqual([t.blocked, ...ids(t)], [true, 'format/outlook-binary:outlook']);
  });

  test('NUL bytes in the first 8 KB: binary, blocked', () => {
    const d = fromBytes([...utf8('Subject: x\n\nabc'), 0, 1, 2]);
    assert.deepEqual([d.blocked, ...ids(d)], [true, 'format/binary:binary']);
    const t = fromText('Subject: x\n\nabc\0def');
    assert.deepEqual([t.blocked, ...ids(t)], [true, 'format/binary:binary']);
  });
});

test('from the editor, an 8bit legacy-charset part is read as the editor shows it, not decoded twice', () => {
  const text =
    'Subject: 报价\r\nContent-Type: text/plain; charset=gbk\r\nContent-Transfer-Encoding: 8bit\r\n\r\n王经理，您好！价格见下。\r\n';
  const d = parseEml({ kind: 'eml', text });
  assert.equal(d.body.text, '王经理，您好！价格见下。\r\n');
  const i = d.body.text.indexOf('价格');
  const m = d.body.toSource(i, i + 2);
  assert.equal(d.source.slice(m.start, m.end), '价格');
  assert.equal(m.exact, true);
});

describe('fine files stay fine (issue 19)', () => {
  const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
  test('an mbox envelope line at the top is accepted silently', () => {
    for (const eol of ['\n', '\r\n']) {
      const d = fromBytes(
        utf8(
          [
            'From jac@buyer.example Mon Nov  3 10:02:00 2026',
            'From: Jac Chen <jac@buyer.example>',
            'To: lin.wei@hengda.example',
            'Subject: Deposit',
            '',
            'Dear Lin,',
          ].join(eol),
        ),
      );
      assert.deepEqual(ids(d), []);
      assert.equal(d.headers[0]!.key, 'from');
      assert.equal(d.from[0]!.address, 'jac@buyer.example');
      assert.equal(d.body.text, 'Dear Lin,');
    }
    // a `From ` line further down is still a header line without a colon
    const later = fromText(
      'Subject: x\nFrom jac@buyer.example Mon Nov  3 10:02:00 2026\nTo: a@b.example\n\nHi',
    );
    assert.deepEqual(ids(later), ['format/mime:headerNoColon']);
  });

  test('a declared iso-8859-1 part is decoded in it, not reported as invalid UTF-8 (8-bit headers too)', () => {
    const d = fromBytes(
      latin1(
        'From: Jos\xe9 <jose@buyer.example>\nTo: lin@hengda.example\nSubject: Caf\xe9 order\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\nThe caf\xe9 needs 300 boxes.\n',
      ),
    );
    assert.deepEqual(ids(d), []);
    assert.equal(d.body.text, 'The café needs 300 boxes.\n');
    // undeclared 8-bit text is still read as UTF-8 and reported
    const bad = fromBytes(latin1('Subject: x\nContent-Type: text/plain\n\nThe caf\xe9.\n'));
    assert.deepEqual(ids(bad), ['format/encoding:invalidUtf8']);
  });

  test('S/MIME and PGP signatures and embedded signature images are not attachments', () => {
    const d = fromText(
      [
        'From: lin@hengda.example',
        'To: jac@buyer.example',
        'Subject: Signed',
        'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; boundary=S',
        '',
        '--S',
        'Content-Type: multipart/related; boundary=R',
        '',
        '--R',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>Dear Jac,</p><p>Lin<img src="cid:logo1"></p>',
        '--R',
        'Content-Type: image/png; name="image001.png"',
        'Content-ID: <logo1>',
        'Content-Transfer-Encoding: base64',
        '',
        'iVBORw0KGgo=',
        '--R--',
        '--S',
        'Content-Type: application/pkcs7-signature; name="smime.p7s"',
        'Content-Disposition: attachment; filename="smime.p7s"',
        'Content-Transfer-Encoding: base64',
        '',
        'MIAGCSqGSIb3DQEHAqCAMIACAQEx',
        '--S',
        'Content-Type: application/pgp-signature; name="signature.asc"',
        'Content-Disposition: attachment; filename="signature.asc"',
        '',
        '-----BEGIN PGP SIGNATURE-----',
        '--S',
        'Content-Type: application/pdf; name="quote.pdf"',
        'Content-Disposition: attachment; filename="quote.pdf"',
        '',
        'JVBERi0=',
        '--S--',
      ].join('\r\n'),
    );
    assert.deepEqual(
      d.attachments.map((a) => a.filename),
      ['quote.pdf'],
    );
  });

  test('html decorations are counted once per distinct style', () => {
    const p =
      '<p style="font-family:Calibri;color:#1F497D"><span style="COLOR: #1f497d; font-family: Calibri">x</span></p>';
    const d = fromText(
      `Subject: x\nContent-Type: text/html; charset=utf-8\n\n${p.repeat(177)}<b>y</b><b>z</b><font face="Arial" size="2">w</font>`,
    );
    assert.equal(d.html?.decorations, 3);
  });
});

describe('HZ-GB-2312 and UTF-7 are decoded', () => {
  const mail = (charset: string, body: string) =>
    `From: jac@buyer.example\r\nTo: lin@hengda.example\r\nSubject: x\r\nContent-Type: text/plain; charset=${charset}\r\n\r\n${body}`;
  test('HZ: GB2312 between ~{ and ~}, ~~ is a tilde, ~ + line break joins lines; from bytes and from the editor', () => {
    const body = '~{VP9z~} ~~ ok~\r\nmore\r\n~{VP9z~}\r\n';
    for (const d of [fromBytes(utf8(mail('HZ-GB-2312', body))), fromText(mail('"hz-gb-2312"', body))]) {
      assert.deepEqual(ids(d), []);
      assert.equal(d.body.text, '中国 ~ okmore\r\n中国\r\n');
      // the map points back into the encoded text: 国 is the pair `9z`
      const i = d.body.text.indexOf('国');
      const s = d.body.toSource(i, i + 1);
      assert.equal(d.source.slice(s.start, s.end), '9z');
    }
  });
  test('UTF-7: +…- is base64 of UTF-16, +- is a plus sign', () => {
    const d = fromBytes(utf8(mail('UTF-7', 'Hi +ZeVnLIqe- 1 +- 1 = 2\r\n+2D3eAA-\r\n')));
    assert.deepEqual(ids(d), []);
    assert.equal(d.body.text, 'Hi 日本語 1 + 1 = 2\r\n😀\r\n');
    const i = d.body.text.indexOf('1');
    assert.equal(d.source.slice(d.body.toSource(i, i + 1).start, d.body.toSource(i, i + 1).end), '1');
  });
});
