/**
 * `cordial check --timing`, as ESLint's `TIMING=1`: the rules that took longest over the whole
 * run (every worker's time added up), with their time and share, printed to standard error.
 */
import { type Locale, PARSE_TIMING, type RuleTiming } from '../core';
import { width } from './format/stylish';

/** How many rules the table lists. */
export const TIMING_ROWS = 10;

/**
 * The table: the `TIMING_ROWS` slowest rules, their time in milliseconds and their share of the
 * time spent linting (parsing and every rule), then a line for parsing and the total.
 */
export function formatTiming(timing: RuleTiming, locale: Locale): string {
  const parse = timing.get(PARSE_TIMING) ?? 0;
  const rules = [...timing].filter(([id]) => id !== PARSE_TIMING);
  const ruleTotal = rules.reduce((s, [, t]) => s + t, 0);
  const total = ruleTotal + parse;
  const top = rules.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TIMING_ROWS);
  const share = (t: number) => `${total > 0 ? ((100 * t) / total).toFixed(1) : '0.0'}%`;
  const head = locale === 'zh' ? ['规则', '耗时（毫秒）', '占比'] : ['Rule', 'Time (ms)', 'Relative'];
  const body = top.map(([id, t]) => [id, t.toFixed(3), share(t)]);
  const widths = head.map((h, c) => Math.max(width(h), ...body.map((r) => width(r[c]!))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c]! - width(cell));
        return c === 0 ? cell + pad : pad + cell;
      })
      .join(' | ');
  // Cells are joined by ` | `: the first and last take one space more than their width, the others two.
  const last = widths.length - 1;
  const rule = widths
    .map((w, c) => {
      const dashes = '-'.repeat(w + (c === 0 || c === last ? 0 : 1));
      return c === 0 ? `:${dashes}` : `${dashes}:`;
    })
    .join('|');
  const foot =
    locale === 'zh'
      ? `解析：${parse.toFixed(3)} 毫秒（${share(parse)}）；全部 ${rules.length} 条规则：${ruleTotal.toFixed(3)} 毫秒。`
      : `Parsing: ${parse.toFixed(3)} ms (${share(parse)}); all ${rules.length} rules: ${ruleTotal.toFixed(3)} ms.`;
  return `${[line(head), rule, ...body.map(line)].join('\n')}\n${foot}\n`;
}
