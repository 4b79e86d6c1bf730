import type { DraftKind } from '../core';

/**
 * Above this many characters a document is linted only up to the bound. A real draft is a few
 * thousand characters; at the core's measured worst case (~10 µs a character on dense Chinese
 * text with every rule on) this keeps one lint near two seconds instead of ten.
 */
export const DEFAULT_MAX_CHARS = 250_000;

export interface Bounded {
  /** The text that is linted: a prefix of the document. */
  text: string;
  /** True when `text` is shorter than the document. */
  truncated: boolean;
}

/**
 * The prefix of a huge document to lint. A chat draft is cut after a blank line (between
 * messages) when one lies in the last tenth before the bound, else at a line break; an e-mail
 * keeps its headers whole (when they fit) and as much of the body as ends at a line break.
 */
export function boundText(text: string, kind: DraftKind, maxChars: number): Bounded {
  if (text.length <= maxChars) return { text, truncated: false };
  let cut = -1;
  const floor = kind === 'eml' ? headerEnd(text, maxChars) : 0;
  if (kind === 'msg') {
    const blank = lastBlankLine(text, maxChars, Math.floor(maxChars * 0.9));
    if (blank > 0) cut = blank;
  }
  if (cut < 0) cut = lastLineBreak(text, maxChars, floor);
  if (cut <= 0) {
    cut = maxChars;
    // Never split a surrogate pair.
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
  }
  return { text: text.slice(0, cut), truncated: true };
}

/** End of the line break before `limit` (the offset just after it), or -1. */
function lastLineBreak(text: string, limit: number, floor: number): number {
  for (let i = limit - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13 && text.charCodeAt(i + 1) !== 10) return i + 1;
  }
  return -1;
}

/** The offset after a blank line (two line breaks with only white space between) before `limit`. */
function lastBlankLine(text: string, limit: number, floor: number): number {
  const re = /\r\n?|\n/g;
  let prevBreakEnd = -1;
  let best = -1;
  re.lastIndex = floor;
  for (let m = re.exec(text); m && m.index + m[0].length <= limit; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (prevBreakEnd >= 0 && /^[ \t\u3000]*$/.test(text.slice(prevBreakEnd, m.index))) best = end;
    prevBreakEnd = end;
  }
  return best;
}

/** Where the top-level header block ends (the blank line), when it ends before `limit`; else 0. */
function headerEnd(text: string, limit: number): number {
  const m = /\r?\n\r?\n|\r\r/.exec(text.slice(0, limit));
  return m ? m.index + m[0].length : 0;
}
