import { writeFileSync } from 'node:fs';
import {
  type Draft,
  type DraftKind,
  docUrl,
  type Finding,
  type FixAllResult,
  fixAll,
  formatText,
  LineIndex,
  type LintRequest,
  type Locale,
  type LocalText,
  lint,
  newSuppressionUsage,
  parseDraft,
  type ResolvedConfig,
  type RuleTiming,
  ruleById,
  type SuppressionUsage,
  unusedDisables,
} from '../core';
import type { DraftInput } from '../core/draft';
import { reason, type Target } from './files';
import { formatSize, MAX_BYTES, type ReadResult, readDraftFile } from './read';

/** What was found in one draft. Offsets in `findings` index `lines.text`. */
export interface FileResult {
  target: Target;
  findings: Finding[];
  lines: LineIndex;
  /** True when `--fix` rewrote the file. */
  fixed: boolean;
  /** What the draft's suppressions hid (with `reportUnused`), for the run's unused allowed words. */
  usage?: SuppressionUsage;
}

/** The core functions the checker calls (replaceable in tests). */
export interface CheckDeps {
  lint: (input: DraftInput, request: LintRequest) => { draft: { lines: LineIndex }; findings: Finding[] };
  fixAll: (text: string, kind: DraftKind, request: LintRequest) => FixAllResult;
}

export const coreDeps: CheckDeps = { lint, fixAll };

export interface CheckOptions {
  config: ResolvedConfig;
  locale: Locale;
  fix: boolean;
  /** A line for standard error (why a file was not fixed). */
  note: (line: string) => void;
  deps?: CheckDeps;
  /** Report the draft's `disable` entries that hide nothing (`format/unused-disable`). */
  reportUnused?: boolean;
  /** Adds the time spent parsing and per rule (`--timing`). */
  timing?: RuleTiming;
}

const UNREADABLE = 'format/unreadable';

/**
 * Checks one draft and never throws: a file that cannot be read, or whose checking fails, is
 * reported as a `format/unreadable` finding on that file so the run goes on with the others.
 * `input` is standard input already read, or undefined to read `target` from disk.
 */
export function checkFile(target: Target, input: ReadResult | undefined, options: CheckOptions): FileResult {
  const { config, locale } = options;
  const deps = options.deps ?? coreDeps;
  // The usage is recorded during the one lint of the draft: the engine never runs twice for it.
  const usage = options.reportUnused ? newSuppressionUsage() : undefined;
  const request: LintRequest = {
    config,
    locale,
    ...(usage ? { usage } : {}),
    ...(options.timing ? { timing: options.timing } : {}),
  };
  const result = (findings: Finding[], lines: LineIndex, fixed = false): FileResult => ({
    target,
    findings,
    lines,
    fixed,
    ...(usage ? { usage } : {}),
  });
  const withUnused = (findings: Finding[], draft: Draft | null): Finding[] => {
    if (!usage || !draft) return findings;
    const extra = unusedDisables(draft, usage, { config, locale });
    if (!extra.length) return findings;
    return [...findings, ...extra].sort(
      (a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId),
    );
  };
  const empty = new LineIndex('');

  let read: ReadResult;
  try {
    read = input ?? readDraftFile(target.abs);
  } catch (err) {
    return result(
      formatFinding('unreadable', { error: reason(err, locale) }, target.kind, config, locale),
      empty,
    );
  }

  try {
    const extra = read.truncated
      ? formatFinding(
          'tooLarge',
          { size: formatSize(read.size), limit: formatSize(MAX_BYTES) },
          target.kind,
          config,
          locale,
        )
      : [];

    if (options.fix) {
      const decoded = read.truncated ? null : decodeStrict(read.bytes);
      if (read.truncated) options.note(`${target.display}: larger than ${formatSize(MAX_BYTES)}; not fixed`);
      else if (!decoded) options.note(`${target.display}: not valid UTF-8; left unchanged (not fixed)`);
      else {
        const fixed = deps.fixAll(decoded.text, target.kind, request);
        let written = false;
        if (fixed.output !== decoded.text) {
          try {
            writeFileSync(target.abs, (decoded.bom ? '\uFEFF' : '') + fixed.output, 'utf8');
            written = true;
          } catch (err) {
            options.note(`${target.display}: could not write the fixes: ${reason(err)}`);
          }
        }
        if (written || fixed.output === decoded.text) {
          const draft = usage ? parseDraft({ kind: target.kind, text: fixed.output }) : null;
          return result(withUnused(fixed.remaining, draft), new LineIndex(fixed.output), written);
        }
      }
    }

    const { draft, findings } = deps.lint({ kind: target.kind, bytes: read.bytes }, request);
    return result(withUnused([...extra, ...findings], isDraft(draft) ? draft : null), draft.lines);
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return result(formatFinding('unreadable', { error }, target.kind, config, locale), empty);
  }
}

function isDraft(d: { lines: LineIndex }): d is Draft {
  return 'kind' in d && 'disabled' in d;
}

/** UTF-8 text without its BOM, or null when the bytes are not valid UTF-8. */
export function decodeStrict(bytes: Uint8Array): { text: string; bom: boolean } | null {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bom ? bytes.subarray(3) : bytes,
    );
    return { text, bom };
  } catch {
    return null;
  }
}

const FALLBACK: Record<string, LocalText> = {
  unreadable: { en: 'Cannot read this file: {{error}}', zh: '无法读取此文件：{{error}}' },
  tooLarge: {
    en: 'The file is {{size}}; only the first {{limit}} were checked.',
    zh: '文件大小为 {{size}}，只检查了前 {{limit}}。',
  },
};

/** A `format/unreadable` finding at the start of the file, as the engine would make it (or none when off). */
function formatFinding(
  messageId: 'unreadable' | 'tooLarge',
  data: Record<string, string>,
  kind: DraftKind,
  config: ResolvedConfig,
  locale: Locale,
): Finding[] {
  const rule = ruleById(UNREADABLE);
  const severity = config.rules[UNREADABLE] ?? rule?.defaultSeverity(kind) ?? 'error';
  if (severity === 'off') return [];
  return [
    {
      ruleId: UNREADABLE,
      messageId,
      severity,
      message: formatText(rule?.messages[messageId] ?? FALLBACK[messageId]!, locale, data),
      start: 0,
      end: 0,
      exact: true,
      fixes: [],
      related: [],
      explanation: rule ? formatText(rule.explanation, locale) : '',
      docUrl: docUrl(UNREADABLE),
    },
  ];
}
