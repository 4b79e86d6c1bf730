import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFindings } from './helpers';

const mail = (charset: string, body = 'Dear Jac, the quote is attached. 😀') =>
  `Subject: Quote\r\nContent-Type: text/plain; charset=${charset}\r\n\r\n${body}\r\n`;

test('format/encoding: an unknown charset label is reported', () => {
  const found = formatFindings('format/encoding', 'eml', mail('x-no-such-charset'));
  assert.deepEqual(
    found.map((f) => f.messageId),
    ['unknownCharset'],
  );
});

test('format/encoding: known labels and mail aliases are read silently', () => {
  for (const cs of ['utf-8', 'UTF-8', 'gb2312', 'gbk', 'big5', 'iso-8859-1', 'cp936'])
    assert.deepEqual(formatFindings('format/encoding', 'eml', mail(cs, 'Dear Jac')), [], cs);
});
