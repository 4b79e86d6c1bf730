/**
 * Hostile `.eml` files through the full `lint` with every rule (test/core/eml/torture.test.ts
 * covers the parser alone): each gets findings or a clean result within a time bound, never a
 * crash, a hang or a rule that throws. Adds the cases the parser tests lack: a header line
 * without a colon, NUL bytes, a binary file named `.eml`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Finding, lint } from '../../server/src/core';

const enc = new TextEncoder();

/** Lints with every rule; checks the time, that nothing threw, and that every range is inside the source. */
function lintTimed(input: string | Uint8Array, limitMs: number): { ids: string[]; findings: Finding[] } {
  const t0 = performance.now();
  const { draft, findings } = lint(
    typeof input === 'string' ? { kind: 'eml', text: input } : { kind: 'eml', bytes: input },
  );
  const took = performance.now() - t0;
  assert.ok(took < limitMs, `took ${took.toFixed(0)} ms (limit ${limitMs} ms)`);
  for (const f of findings) {
    assert.notEqual(f.ruleId, 'format/internal-error', `a rule threw: ${f.message}`);
    assert.ok(0 <= f.start && f.start <= f.end && f.end <= draft.source.length, `${f.ruleId} out of range`);
  }
  return { ids: findings.map((f) => `${f.ruleId}:${f.messageId}`), findings };
}

const mixed = (boundary: string, body: string) =>
  `From: a@b.example\r\nTo: c@d.example\r\nSubject: test\r\nContent-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n${body}`;

describe('MIME torture through lint (all rules)', () => {
  test('multipart nested 1,000 deep', () => {
    let s = 'Subject: deep\r\n';
    for (let i = 0; i < 1000; i++) s += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
    s += 'Content-Type: text/plain\r\n\r\nbottom\r\n';
    for (let i = 999; i >= 0; i--) s += `--b${i}--\r\n`;
    assert.ok(lintTimed(s, 3000).ids.includes('format/mime:tooDeep'));
  });

  test('missing, duplicated and in-body boundaries', () => {
    assert.ok(lintTimed(mixed('nope', 'Just text.\r\n'), 1000).ids.includes('format/mime:missingBoundary'));
    lintTimed(
      mixed(
        'b',
        '--b\r\n--b\r\n\r\nbody\r\n--b\r\n--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--\r\n--b--\r\n',
      ),
      1000,
    );
    lintTimed(
      mixed('b', '--b\r\nContent-Type: text/plain\r\n\r\nsee --b in text\r\n--bb is not it\r\n--b--\r\n'),
      1000,
    );
    lintTimed('Content-Type: multipart/alternative\r\n\r\nHello\r\n', 1000);
  });

  test('broken base64 and quoted-printable', () => {
    const b = lintTimed(
      'Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n5L2g5aW9!!!#5LiW55WM\r\n5L2\r\n',
      1000,
    );
    assert.ok(b.ids.includes('format/mime:badEncoding'));
    const q = lintTimed(
      'Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=E4=BD=A0=ZZ ok =\r\nnext=4\r\n',
      1000,
    );
    assert.ok(q.ids.includes('format/mime:badEncoding'));
  });

  test('an unknown charset', () => {
    const d = lintTimed(
      'Subject: x\r\nContent-Type: text/plain; charset="x-klingon"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n你好\r\n',
      1000,
    );
    assert.ok(d.ids.includes('format/encoding:unknownCharset'));
  });

  test('a header line without a colon', () => {
    const d = lintTimed(
      'From: a@b.example\r\nThis line has no colon\r\nSubject: hello\r\n\r\nDear Jac,\r\n\r\nThe samples left today.\r\n',
      1000,
    );
    assert.ok(d.findings.length >= 0);
    const start = lintTimed('no colon at all on the first line\r\nSubject: x\r\n\r\nbody\r\n', 1000);
    assert.ok(start.findings.length >= 0);
  });

  test('a 1 MB header', () => {
    assert.ok(
      lintTimed(`Subject: ${'x'.repeat(1 << 20)}\r\n\r\nbody\r\n`, 3000).ids.includes(
        'format/mime:headerTooLong',
      ),
    );
    lintTimed(`Subject: start\r\n${' folded line of a long header\r\n'.repeat(35000)}\r\nbody\r\n`, 3000);
  });

  test('a 5 MB single line', () => {
    // The core has no size bound (the CLI and the server bound their input): it must still end.
    lintTimed(`Subject: big\r\n\r\n${'word '.repeat(1 << 20)}`, 30_000);
    lintTimed(
      enc.encode(`Content-Transfer-Encoding: quoted-printable\r\n\r\n${'=E4=BD=A0'.repeat(600000)}`),
      30_000,
    );
  });

  test('NUL bytes', () => {
    const bytes = new Uint8Array([
      ...enc.encode('Subject: nul\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello'),
      0,
      0,
      ...enc.encode(' Jac,\r\n\r\nThe price is USD 0.42.\r\n'),
    ]);
    lintTimed(bytes, 1000);
    lintTimed(`Subject: nul\u0000\r\n\r\nbody\u0000\r\n`, 1000);
  });

  test('invalid UTF-8 in an 8bit body', () => {
    const bytes = new Uint8Array([
      ...enc.encode(
        'Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nabc ',
      ),
      0xff,
      0xe4,
      0xbd,
      0x20,
      ...enc.encode('中 end\r\n'),
    ]);
    assert.ok(lintTimed(bytes, 1000).ids.includes('format/encoding:invalidUtf8'));
  });

  test('a binary file named .eml', () => {
    let seed = 7;
    const bin = new Uint8Array(256 * 1024).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >> 16;
    });
    const r = lintTimed(bin, 2000);
    assert.ok(r.findings.length > 0 && r.ids.every((id) => id.startsWith('format/')), r.ids.join(', '));
    // A PNG and an Outlook (OLE) file renamed to .eml.
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...bin.subarray(0, 4096)]);
    assert.ok(lintTimed(png, 1000).findings.length > 0);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...bin.subarray(0, 4096)]);
    assert.ok(lintTimed(ole, 1000).findings.length > 0);
  });

  test('a 1 MB e-mail with attachments is linted in well under a second', () => {
    const att = Buffer.from(new Uint8Array(700 * 1024).map((_, i) => (i * 7919) & 255)).toString('base64');
    const lines = att.match(/.{1,76}/g)!.join('\r\n');
    const text = Buffer.from(
      '王经理，您好！\r\n\r\n附件是报价单，请查收。Please find the quote attached.\r\n'.repeat(300),
    )
      .toString('base64')
      .match(/.{1,76}/g)!
      .join('\r\n');
    const s = mixed(
      'zz',
      `--zz\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${text}\r\n--zz\r\nContent-Type: application/pdf; name=quote.pdf\r\nContent-Disposition: attachment; filename=quote.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${lines}\r\n--zz--\r\n`,
    );
    lintTimed(enc.encode(s), 1000);
  });
});
