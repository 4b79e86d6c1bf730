import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../server/src/core';
import { formatFindings, utf8 } from './helpers';

const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

test('format/outlook-binary: an OLE compound file gets one clear error and no other finding', () => {
  for (const kind of ['msg', 'eml'] as const) {
    const all = lint({ kind, bytes: OLE }).findings;
    assert.deepEqual(
      all.map((f) => `${f.ruleId}/${f.messageId}`),
      ['format/outlook-binary/outlook'],
    );
  }
});

test('format/outlook-binary: a text draft that mentions Outlook is not one', () => {
  assert.deepEqual(formatFindings('format/outlook-binary', 'msg', utf8('Saved from Outlook .msg 😀')), []);
  assert.deepEqual(formatFindings('format/outlook-binary', 'eml', 'Subject: Outlook\r\n\r\nHi Jac,\r\n'), []);
});
