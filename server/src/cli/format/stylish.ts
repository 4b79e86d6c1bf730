import { type ActiveSeverity, forLocale, type Locale } from '../../core';
import type { FileResult } from '../check';
import { terminalSafe } from '../files';

/** Counts over the findings shown. */
export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  fixable: number;
}

export function totals(results: readonly FileResult[]): Totals {
  const t: Totals = { errors: 0, warnings: 0, infos: 0, hints: 0, fixable: 0 };
  for (const r of results)
    for (const f of r.findings) {
      if (f.severity === 'error') t.errors++;
      else if (f.severity === 'warning') t.warnings++;
      else if (f.severity === 'info') t.infos++;
      else t.hints++;
      if (f.fixes.length) t.fixable++;
    }
  return t;
}

const SEVERITY_LABEL: Record<Locale, Record<ActiveSeverity, string>> = {
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
  zh: { error: '错误', warning: '警告', info: '提示', hint: '建议' },
  'zh-tw': { error: '錯誤', warning: '警告', info: '提示', hint: '建議' },
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLines(t: Totals, locale: Locale): { summary: string; fixable: string | null } {
  const problems = t.errors + t.warnings + t.infos + t.hints;
  // Hints are counted apart from infos, and named only when there are some.
  if (locale !== 'en')
    return {
      summary: forLocale(
        `✖ ${problems} 个问题（${t.errors} 个错误，${t.warnings} 个警告，${t.infos} 个提示${t.hints ? `，${t.hints} 个建议` : ''}）`,
        locale,
      ),
      fixable: t.fixable ? forLocale(`  其中 ${t.fixable} 个可以用 \`--fix\` 选项自动修复。`, locale) : null,
    };
  return {
    summary: `✖ ${plural(problems, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${plural(t.infos, 'info')}${t.hints ? `, ${plural(t.hints, 'hint')}` : ''})`,
    fixable: t.fixable
      ? `  ${plural(t.fixable, 'problem')} potentially fixable with the \`--fix\` option.`
      : null,
  };
}

interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const COLOR: Paint = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  blue: sgr(34, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
  underline: sgr(4, 24),
};
const identity = (s: string) => s;
const PLAIN: Paint = {
  red: identity,
  yellow: identity,
  blue: identity,
  dim: identity,
  bold: identity,
  underline: identity,
};

/**
 * Human output after ESLint's `stylish`: each file with findings, then aligned rows
 * `line:column  severity  message  rule` (one-based line and UTF-16 column), then a summary.
 * Prints nothing when there is nothing to report.
 */
export function formatStylish(
  results: readonly FileResult[],
  options: {
    color: boolean;
    locale: Locale /** After `--fix`: no "fixable with --fix" line. */;
    fixed?: boolean;
  },
): string {
  return [...streamStylish(results, options)].join('');
}

/** The stylish report in pieces: one file at a time. */
export function* streamStylish(
  results: readonly FileResult[],
  options: {
    color: boolean;
    locale: Locale /** After `--fix`: no "fixable with --fix" line. */;
    fixed?: boolean;
  },
): Generator<string> {
  const paint = options.color ? COLOR : PLAIN;
  const labels = SEVERITY_LABEL[options.locale];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    const rows = r.findings.map((f) => {
      const p = r.lines.positionAt(f.start);
      return {
        pos: `${p.line + 1}:${p.character + 1}`,
        severity: f.severity,
        label: labels[f.severity],
        message: terminalSafe(f.message.replace(/\s*[\r\n]+\s*/g, ' ').trim()),
        rule: f.ruleId,
      };
    });
    // Loops, not `Math.max(...rows)`: a million rows would overflow the stack.
    let wPos = 0;
    let wSev = 0;
    let wMsg = 0;
    for (const x of rows) {
      wPos = Math.max(wPos, width(x.pos));
      wSev = Math.max(wSev, width(x.label));
      wMsg = Math.max(wMsg, width(x.message));
    }
    yield `\n${paint.underline(terminalSafe(r.target.display))}\n`;
    for (const x of rows) {
      const sev = pad(x.label, wSev);
      const painted =
        x.severity === 'error'
          ? paint.red(sev)
          : x.severity === 'warning'
            ? paint.yellow(sev)
            : paint.blue(sev);
      yield `  ${paint.dim(pad(x.pos, wPos))}  ${painted}  ${pad(x.message, wMsg)}  ${paint.dim(x.rule)}\n`;
    }
  }
  const t = totals(results);
  if (t.errors + t.warnings + t.infos + t.hints === 0) return;
  const { summary, fixable } = summaryLines(t, options.locale);
  const tint = t.errors ? paint.red : t.warnings ? paint.yellow : paint.blue;
  yield `\n${tint(paint.bold(summary))}\n`;
  if (fixable && !options.fixed) yield `${tint(paint.bold(fixable))}\n`;
  yield '\n';
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

/** Terminal columns a string takes: CJK, full-width forms and emoji take two, combining marks none. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x300 && c <= 0x36f) || c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f)) continue;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x1f900 && c <= 0x1f9ff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}
