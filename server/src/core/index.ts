/**
 * Cordial's analysis core: text in, findings out. Pure — no I/O, no Node built-ins, no editor
 * API — so the CLI, the language server and the web page are thin adapters over it.
 */
import type { Draft, DraftInput } from './draft';
import { parseEml } from './eml/parse';
import { DEFAULT_CONFIG, type ResolvedConfig } from './engine/config';
import { applyEdits, chooseFixes } from './engine/fix';
import {
  addTiming,
  lintDraft,
  now,
  PARSE_TIMING,
  type RuleTiming,
  type SuppressionUsage,
} from './engine/lint';
import type { Rule } from './engine/rule';
import { parseMsg } from './msg/parse';
import { allRules } from './rules';
import type { DraftKind, Finding, Locale } from './types';

export * from './actions/copy';
export * from './actions/disable';
export * from './actions/unused';
export type * from './draft';
export * from './engine/config';
export { applyEdits, chooseFixes } from './engine/fix';
export { compileGlob, type Glob } from './engine/glob';
export {
  lintDraft,
  newSuppressionUsage,
  PARSE_TIMING,
  type RuleTiming,
  type SuppressionUsage,
} from './engine/lint';
export { defineRule, docUrl, type Rule } from './engine/rule';
export { formatText, toLocale } from './i18n';
export { LineIndex, type Position } from './lines';
export { allRules, ruleById } from './rules';
export type * from './types';

/** `msg` or `eml` from a file name, or null for other files. */
export function kindOf(fileName: string): DraftKind | null {
  const m = /\.(msg|eml)$/i.exec(fileName);
  return m ? (m[1]!.toLowerCase() as DraftKind) : null;
}

export function parseDraft(input: DraftInput): Draft {
  return input.kind === 'eml' ? parseEml(input) : parseMsg(input);
}

export interface LintRequest {
  config?: ResolvedConfig;
  locale?: Locale;
  rules?: readonly Rule[];
  isCancelled?: () => boolean;
  /** Records which suppressions hid something (see `LintOptions.usage`); one per draft. */
  usage?: SuppressionUsage;
  /** Adds the time spent parsing and in each rule (see `LintOptions.timing`). */
  timing?: RuleTiming;
}

export function lint(input: DraftInput, request: LintRequest = {}): { draft: Draft; findings: Finding[] } {
  const timing = request.timing;
  const t0 = timing ? now() : 0;
  const draft = parseDraft(input);
  if (timing) addTiming(timing, PARSE_TIMING, now() - t0);
  const findings = lintDraft(draft, {
    rules: request.rules ?? allRules,
    config: request.config ?? DEFAULT_CONFIG,
    locale: request.locale ?? 'en',
    ...(request.isCancelled ? { isCancelled: request.isCancelled } : {}),
    ...(request.usage ? { usage: request.usage } : {}),
    ...(timing ? { timing } : {}),
  });
  return { draft, findings };
}

export interface FixAllResult {
  output: string;
  /** How many fixes were applied over all passes. */
  applied: number;
  passes: number;
  /** Findings of the final text. */
  remaining: Finding[];
}

/**
 * Applies the preferred fix of every finding, re-linting after each pass (up to `maxPasses`)
 * rather than merging stale edits, as ESLint's fixer does. Text outside fixed spans is unchanged.
 */
export function fixAll(
  text: string,
  kind: DraftKind,
  request: LintRequest = {},
  maxPasses = 10,
): FixAllResult {
  let output = text;
  let applied = 0;
  let passes = 0;
  let findings = lint({ kind, text: output }, request).findings;
  while (passes < maxPasses) {
    const edits = chooseFixes(findings);
    if (edits.length === 0) break;
    const next = applyEdits(output, edits).output;
    passes++;
    if (next === output) break;
    applied += countFixes(findings, edits);
    output = next;
    findings = lint({ kind, text: output }, request).findings;
  }
  return { output, applied, passes, remaining: findings };
}

function countFixes(findings: readonly Finding[], edits: readonly unknown[]): number {
  const chosen = new Set(edits);
  return findings.filter((f) => f.fixes[0]?.edits.some((e) => chosen.has(e))).length;
}
