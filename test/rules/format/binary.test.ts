import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFindings, utf8 } from './helpers';

const withNul = (s: string) => new Uint8Array([...utf8(s), 0, 0, 1, 2, 0, 0x80]);

test('format/binary: a file with NUL bytes is reported once, in both kinds, and nothing else', () => {
  for (const kind of ['msg', 'eml'] as const) {
    const found = formatFindings('format/binary', kind, withNul('PK\u0003\u0004 not a draft'));
    assert.deepEqual(
      found.map((f) => f.messageId),
      ['binary'],
    );
  }
});

test('format/binary: Chinese text, emoji and CRLF are text, not binary', () => {
  for (const kind of ['msg', 'eml'] as const) {
    const text =
      kind === 'eml' ? 'Subject: 报价 😀\r\n\r\n王经理，您好！\r\n' : '王经理，您好！😀\r\n\r\n报价见下。';
    assert.deepEqual(formatFindings('format/binary', kind, utf8(text)), []);
  }
});

test('format/binary: the message is localized', () => {
  const [zh] = formatFindings('format/binary', 'msg', withNul('x'), 'zh');
  assert.match(zh?.message ?? '', /二进制/);
});
