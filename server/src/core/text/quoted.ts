import type { Span } from '../types';
import { type TextLine as Line, splitLines } from './lines';

/*
 * Quoted and forwarded text in a body (formats.md, "Context"). The decision, in short:
 *
 * - A line prefixed `>` (or `＞`, or `Name>` as some clients write) is quoted, whatever surrounds it.
 * - A reply or forward header (`On … wrote:` on one or two lines, `在 … 写道：`, `-----Original
 *   Message-----`, `-----邮件原件-----`, QQ Mail's `原始邮件` line, an Outlook `From:/Sent:` or
 *   `发件人：/发送时间：` block, Lotus Notes' `---- Forwarded by …`, `-------- 转发的邮件 --------`)
 *   is quoted, together with the header fields under it.
 * - When the message under a header is `>`-prefixed, the prefixes say exactly where it ends: text
 *   after the last `>` line (a bottom-posted answer) or between `>` lines (inline answers) is the
 *   writer's own.
 * - When the message under a header is not prefixed (Outlook-style top posting, forwards), nothing
 *   tells where it ends, so it runs to the end of the body, unless the writer closes it with an
 *   end marker (`-----End Original Message-----`, `--- End forwarded message ---`,
 *   `-------- 原始邮件结束 --------`): text after the marker is the writer's own again.
 */

/** A dashed separator line naming a quoted or forwarded message. */
const DASHED =
  /^\s*[-—_=*]{2,}\s*(?:Original Message|Original|Forwarded message|Forwarded Message|Message transféré|Weitergeleitete Nachricht|Ursprüngliche Nachricht|原始邮件|原始郵件|邮件原件|郵件原件|原邮件|原郵件|转发的邮件|轉寄的郵件|转发邮件|轉發郵件|轉寄郵件)\s*[-—_=*]{2,}\s*$/i;
/** Lotus Notes: `---- Forwarded by Jac Chen/Buyer on 11/20/2026 10:02 ----`. */
const LOTUS = /^\s*-{2,}\s*Forwarded by\b.{0,200}$/i;
const BEGIN_FORWARD = /^\s*Begin forwarded message:?\s*$/i;
const WROTE_EN = /^\s*On\b.{3,240}\bwrote:\s*$/i;
const WROTE_ZH = /^\s*(?:在|於|于).{2,240}(?:写道|寫道)\s*[:：]\s*$/;
/** The first line of a two-line header: `On Mon, 3 Nov 2026 at 10:02,` (the next line says `… wrote:`). */
const ON_DATE = /^\s*On\b.{3,200}$/i;
const ZAI_DATE = /^\s*(?:在|於|于)\s*\S.{2,200}$/;
const WROTE_TAIL_EN = /^\s*.{1,200}\bwrote:\s*$/i;
const WROTE_TAIL_ZH = /^\s*.{0,200}(?:写道|寫道)\s*[:：]\s*$/;

/** Outlook-style quoted header block: `From:` (or `发件人：`) followed within four lines by a date/to/subject line. */
const OUTLOOK_FROM = /^\s*(?:\*?From:\*?|发件人\s*[:：]|寄件者\s*[:：]|寄件人\s*[:：])\s*\S/i;
const OUTLOOK_NEXT =
  /^\s*(?:\*?(?:Sent|Date|To|Cc|Subject):\*?|发送时间\s*[:：]|时间\s*[:：]|日期\s*[:：]|收件人\s*[:：]|抄送\s*[:：]|主题\s*[:：]|寄件日期\s*[:：]|收件者\s*[:：]|副本\s*[:：]|主旨\s*[:：])/i;
/** A header field line under a reply/forward header (Outlook, QQ Mail, Gmail forwards). */
const FIELD = new RegExp(`${OUTLOOK_FROM.source}|${OUTLOOK_NEXT.source}`, 'i');

/** The writer's own marker that the un-prefixed quoted message ends here. */
const END_MARKER =
  /^\s*[-—_=*]{2,}\s*(?:End (?:of )?(?:Original Message|Forwarded Message)|End forwarded message|原始邮件结束|原邮件结束|转发邮件结束|转发的邮件结束)\s*[-—_=*]{2,}\s*$/i;

/** A `>` line (`> text`, `>> text`, `＞`) or a `Name>` line (`Jac> text`). */
const QUOTE_LINE = /^[ \t]*(?:[>＞]|[A-Za-z][A-Za-z0-9_.-]{0,15}>(?=[ \t>]|$))/;

const BLANK = /^\s*$/;

/** True when a line is `>`-quoted (`> text`, `Name> text`). */
export function isQuoteLine(line: string): boolean {
  return QUOTE_LINE.test(line);
}

/**
 * How many lines the reply/forward header starting at `lines[i]` takes (the header fields under
 * it included), or 0 when none starts there.
 */
