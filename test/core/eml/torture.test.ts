import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { EmlDraft } from '../../../server/src/core/draft';
import { parseEml } from '../../../server/src/core/eml/parse';

const enc = new TextEncoder();
const ids = (d: EmlDraft) => d.problems.map((p) => `${p.ruleId}:${p.messageId}`);

/** Parses and checks the parse is fast, does not throw, and did not crash internally. */
// Time bounds here catch hangs and blow-ups (a quadratic pass over 5 MB takes minutes), not speed:
// speed goals live in the benchmark (npm run bench). They are generous so a loaded CI machine passes.
function timed(input: string | Uint8Array, limitMs = 5000): EmlDraft {
  const t0 = performance.now();
  const d = parseEml(
    typeof input === 'string' ? { kind: 'eml', text: input } : { kind: 'eml', bytes: input },
  );
  // use the views, as rules will
  d.body.toSource(0, d.body.text.length);
  d.body.toSource(d.body.text.length >> 1, (d.body.text.length >> 1) + 3);
  const ms = performance.now() - t0;
  assert.ok(ms < limitMs, `took ${ms.toFixed(0)} ms`);
  assert.ok(!ids(d).includes('format/internal-error:crashed'), JSON.stringify(d.problems));
  return d;
}

describe('torture', () => {
  test('1,000-deep nesting', () => {
    let s = 'Subject: deep\r\n';
    for (let i = 0; i < 1000; i++) s += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
    s += 'Content-Type: text/plain\r\n\r\nbottom\r\n';
    for (let i = 999; i >= 0; i--) s += `--b${i}--\r\n`;
    const d = timed(s);
    assert.ok(ids(d).includes('format/mime:tooDeep'));
    assert.ok(d.parts.length <= 66);
  });

  test('5,000+ parts', () => {
    let s = 'Content-Type: multipart/mixed; boundary=x\r\n\r\n';
    for (let i = 0; i < 6000; i++) s += `--x\r\nContent-Type: text/plain\r\n\r\npart ${i}\r\n`;
    s += '--x--\r\n';
    const d = timed(s);
    assert.ok(ids(d).includes('format/mime:tooManyParts'));
    assert.equal(d.parts.length, 5000);
    assert.equal(d.body.text, 'part 0');
  });

  test('missing boundary, no boundary parameter, unclosed multipart', () => {
    const missing = timed('Content-Type: multipart/mixed; boundary="nope"\r\n\r\nJust text.\r\n');
    assert.deepEqual(ids(missing), ['format/mime:missingBoundary']);
    assert.equal(missing.body.text, 'Just text.\r\n');
    const none = timed('Content-Type: multipart/alternative\r\n\r\nHello\r\n');
    assert.deepEqual(ids(none), ['format/mime:noBoundary']);
    assert.equal(none.body.text, 'Hello\r\n');
    const unclosed = timed(
      'Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nfirst\r\n--b\r\n\r\nsecond\r\n',
    );
    assert.deepEqual(ids(unclosed), ['format/mime:unclosed']);
    assert.equal(unclosed.parts.length, 3);
    assert.equal(unclosed.body.text, 'first');
  });

  test('duplicated boundaries and a boundary reused by a nested part', () => {
    const dup = timed(
      'Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n--b\r\n\r\nbody\r\n--b\r\n--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--\r\n--b--\r\n',
    );
    assert.equal(dup.body.text, '');
    const reuse = timed(
      'Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\ninner\r\n--b--\r\n',
    );
    assert.ok(reuse.parts.length >= 2);
  });

  test('a boundary string inside a body line is not a delimiter', () => {
    const d = timed(
      'Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee --b in text\r\n--bb is not it\r\n--b--\r\n',
    );
    assert.equal(d.body.text, 'see --b in text\r\n--bb is not it');
  });

  test('broken base64 and quoted-printable', () => {
    const b = timed(
      'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n5L2g5aW9!!!#5LiW55WM\r\n5L2\r\n',
    );
    assert.ok(ids(b).includes('format/mime:badEncoding'));
    assert.ok(b.body.text.startsWith('你好世界'));
    const q = timed(
      'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=E4=BD=A0=ZZ ok =\r\nnext=4\r\n',
    );
    assert.deepEqual(ids(q), ['format/mime:badEncoding']);
    assert.equal(q.body.text, '你=ZZ ok next=4\r\n');
    const i = q.body.text.indexOf('=ZZ');
    const m = q.body.toSource(i, i + 3);
    assert.deepEqual([q.source.slice(m.start, m.end), m.exact], ['=ZZ', true]);
  });

  test('unknown charset: read as UTF-8, reported', () => {
    const d = timed(
      'Content-Type: text/plain; charset="x-klingon"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n你好\r\n',
    );
    assert.deepEqual(ids(d), ['format/encoding:unknownCharset']);
    assert.equal(d.problems[0]!.data?.charset, 'x-klingon');
    assert.equal(d.body.text, '你好\r\n');
    const w = timed('Subject: =?x-klingon?Q?abc?=\r\n\r\nx');
    assert.equal(w.subject?.value, 'abc');
    assert.deepEqual(ids(w), ['format/encoding:unknownCharset']);
  });

  test('1 MB header field and 1 MB of header lines', () => {
    const one = timed(`Subject: ${'x'.repeat(1 << 20)}\r\n\r\nbody\r\n`);
    assert.ok(ids(one).includes('format/mime:headerTooLong'));
    assert.equal(one.subject?.value.length, 65535); // 64 KB of value, its leading space trimmed
    assert.equal(one.body.text, 'body\r\n');
    const folded = timed(
      `Subject: start\r\n${' folded line of a long header\r\n'.repeat(35000)}\r\nbody\r\n`,
    );
    assert.equal(folded.body.text, 'body\r\n');
    const many = timed(
      `${'X-Trace: abcdefghijklmnopqrstuvwxyz0123456789\r\n'.repeat(22000)}Subject: s\r\n\r\nbody\r\n`,
    );
    assert.equal(many.subject?.value, 's');
    assert.equal(many.body.text, 'body\r\n');
  });

  test('a 5 MB single line', () => {
    const d = timed(`Subject: big\r\n\r\n${'word '.repeat(1 << 20)}`);
    assert.equal(d.body.text.length, 5 << 20);
    const q = timed(
      enc.encode(`Content-Transfer-Encoding: quoted-printable\r\n\r\n${'=E4=BD=A0'.repeat(600000)}`),
    );
    assert.equal(q.body.text.length, 600000);
    const noEol = timed(enc.encode('x'.repeat(5 << 20)));
    assert.ok(noEol.problems.length <= 2);
  });

  test('invalid UTF-8 in an 8bit body', () => {
    const bytes = new Uint8Array([
      ...enc.encode('Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nabc '),
      0xff,
      0xe4,
      0xbd,
      0x20,
      ...enc.encode('中 end\r\n'),
    ]);
    const d = timed(bytes);
    assert.deepEqual(ids(d), ['format/encoding:invalidUtf8']);
    assert.equal(d.problems[0]!.data?.count, 2);
    assert.equal(d.body.text, 'abc \ufffd\ufffd 中 end\r\n');
    const i = d.body.text.indexOf('中 end');
    const m = d.body.toSource(i, i + 5);
    assert.deepEqual([d.source.slice(m.start, m.end), m.exact], ['中 end', true]);
    assert.equal(d.source.slice(d.problems[0]!.span.start, d.problems[0]!.span.end), '\ufffd');
    // the same bytes declared as a legacy charset are not a UTF-8 problem
    const gbk = timed(
      new Uint8Array([
        ...enc.encode('Content-Type: text/plain; charset=gbk\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
        0xd6,
        0xd0,
        0xce,
        0xc4,
        ...enc.encode(' ok\r\n'),
      ]),
    );
    assert.deepEqual(ids(gbk), []);
    assert.equal(gbk.body.text, '中文 ok\r\n');
    const j = gbk.body.text.indexOf('ok');
    const gm = gbk.body.toSource(j, j + 2);
    assert.deepEqual([gbk.source.slice(gm.start, gm.end), gm.exact], ['ok', true]);
    const k = gbk.body.toSource(1, 2);
    assert.equal(k.exact, false);
  });

  test('a 1 MB mail with a 700 KB base64 attachment parses in well under a second', () => {
    const att = Buffer.from(new Uint8Array(700 * 1024).map((_, i) => (i * 7919) & 255)).toString('base64');
    const lines = att.match(/.{1,76}/g)!.join('\r\n');
    const body = `${'这是一段中文正文，用来测试性能。Some English too.\r\n'.repeat(3000)}`;
    const text = Buffer.from(body)
      .toString('base64')
      .match(/.{1,76}/g)!
      .join('\r\n');
    const s = `From: a@b.example\r\nSubject: big\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${text}\r\n--zz\r\nContent-Type: application/octet-stream; name=a.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n${lines}\r\n--zz--\r\n`;
    const d = timed(enc.encode(s));
    assert.equal(d.body.text, body);
    assert.equal(d.attachments.length, 1);
  });

  test('mutated fixtures never throw', () => {
    const dir = join(__dirname, '../../fixtures/eml');
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (const f of readdirSync(dir)) {
      const orig = new Uint8Array(readFileSync(join(dir, f)));
      for (let k = 0; k < 40; k++) {
        const b = orig.slice(0, orig.length - rnd(Math.max(1, orig.length >> 2)));
        for (let j = 0; j < 1 + rnd(20); j++) {
          if (b.length) b[rnd(b.length)] = [10, 13, 45, 61, 0x3d, 0x3a, 0x20, 0xff, 0xe4, rnd(256)][rnd(10)]!;
        }
        const d = timed(b);
        if (!d.blocked) {
          for (let i = 0; i < d.body.text.length; i += 97) {
            const m = d.body.toSource(i, Math.min(d.body.text.length, i + 5));
            assert.ok(m.start >= 0 && m.end <= d.source.length && m.start <= m.end, f);
          }
        }
      }
    }
  });
});
