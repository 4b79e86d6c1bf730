import { TextCache } from '../memo';
import type { Span } from '../types';

/** A line of a text: `[start, end)` excludes the line break; `next` is where the following line starts. */
export interface TextLine extends Span {
  next: number;
  text: string;
}

const lineCache = new TextCache<readonly TextLine[]>();
const paragraphCache = new TextCache<readonly (Span & { text: string })[]>();

/**
 * Splits a text into lines at LF, CRLF and lone CR. The parser and several rules split the
 * same body: the split is cached per text and each caller gets its own array (the line objects
 * are shared: do not modify them).
 */
export function splitLines(text: string): TextLine[] {
  return lineCache.get(text, '', () => computeLines(text)).slice();
}

function computeLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  const re = /\r\n?|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index, next: m.index + m[0].length, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, next: text.length, text: text.slice(start) });
  return lines;
}

const BLANK = /^[\s\u3000]*$/;

/**
 * Paragraphs: maximal runs of non-blank lines (blank = only white space, full-width included).
 * Cached like `splitLines`: each caller gets its own array of shared paragraph objects.
 */
export function splitParagraphs(text: string, offset = 0): (Span & { text: string })[] {
  return paragraphCache.get(text, String(offset), () => computeParagraphs(text, offset)).slice();
}

function computeParagraphs(text: string, offset: number): (Span & { text: string })[] {
  const out: (Span & { text: string })[] = [];
  let cur: Span | null = null;
  for (const line of lineCache.get(text, '', () => computeLines(text))) {
    if (BLANK.test(line.text)) {
      if (cur) out.push({ ...cur, text: text.slice(cur.start - offset, cur.end - offset) });
      cur = null;
    } else if (cur) cur.end = line.end + offset;
    else cur = { start: line.start + offset, end: line.end + offset };
  }
  if (cur) out.push({ ...cur, text: text.slice(cur.start - offset, cur.end - offset) });
  return out;
}

export function isBlank(s: string): boolean {
  return BLANK.test(s);
}
