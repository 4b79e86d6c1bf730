import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, newSuppressionUsage, unusedDisables } from '../../../server/src/core';

function unused(text: string, kind: 'msg' | 'eml' = 'msg') {
  const usage = newSuppressionUsage();
  const { draft } = lint({ kind, text }, { usage });
  return unusedDisables(draft, usage).map((f) => `${f.messageId}:${f.message}`);
}

test('format/unused-disable: a disable that hid nothing, an unknown rule and a duplicate', () => {
  const found = unused(
    '---\ncordial: { disable: [tone/slang, tone/emoji, tone/slang] }\n---\n王经理，您好！',
  );
  assert.equal(found.length, 3);
  assert.match(found[0] ?? '', /^unused:.*tone\/slang/);
  assert.match(found[1] ?? '', /^unknown:.*tone\/emoji/);
  assert.match(found[2] ?? '', /^duplicate:.*tone\/slang/);
});

test('format/unused-disable: a disable that hid a finding is not reported (CRLF, emoji)', () => {
  assert.deepEqual(unused('---\r\ncordial: { disable: [tone/slang] }\r\n---\r\n木有问题 😀\r\n'), []);
  assert.deepEqual(unused('X-Cordial-Disable: tone/slang\r\nSubject: 报价\r\n\r\n木有问题\r\n', 'eml'), []);
});