function headerAt(lines: readonly Line[], i: number): number {
  const line = lines[i]!.text;
  const next = lines[i + 1]?.text ?? '';
  let n = 0;
  if (DASHED.test(line) || LOTUS.test(line) || BEGIN_FORWARD.test(line)) n = 1;
  else if (WROTE_EN.test(line) || WROTE_ZH.test(line)) n = 1;
  else if (
    (ON_DATE.test(line) && !/\bwrote:\s*$/i.test(line) && WROTE_TAIL_EN.test(next)) ||
    (ZAI_DATE.test(line) && !/(?:写道|寫道)/.test(line) && WROTE_TAIL_ZH.test(next))
  )
    n = 2;
  else if (
    OUTLOOK_FROM.test(line) &&
    lines.slice(i + 1, i + 5).some((l) => OUTLOOK_NEXT.test(l.text)) &&
    (i === 0 || /^[\s_\-—=]*$/.test(lines[i - 1]!.text))
  )
    n = 1;
  else if (
    /^\s*\S.{0,120}\bwrote:\s*$/i.test(line) &&
    // `Jac Chen <jac@buyer.example> wrote:` alone is a header only when a quote follows it
    nextNonBlank(lines, i + 1) >= 0 &&
    QUOTE_LINE.test(lines[nextNonBlank(lines, i + 1)]!.text)
  )
    n = 1;
  if (!n) return 0;
  // the header fields under it (`From:`, `Sent:`, `To:`, `Subject:` …), wrapped lines included
  let j = i + n;
  while (j < lines.length && FIELD.test(lines[j]!.text)) {
    j++;
    while (j < lines.length && /^[ \t]+\S/.test(lines[j]!.text) && !QUOTE_LINE.test(lines[j]!.text)) j++;
  }
  return j - i;
}

function nextNonBlank(lines: readonly Line[], from: number): number {
  for (let k = from; k < lines.length; k++) if (!BLANK.test(lines[k]!.text)) return k;
  return -1;
}

/**
 * Finds the regions of a body that are quoted or forwarded text (see the comment at the top):
 * `>` lines, reply/forward headers with their fields, and un-prefixed quoted messages under a
 * header (to the end, or to the writer's end marker). Spans are sorted and merged.
 */
export function findQuotedRegions(text: string): Span[] {
  const lines = splitLines(text);
  const regions: Span[] = [];
  let run: Span | null = null;
  const close = () => {
    if (run) regions.push(run);
    run = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = headerAt(lines, i);
    if (h > 0) {
      close();
      // Outlook's rule above its `From:` block belongs to the quote
      const rule = i > 0 && /^\s*[_\-—=]{5,}\s*$/.test(lines[i - 1]!.text) ? lines[i - 1]! : null;
      const headStart = rule ? rule.start : line.start;
      const after = nextNonBlank(lines, i + h);
      if (after >= 0 && QUOTE_LINE.test(lines[after]!.text)) {
        // a prefixed quote follows: the prefixes say where it ends
        run = { start: headStart, end: lines[after - 1]!.end };
        i = after - 1;
        continue;
      }
      // an un-prefixed message: to the end, or to the writer's end marker
      let end = -1;
      for (let k = i + h; k < lines.length; k++)
        if (END_MARKER.test(lines[k]!.text)) {
          end = k;
          break;
        }
      if (end < 0) {
        regions.push({ start: headStart, end: text.length });
        return merge(regions);
      }
      regions.push({ start: headStart, end: lines[end]!.end });
      i = end;
      continue;
    }
    if (QUOTE_LINE.test(line.text)) {
      if (run) run.end = line.end;
      else run = { start: line.start, end: line.end };
    } else if (run && !BLANK.test(line.text)) close();
  }
  close();
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

/** The kind of thread a body quotes: a reply (`On … wrote:`, `>` lines), a forward, or none. */
export function quotedThreadKind(
  text: string,
  quoted: readonly Span[],
): { reply: boolean; forward: boolean } {
  let reply = false;
  let forward = false;
  for (const q of quoted) {
    const head = text.slice(q.start, Math.min(q.end, q.start + 300));
    const first = /^[^\r\n]*/.exec(head)![0];
    if (/forward|转发|轉寄|轉發|Weitergeleitet|transféré/i.test(first)) forward = true;
    else reply = true;
  }
  return { reply, forward };
}

/** The index of the last span starting at or before `pos` in sorted, disjoint spans, or -1. */
function spanBefore(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** True when `[start, end)` lies inside one of the sorted, disjoint spans (binary search). */
export function insideSorted(spans: readonly Span[], start: number, end = start + 1): boolean {
  const k = spanBefore(spans, start);
  if (k < 0) return false;
  const s = spans[k]!;
  return start < s.end && end <= s.end;
}

/** True when `[start, end)` overlaps one of the sorted, disjoint spans (binary search). */
export function overlapsSorted(spans: readonly Span[], start: number, end: number): boolean {
  const k = spanBefore(spans, Math.max(start, end - 1));
  for (let j = k; j >= 0; j--) {
    const s = spans[j]!;
    if (s.end <= start) return false;
    if (s.start < end) return true;
  }
  return false;
}

/**
 * Paragraphs cut where quoted text starts or ends inside them (an inline answer written right
 * under a `>` line, with no blank line between), each marked quoted or not.
 */
export function splitAtQuotes(
  paragraphs: readonly (Span & { text: string })[],
  quoted: readonly Span[],
): (Span & { text: string; quoted: boolean })[] {
  const out: (Span & { text: string; quoted: boolean })[] = [];
  for (const p of paragraphs) {
    const touched = overlapsSorted(quoted, p.start, p.end);
    if (!touched || insideSorted(quoted, p.start, p.end)) {
      out.push({ ...p, quoted: touched });
      continue;
    }
    // cut line by line: a line is quoted when it lies inside a quoted span
    let cur: (Span & { text: string; quoted: boolean }) | null = null;
    for (const l of splitLines(p.text)) {
      const start = p.start + l.start;
      const end = p.start + l.end;
      const q = insideSorted(quoted, start, Math.max(start + 1, end));
      if (cur && cur.quoted === q) {
        cur.end = end;
        cur.text = p.text.slice(cur.start - p.start, end - p.start);
      } else {
        if (cur) out.push(cur);
        cur = { start, end, text: l.text, quoted: q };
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}
