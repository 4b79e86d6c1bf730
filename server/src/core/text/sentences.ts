import { TextCache } from '../memo';
import type { Span } from '../types';

const cache = new TextCache<readonly Span[]>();

/**
 * Sentences by a punctuation scan (not `Intl.Segmenter`'s sentence mode, whose cost is
 * superlinear): a sentence ends at `。！？!?；;…` or at a `.` followed by white space or the end,
 * and at every line break. Runs of closing marks stay with their sentence. Decimal points,
 * abbreviations like `e.g.` and list markers like `1.` do not end a sentence.
 *
 * Several rules split the same messages: the result is cached per text and range, and each
 * caller gets its own array (the span objects are shared: do not modify them).
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  return cache.get(text, `${from}:${to}`, () => compute(text, from, to)).slice();
}

function compute(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  const flush = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s && /[\p{L}\p{N}\p{So}]/u.test(text.slice(s, e))) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') {
      flush(i);
      continue;
    }
    if ('。！？!?；;…'.includes(c)) {
      let j = i + 1;
      while (j < to && '。！？!?；;…”’"\')）」』'.includes(text[j]!)) j++;
      flush(j);
      i = j - 1;
      continue;
    }
    if (c === '.') {
      const next = text[i + 1];
      if (next !== undefined && i + 1 < to && !/\s/.test(next)) continue; // 3.5, e.g, www.x.com
      const before = text.slice(Math.max(from, i - 6), i);
      if (/(?:^|\s)(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|No|vs|approx|Co|Ltd|Inc)$/i.test(before)) continue;
      if (
        /(?:^|\n|\r)\s*\d{1,2}$/.test(text.slice(Math.max(from, i - 4), i)) &&
        isLineStartNumber(text, i, from)
      )
        continue;
      flush(i + 1);
    }
  }
  flush(to);
  return out;
}

function isLineStartNumber(text: string, dot: number, from: number): boolean {
  let k = dot - 1;
  while (k >= from && /\d/.test(text[k]!)) k--;
  while (k >= from && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < from || text[k] === '\n' || text[k] === '\r';
}
