/**
 * Cordial's analysis core: text in, findings out. Pure — no I/O, no Node built-ins, no editor
 * API — so the CLI, the language server and the web page are thin adapters over it.
 */
import type { Draft, DraftInput } from './draft';
import {
  binaryToBytes,
  bytesToBinary,
  charsetSafeFixes,
  fixesOnBytes,
  type RefusedFix,
} from './eml/fix-bytes';
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
import type { DraftKind, Finding, Locale, TextEdit } from './types';

export * from './actions/copy';
export * from './actions/disable';
export * from './actions/unused';
export type * from './draft';
export type { RefusedFix } from './eml/fix-bytes';
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
export { forLocale, formatText, isChinese, localized, toLocale } from './i18n';
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
  /**
   * Rules whose fixes were left out because applying them never settled (each pass offered the
   * same fix again: a greeting that keeps being added). Empty almost always.
   */
  unstable?: string[];
}

/**
 * Applies the preferred fix of every finding, re-linting after each pass (up to `maxPasses`)
 * rather than merging stale edits, as ESLint's fixer does. Text outside fixed spans is unchanged.
 *
 * Idempotent by construction: the text returned is one that fixing again leaves as it is (it is
 * checked, a few times at most), or else the text given, unchanged. When the passes do not
 * settle (a fix whose result asks for the same fix again: a greeting that keeps being added), the
 * rule that grew the text most in the last pass is left out and the fixing starts again.
 */
export function fixAll(
  text: string,
  kind: DraftKind,
  request: LintRequest = {},
  maxPasses = 10,
): FixAllResult {
  const lintDoc = (t: string) => {
    const { draft, findings } = lint({ kind, text: t }, request);
    return charsetSafeFixes(findings, draft);
  };
  return fixAllWith(text, lintDoc, request, maxPasses);
}

export interface FixBytesResult {
  /** The fixed bytes (a UTF-8 BOM kept). */
  output: Uint8Array;
  applied: number;
  passes: number;
  /** Fixes left out because the charset of their part cannot take them exactly (final text). */
  refused: RefusedFix[];
  unstable?: string[];
}

/**
 * `fixAll` on a file's bytes: every edit is written in the charset of the part it falls in
 * (UTF-8 outside legacy-charset parts), or refused when it cannot be (`refused`). Bytes no fix
 * touches are kept as they were, whatever their encoding.
 */
export function fixAllBytes(
  bytes: Uint8Array,
  kind: DraftKind,
  request: LintRequest = {},
  maxPasses = 10,
): FixBytesResult {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let refused: RefusedFix[] = [];
  const lintDoc = (doc: string) => {
    const b = binaryToBytes(doc);
    const { draft, findings } = lint({ kind, bytes: b }, request);
    refused = [];
    return fixesOnBytes(findings, draft, b, refused);
  };
  const r = fixAllWith(bytesToBinary(body), lintDoc, request, maxPasses);
  const fixed = binaryToBytes(r.output);
  const output = bom ? new Uint8Array(fixed.length + 3) : fixed;
  if (bom) {
    output.set([0xef, 0xbb, 0xbf]);
    output.set(fixed, 3);
  }
  const seen = new Set<string>();
  const unique = refused.filter((x) => {
    const key = `${x.ruleId}\0${x.charset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    output,
    applied: r.applied,
    passes: r.passes,
    refused: unique,
    ...(r.unstable ? { unstable: r.unstable } : {}),
  };
}

/**
 * `fixAll` over any document held as a string: `lintDoc` lints it and gives findings whose fix
 * edits index that string (the bytes path holds bytes as a binary string).
 */
function fixAllWith(
  text: string,
  lintDoc: (doc: string) => Finding[],
  request: LintRequest,
  maxPasses: number,
): FixAllResult {
  let cur = fixSettling(text, lintDoc, request, maxPasses);
  let applied = cur.applied;
  let passes = cur.passes;
  for (let round = 0; round < 4; round++) {
    if (cur.output === text && round === 0) return { ...cur, applied, passes };
    const again = fixSettling(cur.output, lintDoc, request, maxPasses);
    if (again.output === cur.output || request.isCancelled?.()) return { ...again, applied, passes };
    applied += again.applied;
    passes += again.passes;
    cur = again;
  }
  // No text found that fixing leaves alone: fix nothing rather than something a second run changes.
  return {
    output: text,
    applied: 0,
    passes,
    remaining: lintDoc(text),
    unstable: cur.unstable,
  };
}

/** The passes of `fixAll`, leaving out the rules whose fixes never settle. */
function fixSettling(
  text: string,
  lintDoc: (doc: string) => Finding[],
  request: LintRequest,
  maxPasses: number,
): FixAllResult & { unstable: string[] } {
  const banned = new Set<string>();
  for (;;) {
    const r = fixPasses(text, lintDoc, request, maxPasses, banned);
    if (r.culprit === null || request.isCancelled?.()) {
      return {
        output: r.output,
        applied: r.applied,
        passes: r.passes,
        remaining: r.remaining,
        unstable: [...banned].sort(),
      };
    }
    banned.add(r.culprit);
  }
}

function fixPasses(
  text: string,
  lintDoc: (doc: string) => Finding[],
  request: LintRequest,
  maxPasses: number,
  banned: ReadonlySet<string>,
): { output: string; applied: number; passes: number; remaining: Finding[]; culprit: string | null } {
  let output = text;
  let applied = 0;
  let passes = 0;
  let findings = lintDoc(output);
  const accept = (f: Finding) => !banned.has(f.ruleId);
  for (;;) {
    const edits = chooseFixes(findings, accept);
    if (edits.length === 0) break;
    const next = applyEdits(output, edits).output;
    if (next === output) break;
    if (passes >= maxPasses || request.isCancelled?.()) {
      // Still changing after every pass: name the rule that grows the text most.
      return {
        output,
        applied,
        passes,
        remaining: findings,
        culprit: culprit(findings, edits),
      };
    }
    passes++;
    applied += countFixes(findings, edits);
    output = next;
    findings = lintDoc(output);
  }
  return { output, applied, passes, remaining: findings, culprit: null };
}

/** The rule whose chosen edits add the most characters (ties: the first by ID). */
function culprit(findings: readonly Finding[], edits: readonly TextEdit[]): string | null {
  const chosen = new Set(edits);
  const growth = new Map<string, number>();
  for (const f of findings) {
    const fix = f.fixes[0];
    if (!fix?.edits.some((e) => chosen.has(e))) continue;
    const g = fix.edits.reduce((n, e) => n + e.newText.length - (e.end - e.start), 0);
    growth.set(f.ruleId, (growth.get(f.ruleId) ?? 0) + g);
  }
  let best: string | null = null;
  for (const [id, g] of growth)
    if (best === null || g > growth.get(best)! || (g === growth.get(best)! && id < best)) best = id;
  return best;
}

function countFixes(findings: readonly Finding[], edits: readonly unknown[]): number {
  const chosen = new Set(edits);
  return findings.filter((f) => f.fixes[0]?.edits.some((e) => chosen.has(e))).length;
}
