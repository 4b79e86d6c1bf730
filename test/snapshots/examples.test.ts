/**
 * Whole-draft snapshots of every file in examples/ and test/fixtures/good*: the findings (rule,
 * severity, line:column, the text they sit on, the message in both languages and every fix's title)
 * are checked in, so any change in behaviour shows in review, as Harper's tests/linters.rs does.
 * `UPDATE_SNAPSHOTS=1 node scripts/test.mjs snapshots/examples` rewrites them; read the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { kindOf, LineIndex, lint } from '../../server/src/core';

const OUT = join('test', 'snapshots', 'examples');
const SOURCES = ['examples', 'test/fixtures/good', 'test/fixtures/good-chat'];
const update = process.env.UPDATE_SNAPSHOTS === '1';

function render(file: string): string {
  const kind = kindOf(file);
  if (!kind) throw new Error(`not a draft: ${file}`);
  const text = readFileSync(file, 'utf8');
  const lines = new LineIndex(text);
  const out: string[] = [`# ${file}`];
  const findings = {
    en: lint({ kind, text }, { locale: 'en' }).findings,
    zh: lint({ kind, text }, { locale: 'zh' }).findings,
  };
  assert.equal(findings.en.length, findings.zh.length, `${file}: the locale changed what was found`);
  findings.en.forEach((f, i) => {
    const p = lines.positionAt(f.start);
    const covered = text.slice(f.start, Math.min(f.end, f.start + 60)).replace(/\r?\n|\r/g, '⏎');
    out.push(`${p.line + 1}:${p.character + 1} ${f.severity} ${f.ruleId} «${covered}»`);
    out.push(`  en: ${f.message}`);
    out.push(`  zh: ${findings.zh[i]?.message ?? ''}`);
    for (const fix of f.fixes) out.push(`  fix: ${fix.title}`);
  });
  if (!findings.en.length) out.push('(no findings)');
  return `${out.join('\n')}\n`;
}

for (const dir of SOURCES) {
  for (const name of readdirSync(dir).sort()) {
    if (!kindOf(name)) continue;
    const file = join(dir, name);
    const snap = join(OUT, `${basename(dir)}--${name}.txt`);
    test(`snapshot of ${file}`, () => {
      const now = render(file);
      if (update || !existsSync(snap)) {
        mkdirSync(OUT, { recursive: true });
        writeFileSync(snap, now);
        if (!update)
          assert.fail(`${snap} did not exist: written now, check it in (UPDATE_SNAPSHOTS=1 to rewrite)`);
        return;
      }
      assert.equal(
        now,
        readFileSync(snap, 'utf8'),
        `${file}: findings changed (UPDATE_SNAPSHOTS=1 to accept)`,
      );
    });
  }
}
