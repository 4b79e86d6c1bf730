// The engine's per-rule timing (`LintOptions.timing`, `cordial check --timing`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allRules, lint, PARSE_TIMING, type RuleTiming, resolveConfig } from '../../../server/src/core';
import { lintDraft } from '../../../server/src/core/engine/lint';
import { defineRule } from '../../../server/src/core/engine/rule';
import { parseMsg } from '../../../server/src/core/msg/parse';

/** A rule that takes a while on purpose (a busy loop of a known length), and finds nothing. */
const slow = defineRule({
  id: 'test/slow',
  appliesTo: ['msg'],
  severity: 'warning',
  fixable: false,
  description: { en: 'slow', zh: '慢' },
  explanation: { en: 'Slow.', zh: '慢。' },
  messages: {},
  check() {
    const until = performance.now() + 5;
    while (performance.now() < until) {}
  },
});
const quick = defineRule({ ...slow, id: 'test/quick', check() {} });
const eml = defineRule({ ...slow, id: 'test/eml-only', appliesTo: ['eml'], check() {} });

test('each rule that ran gets its time, summed over lints; rules that did not run get nothing', () => {
  const draft = parseMsg({ kind: 'msg', text: 'Hello 😀\r\n\r\n三条：\r\n' });
  const timing: RuleTiming = new Map();
  const rules = [slow, quick, eml];
  lintDraft(draft, { rules, timing });
  assert.deepEqual([...timing.keys()].sort(), ['test/quick', 'test/slow']);
  const once = timing.get('test/slow')!;
  assert.ok(once >= 5, `the slow rule took at least its 5 ms (${once})`);
  assert.ok(timing.get('test/quick')! < once);
  lintDraft(draft, { rules, timing });
  assert.ok(timing.get('test/slow')! >= once + 5, 'a second lint adds to the first');
  // Switched off: not run, not timed.
  const off: RuleTiming = new Map();
  lintDraft(draft, { rules, timing: off, config: resolveConfig({ rules: { 'test/slow': 'off' } }) });
  assert.deepEqual([...off.keys()], ['test/quick']);
});

test('lint() adds the parse time, and without a timing map times nothing and finds the same', () => {
  const text = '亲，在吗？\n\n我们的价格是全网最低，你必须这周内下单！！！\n';
  const timing: RuleTiming = new Map();
  const timed = lint({ kind: 'msg', text }, { timing });
  assert.ok(timing.has(PARSE_TIMING));
  const ran = allRules.filter((r) => r.appliesTo.includes('msg') && timing.has(r.id));
  assert.ok(ran.length > 10, 'the registry rules were timed');
  for (const v of timing.values()) assert.ok(v >= 0 && Number.isFinite(v));
  assert.deepEqual(timed.findings, lint({ kind: 'msg', text }).findings);
});
