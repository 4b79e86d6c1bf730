/**
 * What the core says about the sample workspace, for the UI layer to compare with what the editor
 * shows: per draft and display language, the findings (1-based line and column as the Problems
 * panel prints them), the explanation a hover shows, and the status-bar counts.
 * Usage: node --import tsx test/e2e/expect.ts  (prints JSON)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG, kindOf, LineIndex, lint } from '../../server/src/core';
import { draftStats } from '../../server/src/core/stats';

const workspace = join(fileURLToPath(new URL('.', import.meta.url)), 'workspace');
const out: Record<string, unknown> = {};
for (const name of readdirSync(workspace).sort()) {
  const kind = kindOf(name);
  if (!kind) continue;
  const text = readFileSync(join(workspace, name), 'utf8');
  const lines = new LineIndex(text);
  const perLocale: Record<string, unknown> = {};
  for (const locale of ['en', 'zh'] as const) {
    const { draft, findings } = lint({ kind, text }, { config: DEFAULT_CONFIG, locale });
    perLocale[locale] = {
      findings: findings.map((f) => {
        const p = lines.positionAt(f.start);
        return {
          rule: f.ruleId,
          severity: f.severity,
          line: p.line + 1,
          column: p.character + 1,
          message: f.message,
          explanation: f.explanation,
          fixes: f.fixes.map((x) => x.title),
        };
      }),
      stats: draftStats(draft, DEFAULT_CONFIG.budgets, findings),
    };
  }
  out[name] = perLocale;
}
console.log(JSON.stringify(out));
