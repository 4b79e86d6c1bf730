import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  lint,
  newSuppressionUsage,
  parseDraft,
  resolveConfig,
  UNUSED_DISABLE_RULE,
  unusedAllowedWords,
  unusedDisables,
} from '../../../server/src/core';
import { lintDraft } from '../../../server/src/core/engine/lint';
import { defineRule } from '../../../server/src/core/engine/rule';
import type { DraftKind } from '../../../server/src/core/types';

function unused(text: string, kind: DraftKind = 'msg', config = resolveConfig()) {
  const usage = newSuppressionUsage();
  const { draft, findings } = lint({ kind, text }, { config, usage });
  const found = unusedDisables(draft, usage, { config });
  return {
    findings,
    usage,
    found,
    shown: found.map((f) => [f.messageId, text.slice(f.start, f.end), f.severity]),
  };
}

describe('unused per-draft disables', () => {
  test('a disable that hides a finding is used; one that hides nothing is reported at its entry', () => {
    const text = '---\r\ncordial: { disable: [tone/slang, tone/jargon] }\r\n---\r\nthx for the order 😀\r\n';
    const { shown, findings, usage } = unused(text);
    assert.deepEqual(shown, [['unused', 'tone/jargon', 'warning']]);
    assert.deepEqual([...usage.draftHidden], ['tone/slang']);
    assert.ok(!findings.some((f) => f.ruleId === 'tone/slang'), 'the disabled rule still reports nothing');
  });

  test('unknown and repeated IDs', () => {
    const { shown } = unused('---\ncordial: { disable: [tone/slang, tone/slnag, tone/slang] }\n---\nthx\n');
    assert.deepEqual(shown, [
      ['unknown', 'tone/slnag', 'warning'],
      ['duplicate', 'tone/slang', 'warning'],
    ]);
  });

  test('a rule the configuration already switches off: its disable hides nothing', () => {
    const config = resolveConfig({ rules: { 'tone/slang': 'off' } });
    assert.deepEqual(unused('---\ncordial: { disable: [tone/slang] }\n---\nthx\n', 'msg', config).shown, [
      ['unused', 'tone/slang', 'warning'],
    ]);
  });

  test('X-Cordial-Disable entries', () => {
    const text =
      'From: a@b.example\r\nTo: c@d.example\r\nSubject: Order\r\nX-Cordial-Disable: tone/slang, tone/vague\r\n\r\nDear Jac, thx for the order.\r\n';
    assert.deepEqual(unused(text, 'eml').shown, [['unused', 'tone/vague', 'warning']]);
  });

  test('configured severity, off, and a draft that disables the report itself', () => {
    const text = '---\ncordial: { disable: [tone/vague] }\n---\nHello\n';
    const error = resolveConfig({ rules: { [UNUSED_DISABLE_RULE]: 'error' } });
    assert.deepEqual(unused(text, 'msg', error).shown, [['unused', 'tone/vague', 'error']]);
    const off = resolveConfig({ rules: { [UNUSED_DISABLE_RULE]: 'off' } });
    assert.deepEqual(unused(text, 'msg', off).shown, []);
    assert.deepEqual(
      unused(`---\ncordial: { disable: [tone/vague, ${UNUSED_DISABLE_RULE}] }\n---\nHello\n`).shown,
      [],
    );
  });

  test('messages in Chinese', () => {
    const usage = newSuppressionUsage();
    const { draft } = lint(
      { kind: 'msg', text: '---\ncordial: { disable: [tone/vague] }\n---\n你好\n' },
      { usage },
    );
    assert.match(unusedDisables(draft, usage, { locale: 'zh' })[0]!.message, /本草稿关闭了 tone\/vague/);
  });
});

describe('the engine runs once', () => {
  let calls = 0;
  const counting = defineRule({
    id: 'test/counting',
    appliesTo: ['msg'],
    severity: 'warning',
    fixable: false,
    description: { en: 'x', zh: 'x' },
    explanation: { en: 'x', zh: 'x' },
    messages: { hit: { en: 'hit', zh: 'hit' } },
    check(ctx) {
      calls++;
      ctx.report({ messageId: 'hit', span: { start: 0, end: 1 } });
    },
  });
  const draft = parseDraft({ kind: 'msg', text: '---\ncordial: { disable: [test/counting] }\n---\nHi\n' });

  test('without usage a disabled rule does not run', () => {
    calls = 0;
    assert.deepEqual(lintDraft(draft, { rules: [counting] }), []);
    assert.equal(calls, 0);
  });

  test('with usage it runs once, and its findings are only counted', () => {
    calls = 0;
    const usage = newSuppressionUsage();
    assert.deepEqual(lintDraft(draft, { rules: [counting], usage }), []);
    assert.equal(calls, 1);
    assert.deepEqual([...usage.draftHidden], ['test/counting']);
  });
});

describe('unused allowed words', () => {
  test('words that silenced something are used, across drafts', () => {
    const config = resolveConfig({ allowedWords: ['thx', 'ASAP', 'never-seen'] });
    const usage = newSuppressionUsage();
    const a = lint({ kind: 'msg', text: 'thx for the order\n' }, { config, usage });
    const b = lint({ kind: 'msg', text: 'Please reply asap.\n' }, { config, usage });
    assert.deepEqual(
      [...a.findings, ...b.findings].filter((f) => f.ruleId === 'tone/slang'),
      [],
    );
    assert.deepEqual(unusedAllowedWords(config.allowedWords, usage), ['never-seen']);
  });

  test('a word allowed and its rule disabled in a draft: the draft disable is the redundant one', () => {
    const config = resolveConfig({ allowedWords: ['thx'] });
    const usage = newSuppressionUsage();
    const { draft } = lint(
      { kind: 'msg', text: '---\ncordial: { disable: [tone/slang] }\n---\nthx\n' },
      { config, usage },
    );
    assert.deepEqual(unusedAllowedWords(config.allowedWords, usage), []);
    assert.deepEqual(
      unusedDisables(draft, usage, { config }).map((f) => f.messageId),
      ['unused'],
    );
  });
});
