/**
 * The rules issue 22 adds stay silent on well-written drafts: test/fixtures/good*, the good chats
 * and the `examples/*-good.*` drafts — and on the same drafts turned into Traditional Chinese.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lint } from '../../server/src/core';
import { toTraditional } from '../../server/src/core/analysis/script';
import { allRules } from '../../server/src/core/rules';

const NEW = new Set([
  'structure/unanswered',
  'structure/many-questions',
  'tone/honorific',
  'tone/hedge',
  'tone/boilerplate',
  'tone/hold',
  'tone/apology',
  'email/quote-terms',
  'email/attachment-size',
  'privacy/personal-data',
]);
const rules = allRules.filter((r) => NEW.has(r.id));

function drafts(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(msg|eml)$/.test(name)) out.push(p);
    }
  };
  for (const d of readdirSync('test/fixtures')) if (d.startsWith('good')) walk(join('test/fixtures', d));
  for (const name of readdirSync('examples'))
    if (/-good\.(msg|eml)$/.test(name)) out.push(join('examples', name));
  return out;
}

test('all ten new rules are registered', () => assert.equal(rules.length, NEW.size));

test('there are good drafts to check', () => assert.ok(drafts().length >= 6, drafts().join(', ')));

for (const file of drafts()) {
  test(`no new finding on ${file}, in Simplified and in Traditional`, () => {
    const kind = file.endsWith('.eml') ? 'eml' : 'msg';
    const text = readFileSync(file, 'utf8');
    for (const t of [text, toTraditional(text)]) {
      const { findings } = lint({ kind, text: t }, { rules });
      assert.deepEqual(
        findings.map((f) => `${f.ruleId}: ${f.message} «${t.slice(f.start, f.end)}»`),
        [],
      );
    }
  });
}
