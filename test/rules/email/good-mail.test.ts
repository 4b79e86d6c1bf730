/**
 * The e-mail rules stay silent on good mail: the examples shipped with the extension and the
 * teammate-written tone corpus. And on real-shaped mails under test/fixtures/email/ they say
 * exactly what is wrong, no more.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { lint } from '../../../server/src/core';
import { emailRules } from '../../../server/src/core/rules/email';

const run = (path: string) =>
  lint({ kind: 'eml', bytes: new Uint8Array(readFileSync(path)) }, { rules: emailRules }).findings.map(
    (f) => `${f.ruleId}:${f.messageId}`,
  );

const good = [
  ...readdirSync('examples')
    .filter((f) => f.endsWith('-good.eml'))
    .map((f) => join('examples', f)),
  ...readdirSync('test/fixtures/good')
    .filter((f) => f.endsWith('.eml'))
    .map((f) => join('test/fixtures/good', f)),
];

describe('email rules on good mail', () => {
  test('there are good mails to check', () => assert.ok(good.length >= 4));
  for (const path of good)
    test(path, () => {
      assert.deepEqual(run(path), []);
    });
});

const EXPECTED: Record<string, string[]> = {
  'forward-chain-letter.eml': ['email/chain-letter:chain', 'email/signature:missing'],
  'foxmail-announcement-cc.eml': ['email/recipients-exposed:exposed'],
  'outlook-reply-stacked.eml': ['email/reply-prefix:stacked'],
  'qqmail-xlsx-exe.eml': ['email/attachment-format:office', 'email/attachment-format:executable'],
};

describe('email rules on real-shaped mails', () => {
  test('every fixture has an expectation', () => {
    assert.deepEqual(readdirSync('test/fixtures/email').sort(), Object.keys(EXPECTED).sort());
  });
  for (const [name, expected] of Object.entries(EXPECTED))
    test(name, () => assert.deepEqual(run(join('test/fixtures/email', name)), expected));
});
