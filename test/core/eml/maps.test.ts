import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDecoder as WhatwgDecoder } from '@exodus/bytes/encoding.js';
import { decodeMapped, resolveCharset, Utf8Map } from '../../../server/src/core/eml/charset';
import { parseEml } from '../../../server/src/core/eml/parse';
import { decodeBase64, decodeQuotedPrintable } from '../../../server/src/core/eml/transfer';
import { decodeWords, parseParams } from '../../../server/src/core/eml/words';

const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
let seed = 7;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};

describe('Utf8Map', () => {
  test('agrees with the WHATWG decoder on random (often invalid) bytes', () => {
    const dec = new WhatwgDecoder('utf-8', { ignoreBOM: true });
    const pool = [
      0x41, 0x0a, 0xe4, 0xbd, 0xa0, 0xf0, 0x9f, 0x98, 0x80, 0xc3, 0xa9, 0xff, 0x80, 0xed, 0xa0, 0xe0, 0xf4,
      0x90,
    ];
    for (let k = 0; k < 300; k++) {
      const b = Uint8Array.from({ length: rnd(40) }, () => pool[rnd(pool.length)]!);
      const map = new Utf8Map(b);
      const text = dec.decode(b);
      assert.equal(map.unitLength, text.length);
      for (let i = 0; i <= b.length; i++) {
        const u = map.byteToUnit(i, false);
        if (u === map.byteToUnit(i, true))
          assert.equal(dec.decode(b.subarray(0, i)), text.slice(0, u), `${b} @${i}`);
      }
      for (let u = 0; u <= text.length; u++) {
        const s = map.unitToByte(u, false);
        const e = map.unitToByte(u, true);
        assert.ok(s <= e);
        assert.ok(map.byteToUnit(s, false) <= u && map.byteToUnit(e, true) >= u);
      }
    }
  });

  test('ASCII is the identity; invalid sequences are counted', () => {
    const m = new Utf8Map(bytesOf('hello'));
    assert.equal(m.ascii, true);
    assert.equal(m.byteToUnit(3), 3);
    const bad = new Utf8Map(Uint8Array.from([0x61, 0xff, 0xe4, 0xbd, 0x61]));
    assert.equal(bad.invalid, 2);
    assert.deepEqual(bad.invalidAt, [1, 2]);
  });
});

describe('charsets', () => {
  test('labels, aliases and unknown labels', () => {
    assert.equal(resolveCharset('GB2312')?.name, 'gbk');
    assert.equal(resolveCharset('cp936')?.name, 'gbk');
    assert.equal(resolveCharset('"euc-cn"')?.name, 'gbk');
    assert.equal(resolveCharset('x-gbk')?.name, 'gbk');
    assert.equal(resolveCharset('cp932')?.name, 'shift_jis');
    assert.equal(resolveCharset('ms932')?.name, 'shift_jis');
    assert.equal(resolveCharset('sjis')?.name, 'shift_jis');
    assert.equal(resolveCharset('cp950')?.name, 'big5');
    assert.equal(resolveCharset('us-ascii')?.name, 'utf-8');
    assert.equal(resolveCharset(null)?.name, 'utf-8');
    assert.equal(resolveCharset('iso-8859-1')?.kind, 'single');
    assert.equal(resolveCharset('x-klingon'), null);
    assert.equal(resolveCharset('iso-2022-kr'), null);
  });

  test('multi-byte text maps back to its bytes, anchored at lines, refined inside', () => {
    const gbk = Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4, 0x41, 0x0a, 0xd6, 0xd0, 0x0a, 0x42]);
    const { text, map } = decodeMapped(gbk, resolveCharset('gbk')!);
    assert.equal(text, '中文A\n中\nB');
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6, 7, 8].map((u) => map.unitToByte(u, false)),
      [0, 2, 4, 5, 6, 8, 9, 10, 10],
    );
    assert.equal(map.unitToByte(1, true), 2);
  });
});

