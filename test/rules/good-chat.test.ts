/**
 * Well-written chats must not draw a single finding from the greeting, media and chat-structure
 * rules: a first contact and a follow-up or reply in each language (test/fixtures/good-chat),
 * and the drafts of test/fixtures/good when present (e-mail drafts against the greeting rules).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { lint } from '../../server/src/core';
import { greetingRules } from '../../server/src/core/rules/greeting';
import { mediaRules } from '../../server/src/core/rules/media';
import { fragmented } from '../../server/src/core/rules/structure/fragmented';
import { messageBudget } from '../../server/src/core/rules/structure/message-budget';
import { sentenceBudget } from '../../server/src/core/rules/structure/sentence-budget';

const rules = [...greetingRules, ...mediaRules, fragmented, messageBudget, sentenceBudget];
const dirs = ['test/fixtures/good-chat', 'test/fixtures/good'];

describe('good chats draw no greeting, media or chat-structure findings', () => {
  test('the good-chat fixtures are there', () => {
    const names = readdirSync(dirs[0]!).filter((n) => n.endsWith('.msg'));
    assert.ok(names.length >= 4, `expected four good chats, found ${names.join(', ')}`);
  });
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.msg'))
      .sort()) {
      test(join(dir, name), () => {
        const text = readFileSync(join(dir, name), 'utf8');
        for (const locale of ['en', 'zh'] as const) {
          const { findings } = lint({ kind: 'msg', text }, { rules, locale });
          assert.deepEqual(
            findings.map((f) => `${f.ruleId}: ${f.message} «${text.slice(f.start, f.end)}»`),
            [],
          );
        }
      });
    }
    // The greeting rules also read e-mail.
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.eml'))
      .sort()) {
      test(join(dir, name), () => {
        const text = readFileSync(join(dir, name), 'utf8');
        const { findings } = lint({ kind: 'eml', text }, { rules: greetingRules });
        assert.deepEqual(
          findings.map((f) => `${f.ruleId}: ${f.message} «${text.slice(f.start, f.end)}»`),
          [],
        );
      });
    }
  }
});
