import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFindings } from './helpers';

const ids = (text: string) => formatFindings('format/mime', 'eml', text).map((f) => f.messageId);

test('format/mime: a header line without a colon, a multipart without a boundary', () => {
  assert.deepEqual(ids('Subject: Quote\r\nThis is not a header\r\n\r\nDear Jac,\r\n'), ['headerNoColon']);
  assert.ok(ids('Subject: Quote\r\nContent-Type: multipart/mixed\r\n\r\nbody\r\n').includes('noBoundary'));
});

test('format/mime: a plain draft, an mbox envelope line and emoji/CRLF bodies are fine', () => {
  assert.deepEqual(ids('Subject: 报价 😀\r\nTo: Jac <jac@buyer.example>\r\n\r\nDear Jac,\r\n'), []);
  assert.deepEqual(
    ids('From jac@buyer.example Mon Nov 23 10:00:00 2026\nSubject: Quote\nTo: a@b.example\n\nDear Jac,\n'),
    [],
  );
});
