/**
 * Precision on real writing: every tone rule over well-written business drafts must stay
 * silent. The fixtures in test/fixtures/good/ are shared with the other rule groups.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { lint } from '../../../server/src/core';
import { toneRules } from '../../../server/src/core/rules/tone';
import type { DraftKind } from '../../../server/src/core/types';

const dir = join(import.meta.dirname, '../../fixtures/good');
const files = readdirSync(dir)
  .filter((f) => /^(?:zh|en)-.*\.(?:msg|eml)$/.test(f))
  .sort();

describe('tone rules on good drafts', () => {
  test('the corpus has five drafts per language, chat and e-mail', () => {
    for (const lang of ['zh', 'en'])
      for (const kind of ['msg', 'eml']) {
        assert.ok(
          files.some((f) => f.startsWith(`${lang}-`) && f.endsWith(`.${kind}`)),
          `${lang} ${kind}`,
        );
      }
    assert.ok(files.filter((f) => f.startsWith('zh-')).length >= 5);
    assert.ok(files.filter((f) => f.startsWith('en-')).length >= 5);
  });

  for (const file of files) {
    test(file, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const kind = file.slice(file.lastIndexOf('.') + 1) as DraftKind;
      const { findings } = lint({ kind, text }, { rules: toneRules });
      const shown = findings
        .map((f) => `${f.ruleId} ${f.messageId} «${text.slice(f.start, f.end)}»`)
        .join('\n');
      assert.equal(findings.length, 0, `tone findings in ${file}:\n${shown}`);
    });
  }
});
