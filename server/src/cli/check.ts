import {
  type Draft,
  type DraftKind,
  docUrl,
  type Finding,
  type FixAllResult,
  type FixBytesResult,
  fixAll,
  fixAllBytes,
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
import type { DraftContext, DraftInput } from '../core/draft';
import { reason, type Target } from './files';
import { formatSize, MAX_BYTES, type ReadResult, readDraftFile } from './read';
import { safeWrite, type WriteFs, type WriteRefusal } from './write';

/** What was found in one draft. Offsets in `findings` index `lines.text`. */
export interface FileResult {
  target: Target;
  findings: Finding[];
  lines: LineIndex;
  /** True when `--fix` rewrote the file. */
  fixed: boolean;
  /** How Cordial read the draft (reply, forward, internal, relation), or null when it was not read. */
  context?: DraftContext | null;
  /** What the draft's suppressions hid (with `reportUnused`), for the run's unused allowed words. */
  usage?: SuppressionUsage;
  /** With `--fix`: why fixes were not written (`error`: a write failed; `refused`: not attempted). */
  fixFailed?: 'error' | 'refused';
}

/** The core functions the checker calls (replaceable in tests). */
export interface CheckDeps {
  lint: (input: DraftInput, request: LintRequest) => { draft: { lines: LineIndex }; findings: Finding[] };
  fixAll: (text: string, kind: DraftKind, request: LintRequest) => FixAllResult;
  /** Fixes on the file's bytes (e-mails: each edit in its part's charset); without it, `fixAll` on UTF-8. */
  fixAllBytes?: (bytes: Uint8Array, kind: DraftKind, request: LintRequest) => FixBytesResult;
}

export const coreDeps: CheckDeps = { lint, fixAll, fixAllBytes };

export interface CheckOptions {
  config: ResolvedConfig;
  locale: Locale;
  fix: boolean;
  /** A line for standard error (why a file was not fixed). */
  note: (line: string) => void;
  deps?: CheckDeps;
  /** Report the draft's `disable` entries that hide nothing (`format/unused-disable`). */
  reportUnused?: boolean;
  /** `--follow-symlinks`: write fixes through links whose targets are inside the folder being fixed. */
  followSymlinks?: boolean;
  /** Replaceable in tests (a simulated full disk). */
  writeFs?: Partial<WriteFs>;
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
  const result = (
    findings: Finding[],
    lines: LineIndex,
    fixed = false,
    context: DraftContext | null = null,
  ): FileResult => ({
    target,
    findings,
    lines,
    fixed,
    context,
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

    // UTF-16 (with its BOM) is read as text; other bytes go to the core as they are.
    const utf16 = read.truncated ? null : decodeUtf16(read.bytes);
    const input: DraftInput = utf16
      ? { kind: target.kind, text: utf16.text }
      : { kind: target.kind, bytes: read.bytes };

    if (options.fix) {
      const said = (key: keyof typeof NOTES, data: Record<string, string> = {}) =>
        options.note(`${target.display}: ${formatText(NOTES[key], locale, data)}`);
      let failure: FileResult['fixFailed'];
      /** The fixed file: its bytes, and its findings as the report shows them. */
      let fixed: { bytes: Uint8Array; text: string; remaining: Finding[] } | null = null;
      if (read.truncated) {
        said('tooLarge', { limit: formatSize(MAX_BYTES) });
        failure = 'refused';
      } else if (utf16) {
        const r = deps.fixAll(utf16.text, target.kind, request);
        fixed = { bytes: encodeUtf16(r.output, utf16.encoding), text: r.output, remaining: r.remaining };
      } else if (target.kind === 'eml' && deps.fixAllBytes) {
        // An e-mail is fixed on its bytes: each edit in the charset of its part, or not at all.
        const r = deps.fixAllBytes(read.bytes, target.kind, request);
        if (r.refused.length) {
          const charsets = [...new Set(r.refused.map((x) => x.charset))].join(', ');
          said('charset', { count: String(r.refused.length), charsets });
        }
        const again = deps.lint({ kind: target.kind, bytes: r.output }, request);
        fixed = { bytes: r.output, text: again.draft.lines.text, remaining: again.findings };
      } else {
        const decoded = decodeStrict(read.bytes);
        if (!decoded) {
          said('notUtf8');
          failure = 'refused';
        } else {
          const r = deps.fixAll(decoded.text, target.kind, request);
          fixed = {
            bytes: Buffer.from((decoded.bom ? '\uFEFF' : '') + r.output, 'utf8'),
            text: r.output,
            remaining: r.remaining,
          };
        }
      }
      if (fixed) {
        const unchanged = Buffer.from(fixed.bytes).equals(read.bytes);
        const outcome = unchanged
          ? ({ written: false, why: 'none' } as const)
          : safeWrite(target.abs, read.bytes, fixed.bytes, {
              root: target.root,
              followSymlinks: !!options.followSymlinks,
              ...(options.writeFs ? { fs: options.writeFs } : {}),
            });
        if (unchanged || outcome.written) {
          const draft = parseDraft({ kind: target.kind, text: fixed.text });
          return result(
            withUnused(fixed.remaining, usage ? draft : null),
            new LineIndex(fixed.text),
            outcome.written,
            draft.context,
          );
        }
        if (outcome.why === 'error') {
          said('writeFailed', { error: reason(outcome.error, locale) });
          failure = 'error';
        } else if (outcome.why !== 'none') {
          said(outcome.why);
          failure = 'refused';
        }
      }
      const { draft, findings } = deps.lint(input, request);
      const d = isDraft(draft) ? draft : null;
      return {
        ...result(withUnused([...extra, ...findings], d), draft.lines, false, d?.context ?? null),
        fixFailed: failure,
      };
    }

    const { draft, findings } = deps.lint(input, request);
    const d = isDraft(draft) ? draft : null;
    return result(withUnused([...extra, ...findings], d), draft.lines, false, d?.context ?? null);
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return result(formatFinding('unreadable', { error }, target.kind, config, locale), empty);
  }
}

function isDraft(d: { lines: LineIndex }): d is Draft {
  return 'kind' in d && 'disabled' in d;
}

/** The text of a UTF-16 file (it starts with its BOM), or null for any other file. */
export function decodeUtf16(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | null {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return null;
  const encoding = le ? 'utf-16le' : 'utf-16be';
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(2)), encoding };
}

/** A text as UTF-16 with its BOM (little- or big-endian, as it was read). */
export function encodeUtf16(text: string, encoding: 'utf-16le' | 'utf-16be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return encoding === 'utf-16le' ? le : le.swap16();
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

/** Why a draft's fixes were not written (standard error, after the file name). */
const NOTES: Record<
  Exclude<WriteRefusal, 'error'> | 'tooLarge' | 'notUtf8' | 'writeFailed' | 'charset',
  LocalText
> = {
  tooLarge: { en: 'larger than {{limit}}; not fixed', zh: '文件大于 {{limit}}，未修复' },
  charset: {
    en: '{{count}} fix(es) not applied: the text they add cannot be written exactly in the charset of their part ({{charsets}})',
    zh: '有 {{count}} 个修复未应用：它们要写入的文字无法用所在部分的字符集（{{charsets}}）准确写出',
  },
  notUtf8: { en: 'not valid UTF-8; left unchanged (not fixed)', zh: '不是有效的 UTF-8，保持原样（未修复）' },
  writeFailed: {
    en: 'could not write the fixes: {{error}}; the file is unchanged',
    zh: '无法写入修复：{{error}}；文件保持原样',
  },
  symlink: {
    en: 'is a symbolic link; not fixed (use --follow-symlinks to write through links)',
    zh: '是符号链接，未修复（要通过链接写入，请用 --follow-symlinks）',
  },
  outside: {
    en: 'links to a file outside the folder being fixed; not fixed',
    zh: '链接到正在修复的文件夹之外的文件，未修复',
  },
  readOnly: { en: 'is read-only; not fixed', zh: '是只读文件，未修复' },
  notRegular: { en: 'is not a regular file; not fixed', zh: '不是普通文件，未修复' },
  changed: {
    en: 'changed while it was being fixed; not fixed (run again)',
    zh: '在修复期间被修改，未修复（请再运行一次）',
  },
};

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
