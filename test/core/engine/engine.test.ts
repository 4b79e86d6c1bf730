import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixAll, lint, parseDraft } from '../../../server/src/core';
import { resolveConfig, validateConfig } from '../../../server/src/core/engine/config';
import { applyEdits } from '../../../server/src/core/engine/fix';
import { lintDraft } from '../../../server/src/core/engine/lint';
import { defineRule } from '../../../server/src/core/engine/rule';
import { formatRules } from '../../../server/src/core/rules/format';
import type { TextView } from '../../../server/src/core/view';

/** A test rule: flags every "bad" in the body, fix replaces it with "good". */
const badWord = defineRule({
  id: 'test/bad-word',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: true,
  description: { en: 'bad', zh: '坏' },
  explanation: { en: 'Because.', zh: '因为。' },
  messages: {
    bad: { en: 'Avoid “{{word}}”.', zh: '避免“{{word}}”。' },
    fix: { en: 'Write “good”', zh: '改为“good”' },
  },
  check(ctx) {
    const text = ctx.draft.body.text;
    for (const m of text.matchAll(/bad/g)) {
      const s = m.index!;
      ctx.report({
        messageId: 'bad',
        data: { word: 'bad' },
        span: ctx.bodySpan(s, s + 3),
        severity: text.includes('soft') ? 'info' : undefined,
        fixes: [{ messageId: 'fix', edits: [ctx.bodyEdit(s, s + 3, 'good')] }],
      });
    }
  },
});

const thrower = defineRule({
  id: 'test/thrower',
  appliesTo: ['msg'],
  severity: 'error',
  fixable: false,
  description: { en: 't', zh: 't' },
  explanation: { en: 't', zh: 't' },
  messages: { x: { en: 'x', zh: 'x' } },
  check() {
    throw new Error('boom');
  },
});

const rules = [...formatRules, badWord, thrower];

describe('lintDraft', () => {
  test('findings carry rule, localized message, source range, fixes, doc link', () => {
    const text = '---\nto: Jac\n---\n😀 bad';
    const { findings } = lint({ kind: 'msg', text }, { rules: [badWord], locale: 'zh' });
    assert.equal(findings.length, 1);
    const f = findings[0]!;
    assert.equal(f.ruleId, 'test/bad-word');
    assert.equal(f.message, '避免“bad”。');
    assert.equal(text.slice(f.start, f.end), 'bad');
    assert.equal(f.fixes[0]!.title, '改为“good”');
    assert.equal(f.explanation, '因为。');
    assert.match(f.docUrl, /docs\/rules\/test\/bad-word\.md$/);
  });

  test('severity: default, per-finding override, configured severity wins, off', () => {
    const sev = (text: string, rulesConfig = {}) =>
      lint(
        { kind: 'msg', text },
        { rules: [badWord], config: resolveConfig({ rules: rulesConfig }) },
      ).findings.map((f) => f.severity);
    assert.deepEqual(sev('bad'), ['warning']);
    assert.deepEqual(sev('bad soft'), ['info']);
    assert.deepEqual(sev('bad soft', { 'test/bad-word': 'error' }), ['error']);
    assert.deepEqual(sev('bad', { 'test/bad-word': 'off' }), []);
  });

  test('a rule disabled in the draft stays silent there only', () => {
    const off = lint(
      { kind: 'msg', text: '---\ncordial: { disable: [test/bad-word] }\n---\nbad' },
      { rules: [badWord] },
    );
    assert.equal(off.findings.length, 0);
    assert.equal(lint({ kind: 'msg', text: 'bad' }, { rules: [badWord] }).findings.length, 1);
  });

  test('a rule that throws becomes one format/internal-error finding; other rules still run', () => {
    const { findings } = lint({ kind: 'msg', text: 'bad' }, { rules });
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), ['format/internal-error', 'test/bad-word']);
    assert.match(findings.find((f) => f.ruleId === 'format/internal-error')!.message, /test\/thrower.*boom/);
  });

  test('parse problems are reported under their format/* rule and can be configured', () => {
    const text = '---\nto: [x\n---\nhi';
    assert.ok(
      lint({ kind: 'msg', text }, { rules }).findings.some((f) => f.ruleId === 'format/front-matter'),
    );
    const quiet = lint(
      { kind: 'msg', text },
      { rules, config: resolveConfig({ rules: { 'format/front-matter': 'off' } }) },
    );
    assert.equal(quiet.findings.filter((f) => f.ruleId === 'format/front-matter').length, 0);
  });

  test('an inexact span names the decoded text it is about and offers no fix', () => {
    const draft = parseDraft({ kind: 'msg', text: 'xxxxxxxx' });
    const encoded: TextView = {
      text: 'a bad one',
      toSource: () => ({ start: 0, end: 8, exact: false }),
    };
    const findings = lintDraft({ ...draft, body: encoded }, { rules: [badWord] });
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.exact, false);
    assert.match(findings[0]!.message, /about: “bad”/);
    assert.equal(findings[0]!.fixes.length, 0);
  });

  test('cancellation stops between rules', () => {
    const findings = lintDraft(parseDraft({ kind: 'msg', text: 'bad' }), {
      rules: [badWord],
      isCancelled: () => true,
    });
    assert.equal(findings.length, 0);
  });
});

describe('fixes', () => {
  test('applyEdits edits only the named spans and skips overlaps', () => {
    const r = applyEdits('0123456789', [
      { start: 1, end: 3, newText: 'a' },
      { start: 2, end: 4, newText: 'b' },
      { start: 8, end: 8, newText: '!' },
      { start: 8, end: 8, newText: '?' },
    ]);
    assert.equal(r.output, '0a34567!89');
    assert.equal(r.skipped, 2);
  });

  test('fixAll applies preferred fixes, re-lints, and leaves the rest untouched', () => {
    const text = 'before 😀 bad middle\r\nbad after';
    const r = fixAll(text, 'msg', { rules: [badWord] });
    assert.equal(r.output, 'before 😀 good middle\r\ngood after');
    assert.equal(r.applied, 2);
    assert.equal(r.remaining.length, 0);
    assert.equal(fixAll(r.output, 'msg', { rules: [badWord] }).output, r.output);
  });
});

describe('configuration', () => {
  const known = new Set(['test/bad-word']);
  test('validateConfig keeps good keys and names every problem', () => {
    const { config, errors } = validateConfig(
      {
        rules: { 'test/bad-word': 'error', 'x/y': 'off', 'test/bad-word2': 'loud' },
        jargon: ['赋能'],
        allowedWords: 'no',
        budgets: { messages: 4, sentences: -1, nope: 1 },
        surprise: true,
      },
      known,
    );
    assert.deepEqual(config.rules, { 'test/bad-word': 'error' });
    assert.deepEqual(config.jargon, ['赋能']);
    assert.deepEqual(config.budgets, { messages: 4 });
    assert.equal(errors.length, 6);
    assert.deepEqual(validateConfig([], known).errors, ['configuration must be a JSON object']);
  });
  test('resolveConfig layers: later wins, lists concatenate', () => {
    const c = resolveConfig(
      { rules: { a: 'off' }, jargon: ['x'], budgets: { messages: 4 } },
      { rules: { a: 'error', b: 'hint' }, jargon: ['y', 'x'] },
    );
    assert.deepEqual(c.rules, { a: 'error', b: 'hint' });
    assert.deepEqual(c.jargon, ['x', 'y']);
    assert.equal(c.budgets.messages, 4);
    assert.equal(c.budgets.messagesMax, 5);
  });
});
