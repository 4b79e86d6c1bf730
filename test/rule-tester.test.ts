/**
 * The rule tester must be strict: it is what keeps every rule table honest. Each case here runs
 * a small table in a child process and checks that it fails for the right reason (or passes).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'cordial-tester-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const header = `
import { defineRule } from ${JSON.stringify(resolve('server/src/core/engine/rule.ts'))};
import { ruleTester } from ${JSON.stringify(resolve('test/rule-tester.ts'))};
const rule = defineRule({
  id: 'test/bad-word', appliesTo: ['msg'], severity: 'warning', fixable: true,
  description: { en: 'd', zh: 'd' }, explanation: { en: 'e', zh: 'e' },
  messages: { bad: { en: 'Avoid bad.', zh: '避免。' }, fix: { en: 'Write good', zh: '改' } },
  check(ctx) {
    for (const m of ctx.draft.body.text.matchAll(/bad/g)) {
      const s = m.index;
      ctx.report({ messageId: 'bad', span: ctx.bodySpan(s, s + 3), fixes: [{ messageId: 'fix', edits: [ctx.bodyEdit(s, s + 3, 'good')] }] });
    }
  },
});
`;

function run(name: string, table: string): { status: number | null; out: string } {
  const file = join(dir, `${name}.test.ts`);
  writeFileSync(file, `${header}\nruleTester.run(rule, ${table});\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', file], {
    encoding: 'utf8',
    cwd: resolve('.'),
    // Without this the child would report to this runner instead of printing its own results.
    env: { ...process.env, NODE_TEST_CONTEXT: undefined },
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

test('a correct table passes (positions in UTF-16 after an emoji, CRLF)', () => {
  const r = run(
    'ok',
    `{ valid: ['fine'], invalid: [{ code: '😀 x\\r\\nbad', errors: [{ messageId: 'bad', line: 2, column: 1, endColumn: 4 }], output: '😀 x\\r\\ngood' }] }`,
  );
  assert.equal(r.status, 0, r.out);
});

test('rejects a case whose rule offers a fix but which gives no output', () => {
  const r = run('no-output', `{ valid: [], invalid: [{ code: 'bad', errors: [{ messageId: 'bad' }] }] }`);
  assert.notEqual(r.status, 0);
  assert.match(r.out, /must give `output`/);
});

test('rejects a duplicate case', () => {
  const r = run('dup', `{ valid: ['fine', 'fine'], invalid: [] }`);
  assert.notEqual(r.status, 0);
  assert.match(r.out, /duplicate case/);
});

test('rejects an unknown messageId', () => {
  const r = run(
    'unknown',
    `{ valid: [], invalid: [{ code: 'bad', errors: [{ messageId: 'nope' }], output: 'good' }] }`,
  );
  assert.notEqual(r.status, 0);
  assert.match(r.out, /unknown messageId “nope”/);
});

test('rejects a wrong position and a wrong output', () => {
  const pos = run(
    'pos',
    `{ valid: [], invalid: [{ code: '😀bad', errors: [{ messageId: 'bad', column: 2 }], output: '😀good' }] }`,
  );
  assert.notEqual(pos.status, 0);
  assert.match(pos.out, /column/);
  const out = run(
    'out',
    `{ valid: [], invalid: [{ code: 'bad', errors: [{ messageId: 'bad' }], output: 'bad' }] }`,
  );
  assert.notEqual(out.status, 0);
  assert.match(out.out, /output after fixes/);
});

test('rejects a valid case that produces a finding', () => {
  const r = run('valid-fires', `{ valid: ['bad'], invalid: [] }`);
  assert.notEqual(r.status, 0);
  assert.match(r.out, /expected no findings/);
});
