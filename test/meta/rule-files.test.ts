/**
 * Every registered rule has a module at its ID's path, a test that names it, and a doc page,
 * as ESLint's checkRuleFiles keeps them in step. Every message exists in both languages.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { placeholders } from '../../server/src/core/i18n';
import { allRules } from '../../server/src/core/rules';

function allText(dir: string): string {
  let s = '';
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) s += allText(p);
    else if (name.endsWith('.ts')) s += readFileSync(p, 'utf8');
  }
  return s;
}

test('the registry is sorted and IDs are unique', () => {
  const ids = allRules.map((r) => r.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length);
});

test('every rule has a doc page and a test that names it', () => {
  const tests = allText('test');
  const missing: string[] = [];
  for (const r of allRules) {
    if (!existsSync(`docs/rules/${r.id}.md`)) missing.push(`docs/rules/${r.id}.md`);
    if (
      !tests.includes(`'${r.id}'`) &&
      !tests.includes(`"${r.id}"`) &&
      !existsSync(`test/rules/${r.id}.test.ts`)
    )
      missing.push(`a test for ${r.id}`);
  }
  assert.deepEqual(missing, []);
});

test('every rule module lives at its ID’s path (format/* share one module)', () => {
  for (const r of allRules) {
    if (r.id.startsWith('format/')) continue;
    assert.ok(existsSync(`server/src/core/rules/${r.id}.ts`), `server/src/core/rules/${r.id}.ts`);
  }
});

test('every message has English and Chinese text; Chinese uses no placeholder English lacks but a unit', () => {
  // Chinese may name a measure word ({{unit}}) that English folds into its own phrase.
  for (const r of allRules) {
    for (const [id, text] of Object.entries(r.messages)) {
      assert.ok(text.en.trim() && text.zh.trim(), `${r.id} ${id}: empty text`);
      const en = new Set(placeholders(text.en));
      const extra = placeholders(text.zh).filter((p) => !en.has(p) && p !== 'unit');
      assert.deepEqual(extra, [], `${r.id} ${id}: Chinese placeholders missing from English`);
    }
    for (const field of ['description', 'explanation'] as const) {
      assert.ok(r[field].en.trim() && r[field].zh.trim(), `${r.id}: ${field} missing a language`);
    }
  }
});
