/**
 * A strict table-driven rule tester, after ESLint's RuleTester and textlint-tester.
 *
 *   ruleTester.run(rule, { valid: [...], invalid: [...] })
 *
 * - `valid` cases must produce no finding from the rule.
 * - `invalid` cases list the expected findings in order: `messageId`, and optionally 1-based
 *   `line`/`column`/`endLine`/`endColumn` (UTF-16 columns), `severity`, `data`.
 * - When the rule offers fixes, `output` (the text after applying every preferred fix once)
 *   is required; `output: null` asserts that no fix is offered. Fixing the output again must
 *   change nothing.
 * - A duplicate case, an unknown `messageId`, or an unfilled `{{placeholder}}` fails.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDraft } from '../server/src/core';
import type { CordialConfig } from '../server/src/core/engine/config';
import { resolveConfig } from '../server/src/core/engine/config';
import { applyEdits, chooseFixes } from '../server/src/core/engine/fix';
import { lintDraft } from '../server/src/core/engine/lint';
import type { Rule } from '../server/src/core/engine/rule';
import { LineIndex } from '../server/src/core/lines';
import type { ActiveSeverity, DraftKind, Finding, Locale } from '../server/src/core/types';

export interface ValidCase {
  code: string;
  kind?: DraftKind;
  name?: string;
  config?: CordialConfig;
  locale?: Locale;
}

export interface ExpectedError {
  messageId: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: ActiveSeverity;
  data?: Record<string, string | number>;
  /** Substring the localized message must contain. */
  message?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[] | number;
  /** The text after every preferred fix; `null`: no fix is offered. Required when a fix is offered. */
  output?: string | null;
}

function kindFor(rule: Rule, c: ValidCase): DraftKind {
  return c.kind ?? (rule.appliesTo.includes('msg') ? 'msg' : 'eml');
}

export function runRule(rule: Rule, c: ValidCase): Finding[] {
  const draft = parseDraft({ kind: kindFor(rule, c), text: c.code });
  const config = resolveConfig(c.config);
  return lintDraft(draft, { rules: [rule], config, locale: c.locale ?? 'en' }).filter(
    (f) => f.ruleId === rule.id,
  );
}

function describeCase(c: ValidCase, i: number): string {
  const head = c.name ?? c.code.replace(/\r/g, '␍').replace(/\n/g, '⏎').slice(0, 60);
  return `#${i + 1} ${head}`;
}

function show(findings: Finding[], text: string): string {
  const idx = new LineIndex(text);
  return findings
    .map((f) => {
      const p = idx.positionAt(f.start);
      return `  ${f.messageId} @${p.line + 1}:${p.character + 1} «${text.slice(f.start, f.end)}» ${f.message}`;
    })
    .join('\n');
}

export const ruleTester = {
  run(rule: Rule, tables: { valid: (ValidCase | string)[]; invalid: InvalidCase[] }): void {
    const seen = new Set<string>();
    const key = (c: ValidCase) =>
      JSON.stringify([kindFor(rule, c), c.code, c.config ?? null, c.locale ?? 'en']);
    describe(rule.id, () => {
      describe('valid', () => {
        tables.valid.forEach((raw, i) => {
          const c = typeof raw === 'string' ? { code: raw } : raw;
          test(describeCase(c, i), () => {
            const k = key(c);
            assert.ok(!seen.has(k), `duplicate case: ${describeCase(c, i)}`);
            seen.add(k);
            const found = runRule(rule, c);
            assert.equal(found.length, 0, `expected no findings, got:\n${show(found, c.code)}`);
          });
        });
      });
      describe('invalid', () => {
        tables.invalid.forEach((c, i) => {
          test(describeCase(c, i), () => {
            const k = key(c);
            assert.ok(!seen.has(k), `duplicate case: ${describeCase(c, i)}`);
            seen.add(k);
            const found = runRule(rule, c);
            const expected = typeof c.errors === 'number' ? null : c.errors;
            const count = typeof c.errors === 'number' ? c.errors : c.errors.length;
            assert.ok(count > 0, 'an invalid case must expect at least one finding');
            assert.equal(
              found.length,
              count,
              `expected ${count} finding(s), got ${found.length}:\n${show(found, c.code)}`,
            );
            const draftText = parseDraft({ kind: kindFor(rule, c), text: c.code }).source;
            const idx = new LineIndex(draftText);
            for (const f of found) {
              assert.ok(!/\{\{\s*\w+\s*\}\}/.test(f.message), `unfilled placeholder in “${f.message}”`);
              for (const fix of f.fixes)
                assert.ok(
                  !/\{\{\s*\w+\s*\}\}/.test(fix.title),
                  `unfilled placeholder in fix title “${fix.title}”`,
                );
              assert.ok(
                f.start >= 0 && f.end >= f.start && f.end <= draftText.length,
                'range outside the text',
              );
            }
            expected?.forEach((e, j) => {
              const f = found[j]!;
              assert.ok(e.messageId in rule.messages, `unknown messageId “${e.messageId}” in the test`);
              assert.equal(f.messageId, e.messageId, `finding ${j + 1}: messageId`);
              const s = idx.positionAt(f.start);
              const en = idx.positionAt(f.end);
              if (e.line !== undefined) assert.equal(s.line + 1, e.line, `finding ${j + 1}: line`);
              if (e.column !== undefined) assert.equal(s.character + 1, e.column, `finding ${j + 1}: column`);
              if (e.endLine !== undefined) assert.equal(en.line + 1, e.endLine, `finding ${j + 1}: endLine`);
              if (e.endColumn !== undefined)
                assert.equal(en.character + 1, e.endColumn, `finding ${j + 1}: endColumn`);
              if (e.severity !== undefined)
                assert.equal(f.severity, e.severity, `finding ${j + 1}: severity`);
              if (e.message !== undefined)
                assert.ok(
                  f.message.includes(e.message),
                  `finding ${j + 1}: “${f.message}” lacks “${e.message}”`,
                );
              if (e.data) {
                // Data is checked through the English message so tests stay independent of wording.
                for (const [name, value] of Object.entries(e.data))
                  assert.ok(
                    f.message.includes(String(value)),
                    `finding ${j + 1}: message lacks ${name}=${value}: ${f.message}`,
                  );
              }
            });
            const hasFix = found.some((f) => f.fixes.length > 0);
            if (hasFix) {
              assert.ok(
                c.output !== undefined,
                'the rule offers a fix: the case must give `output` (or null)',
              );
              assert.notEqual(c.output, null, 'the rule offers a fix but the case says `output: null`');
              const out = applyEdits(draftText, chooseFixes(found)).output;
              assert.equal(out, c.output, 'output after fixes');
              const again = runRule(rule, { ...c, code: out });
              const twice = applyEdits(out, chooseFixes(again)).output;
              assert.equal(twice, out, 'fixing the output again must change nothing');
            } else if (c.output !== undefined && c.output !== null) {
              assert.fail('the case gives `output` but the rule offered no fix');
            }
          });
        });
      });
    });
  },
};
