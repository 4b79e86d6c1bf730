import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allRules, defineRule, lintDraft, parseDraft, resolveConfig } from '../../../server/src/core';

const throwing = defineRule({
  id: 'test/throws',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: false,
  description: { en: 'Throws.', zh: '抛出异常。' },
  explanation: { en: 'Throws.', zh: '抛出异常。' },
  messages: { x: { en: 'x', zh: 'x' } },
  check() {
    throw new Error('boom');
  },
});

test('format/internal-error: a rule that throws becomes one finding, and the other rules still run', () => {
  const draft = parseDraft({ kind: 'msg', text: '木有问题 😀' });
  const findings = lintDraft(draft, {
    rules: [...allRules, throwing],
    config: resolveConfig({}),
    locale: 'en',
  });
  const internal = findings.filter((f) => f.ruleId === 'format/internal-error');
  assert.equal(internal.length, 1);
  assert.equal(internal[0]?.messageId, 'crashed');
  assert.match(internal[0]?.message ?? '', /test\/throws/);
  assert.ok(findings.some((f) => f.ruleId === 'tone/slang'));
});

test('format/internal-error: silent when no rule throws', () => {
  const draft = parseDraft({ kind: 'eml', text: 'Subject: Quote\r\n\r\nDear Jac,\r\n' });
  const findings = lintDraft(draft, { rules: allRules, config: resolveConfig({}), locale: 'en' });
  assert.deepEqual(
    findings.filter((f) => f.ruleId === 'format/internal-error'),
    [],
  );
});