describe('transfer decoders', () => {
  test('quoted-printable map: literal runs exact, escapes atomic, soft breaks spanned', () => {
    const src = bytesOf('ab=E4=BD=\r\n=A0cd=\r\nef');
    const d = decodeQuotedPrintable(src, 0, src.length);
    assert.equal(new TextDecoder().decode(d.bytes), 'ab你cdef');
    assert.deepEqual(d.map.map(0, 2), { start: 0, end: 2, literal: true });
    assert.deepEqual(d.map.map(2, 5), { start: 2, end: 14, literal: false });
    assert.deepEqual(d.map.map(3, 4), { start: 5, end: 8, literal: false });
    assert.deepEqual(d.map.map(5, 9), { start: 14, end: 21, literal: true });
  });

  test('base64 map: per quantum; garbage skipped and counted', () => {
    const src = bytesOf('5L2g\r\n5aW9*5LiW');
    const d = decodeBase64(src, 0, src.length);
    assert.equal(new TextDecoder().decode(d.bytes), '你好世');
    assert.equal(d.bad, 1);
    assert.equal(d.firstBad, 10);
    assert.deepEqual(d.map.map(3, 6), { start: 6, end: 10, literal: false });
    assert.deepEqual(d.map.map(4, 5), { start: 6, end: 10, literal: false });
  });
});

describe('parameters and encoded words', () => {
  test('RFC 2231 continuations, charsets, quoted values, encoded words', () => {
    assert.deepEqual(parseParams('text/plain; charset="UTF-8"; format=flowed'), {
      value: 'text/plain',
      params: { charset: 'UTF-8', format: 'flowed' },
    });
    assert.equal(
      parseParams("attachment; filename*0*=utf-8''%E8%A7%84%E6%A0%BC; filename*1*=%E8%AF%B4%E6%98%8E.docx")
        .params.filename,
      '规格说明.docx',
    );
    assert.equal(parseParams("attachment; filename*=gb2312''%B1%A8%BC%DB.pdf").params.filename, '报价.pdf');
    assert.equal(
      parseParams('attachment; filename*0="long "; filename*1="name.pdf"').params.filename,
      'long name.pdf',
    );
    assert.equal(
      parseParams('image/jpeg; name="=?UTF-8?B?5Lqn5ZOB5Zu+LmpwZw==?="').params.name,
      '产品图.jpg',
    );
    assert.equal(parseParams('Multipart/Mixed; Boundary="a;b"').params.boundary, 'a;b');
  });

  test('adjacent encoded words of the same charset are joined before decoding', () => {
    assert.equal(decodeWords('=?UTF-8?Q?=E4=BD?= =?UTF-8?Q?=A0?=').text, '你');
    assert.equal(decodeWords('=?UTF-8?Q?a?=  =?GBK?B?1tA=?= b').text, 'a中 b');
    assert.equal(decodeWords('x =?utf-8?q?y?=').text, 'x y');
  });
});

test('a zero-width position is exact in UTF-8 literal text and inexact in legacy-charset or encoded text', async () => {
  const { TextEncoder } = await import('@exodus/bytes/encoding.js');
  const utf8 = new TextEncoder().encode(
    'Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n价格好\r\n',
  );
  const u = parseEml({ kind: 'eml', bytes: utf8 });
  const i = u.body.text.indexOf('好');
  const at = u.body.toSource(i, i);
  assert.equal(at.exact, true);
  assert.equal(u.source.slice(at.start, at.start + 1), '好');
  // 价格好 in GBK, 8bit: the bytes are not what the editor shows, so nothing may be inserted there.
  const head = new TextEncoder().encode('Subject: x\r\nContent-Type: text/plain; charset=gbk\r\n\r\n');
  const gbk = new Uint8Array([...head, 0xbc, 0xdb, 0xb8, 0xf1, 0xba, 0xc3, 0x0d, 0x0a]);
  const g = parseEml({ kind: 'eml', bytes: gbk });
  assert.equal(g.body.text.startsWith('价格好'), true);
  assert.equal(g.body.toSource(2, 2).exact, false);
  const qp = parseEml({
    kind: 'eml',
    text: 'Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=E4=BB=B7=E6=A0=BC\r\n',
  });
  assert.equal(qp.body.toSource(1, 1).exact, false);
});
