/**
 * Word boundaries, confirmed on small windows. `Intl.Segmenter` is the right judge for Chinese
 * (it keeps 晕船, 倒是, 汗衫, 亲自 as words) but its cost grows faster than its input, so it is
 * only ever handed a short window around a candidate — never a whole draft (notes/speed.md).
 */

const WINDOW = 16;
let segmenter: Intl.Segmenter | null = null;
function zh(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

const WORDISH = /[\p{L}\p{N}_]/u;
const HAN_RE = /\p{Script=Han}/u;

function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return text.slice(i - 2, i);
  return text[i - 1]!;
}

function charAt(text: string, i: number): string {
  if (i >= text.length) return '';
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return text.slice(i, i + 2);
  return text[i]!;
}

/** True for a character that joins a Latin word (`U-bolt`, `don't`): a hyphen or apostrophe between letters. */
function joins(text: string, i: number, dir: -1 | 1): boolean {
  const c = dir < 0 ? charBefore(text, i) : charAt(text, i);
  if (c !== '-' && c !== "'" && c !== '’') return false;
  const beyond = dir < 0 ? charBefore(text, i - 1) : charAt(text, i + 1);
  return /[\p{L}\p{N}]/u.test(beyond);
}

/**
 * True when `text[start, end)` is a whole word (or a run of whole words) in context:
 * for Latin edges, no letter, digit, or joining hyphen/apostrophe continues it; for Han
 * edges, the segmenter places a boundary there in a short window.
 */
export function isWholeWord(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const first = charAt(text, start);
  const last = charBefore(text, end);
  const before = charBefore(text, start);
  const after = charAt(text, end);

  let needSegmenter = false;
  // Left edge.
  if (HAN_RE.test(first) && HAN_RE.test(before)) needSegmenter = true;
  else if (WORDISH.test(first) && !HAN_RE.test(first)) {
    if (before && WORDISH.test(before) && !HAN_RE.test(before)) return false;
    if (joins(text, start, -1)) return false;
  }
  // Right edge.
  if (HAN_RE.test(last) && HAN_RE.test(after)) needSegmenter = true;
  else if (WORDISH.test(last) && !HAN_RE.test(last)) {
    if (after && WORDISH.test(after) && !HAN_RE.test(after)) return false;
    if (joins(text, end, 1)) return false;
  }
  if (!needSegmenter) return true;
  const bounds = boundariesAround(text, start, end);
  return bounds.has(start) && bounds.has(end);
}

/** Segment boundaries (absolute offsets) of a short window around `[start, end)`, within its line. */
export function boundariesAround(text: string, start: number, end: number): Set<number> {
  let from = Math.max(0, start - WINDOW);
  let to = Math.min(text.length, end + WINDOW);
  const nlBefore = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1));
  if (nlBefore >= from) from = nlBefore + 1;
  for (let i = end; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      to = i;
      break;
    }
  }
  // Do not cut a surrogate pair.
  if (from > 0 && (text.charCodeAt(from) & 0xfc00) === 0xdc00) from--;
  if (to < text.length && (text.charCodeAt(to) & 0xfc00) === 0xdc00) to++;
  const set = new Set<number>();
  for (const seg of zh().segment(text.slice(from, to))) set.add(from + seg.index);
  set.add(to);
  return set;
}

/** The words of a short text (a clause, a greeting line): for small inputs only. */
export function words(text: string): { segment: string; index: number; isWordLike: boolean }[] {
  if (text.length > 2000) throw new RangeError('words() is for short texts; use a candidate scan');
  return [...zh().segment(text)].map((s) => ({
    segment: s.segment,
    index: s.index,
    isWordLike: !!s.isWordLike,
  }));
}
