import type { Span } from '../types';
import { splitLines } from './lines';

/** A line that opens a reply/forward block: everything from it to the end is someone else's text. */
const THREAD_OPENERS: RegExp[] = [
  /^\s*-{2,}\s*(?:Original Message|Forwarded message|Forwarded Message|Begin forwarded message|原始邮件|原始郵件|转发的邮件|轉寄的郵件|转发邮件)\s*-{2,}\s*$/i,
  /^\s*Begin forwarded message:\s*$/i,
  /^\s*On\b.{3,240}\bwrote:\s*$/i,
  /^\s*在.{2,240}写道[:：]\s*$/,
  /^\s*於.{2,240}寫道[:：]\s*$/,
];

/** Outlook-style quoted header block: `From:` (or `发件人：`) followed within three lines by a date line. */
const OUTLOOK_FROM = /^\s*(?:\*?From:\*?|发件人[:：]|寄件者[:：])\s*\S/i;
const OUTLOOK_NEXT =
  /^\s*(?:\*?(?:Sent|Date|To|Subject):\*?|发送时间[:：]|时间[:：]|日期[:：]|收件人[:：]|主题[:：]|寄件日期[:：])/i;

const QUOTE_LINE = /^[ \t]*[>＞]/;

/**
 * Finds the regions of a body that are quoted or forwarded text: runs of `>` lines, and
 * everything from a reply/forward header (`-----Original Message-----`, `On … wrote:`,
 * `在 … 写道：`, Outlook's `From:/Sent:` block …) to the end. Spans are sorted and merged.
 */
export function findQuotedRegions(text: string): Span[] {
  const lines = splitLines(text);
  const regions: Span[] = [];
  let run: Span | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const opens =
      THREAD_OPENERS.some((re) => re.test(line.text)) ||
      (OUTLOOK_FROM.test(line.text) &&
        lines.slice(i + 1, i + 4).some((l) => OUTLOOK_NEXT.test(l.text)) &&
        (i === 0 || /^[\s_\-—=]*$/.test(lines[i - 1]!.text)));
    if (opens) {
      if (run) regions.push(run);
      regions.push({ start: line.start, end: text.length });
      return merge(regions);
    }
    if (QUOTE_LINE.test(line.text)) {
      if (run) run.end = line.end;
      else run = { start: line.start, end: line.end };
    } else if (run && line.text.trim() !== '') {
      regions.push(run);
      run = null;
    }
  }
  if (run) regions.push(run);
  return merge(regions);
}

function merge(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** True when `[start, end)` lies inside one of the (sorted) spans. */
export function isInside(spans: readonly Span[], start: number, end = start + 1): boolean {
  for (const s of spans) {
    if (s.start > start) return false;
    if (start >= s.start && end <= s.end && start < s.end) return true;
  }
  return false;
}
