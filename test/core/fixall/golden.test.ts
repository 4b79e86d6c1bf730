/**
 * Fix-all golden tests: for every draft in examples/ and every realistic bad draft in
 * test/fixtures/fixall/, the text after Fix all and the findings that remain are checked in
 * (`<name>.after.<ext>`, `<name>.remaining.txt`). Read a snapshot as the recipient would: one
 * that reads badly is a bug to fix, not a baseline. `UPDATE_SNAPSHOTS=1` rewrites them.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, test } from 'node:test';
import { type DraftKind, type Finding, fixAll, LineIndex, lint } from '../../../server/src/core';
import { findBlanks } from '../../../server/src/core/analysis/placeholders';

const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
const FIXTURES = 'test/fixtures/fixall';

interface Case {
  name: string;
  input: string;
  /** Where the snapshots go, without the extension. */
  snapshot: string;
  kind: DraftKind;
}

function cases(): Case[] {
  const out: Case[] = [];
  const add = (dir: string, snapDir: string) => {
    for (const f of readdirSync(dir).sort()) {
      const m = /^(.+)\.(msg|eml)$/.exec(f);
      if (!m || f.includes('.after.')) continue;
      out.push({
        name: `${basename(dir)}/${f}`,
        input: join(dir, f),
        snapshot: join(snapDir, m[1]!),
        kind: m[2] as DraftKind,
      });
    }
  };
  add('examples', join(FIXTURES, 'examples'));
  add(FIXTURES, FIXTURES);
  return out;
}

function describeFindings(text: string, findings: readonly Finding[]): string {
  const index = new LineIndex(text);
  return findings
    .map((f) => {
      const p = index.positionAt(f.start);
      const span = text.slice(f.start, f.end).replace(/\r?\n/g, '⏎');
      return `${p.line + 1}:${p.character + 1} ${f.severity} ${f.ruleId} «${span.length > 60 ? `${span.slice(0, 59)}…` : span}»`;
    })
    .join('\n');
}

function check(path: string, actual: string): void {
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) assert.fail(`${path} is missing: run with UPDATE_SNAPSHOTS=1 and read it`);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.equal(
    actual,
    readFileSync(path, 'utf8'),
    `${path} differs (UPDATE_SNAPSHOTS=1 rewrites it after you read it)`,
  );
}

describe('Fix all: golden drafts', () => {
  const all = cases();
  test('there are drafts from examples/ and at least twelve bad drafts in both languages', () => {
    const own = all.filter((c) => c.input.startsWith(FIXTURES));
    assert.ok(all.some((c) => c.input.startsWith('examples')));
    assert.ok(own.length >= 12, `${own.length} drafts in ${FIXTURES}`);
    assert.ok(own.some((c) => c.name.includes('/zh-')) && own.some((c) => c.name.includes('/en-')));
  });

  for (const c of all) {
    test(c.name, () => {
      const text = readFileSync(c.input, 'utf8');
      const r = fixAll(text, c.kind, { locale: 'en' });
      check(`${c.snapshot}.after.${c.kind}`, r.output);
      check(`${c.snapshot}.remaining.txt`, `${describeFindings(r.output, r.remaining)}\n`);

      // Fix all finishes: another run finds nothing more to fix.
      assert.equal(
        fixAll(r.output, c.kind, { locale: 'en' }).output,
        r.output,
        'a second Fix all changes the text',
      );
      // Every blank left in the writer's own text is reported as an error.
      const { draft, findings } = lint({ kind: c.kind, text: r.output });
      const body = draft.body.text;
      for (const b of findBlanks(body)) {
        if (draft.quoted.some((q) => b.start >= q.start && b.end <= q.end)) continue;
        const at = draft.body.toSource(b.start, b.end);
        if (!at.exact) continue;
        assert.ok(
          findings.some(
            (f) => f.ruleId === 'structure/placeholder' && f.severity === 'error' && f.start === at.start,
          ),
          `blank «${b.text}» is not reported as an error`,
        );
      }
    });
  }

  test('the 在吗 … 三条 draft: after Fix all, one greeting and every blank an error', () => {
    const text = '在吗\n\n亲，我们的优势有三条：\n1. 价格低\n2. 交期快';
    const r = fixAll(text, 'msg', { locale: 'zh' });
    const blanks = r.remaining.filter((f) => f.ruleId === 'structure/placeholder');
    assert.deepEqual(
      blanks.map((f) => [r.output.slice(f.start, f.end), f.severity]),
      [
        ['[称呼]', 'error'],
        ['[公司]', 'error'],
        ['[姓名]', 'error'],
        ['[一句话说明能为您做什么]', 'error'],
      ],
    );
    assert.equal(r.output.match(/您好/g)?.length, 1, r.output);
    // Filled in, it reads as a message a client could receive.
    const filled = r.output
      .replace('[称呼]', '王经理')
      .replace('[公司]', '恒达包装')
      .replace('[姓名]', '林伟')
      .replace('[一句话说明能为您做什么]', '我们专做出口食品级纸箱');
    const after = lint({ kind: 'msg', text: filled }, { locale: 'zh' }).findings;
    assert.deepEqual(
      after.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.ruleId),
      [],
      filled,
    );
  });
});
