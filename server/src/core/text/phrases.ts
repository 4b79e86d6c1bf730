import { isWholeWord } from './segment';

/** One entry of a word list. Rules extend it with their own data (replacement, language …). */
export interface PhraseEntry {
  /** The words to find, as plain text (never a regular expression). */
  text: string;
  /** Match case exactly (default: case-insensitive for Latin letters). */
  caseSensitive?: boolean;
  /** `word` (default): the match must be whole words; `none`: anywhere (symbols such as `!!!`, `^_^`). */
  boundary?: 'word' | 'none';
  /** Exempt when the text right before the match ends with one of these. */
  notAfter?: readonly string[];
  /** Exempt when the text right after the match starts with one of these. */
  notBefore?: readonly string[];
}

export interface PhraseMatch<E> {
  entry: E;
  start: number;
  end: number;
  text: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Finds the entries of a word list in a text with one precompiled alternation (longest entry
 * first), then confirms each candidate: case, word boundaries on a short window, and the
 * entry's exempting neighbours. Built once per list; cost follows the candidates.
 */
export class PhraseMatcher<E extends PhraseEntry> {
  private readonly re: RegExp | null;
  private readonly byKey = new Map<string, E[]>();
  /** `byKey`'s entries by the first code unit of their key, longest key first (as in `byKey`). */
  private readonly byFirst = new Map<string, [string, E[]][]>();

  constructor(entries: readonly E[]) {
    const sorted = [...entries].sort((a, b) => b.text.length - a.text.length);
    for (const e of sorted) {
      const key = e.text.toLowerCase();
      const list = this.byKey.get(key);
      if (list) list.push(e);
      else this.byKey.set(key, [e]);
    }
    for (const [key, list] of this.byKey) {
      if (!key) continue;
      const bucket = this.byFirst.get(key[0]!);
      if (bucket) bucket.push([key, list]);
      else this.byFirst.set(key[0]!, [[key, list]]);
    }
    const alternatives = [...this.byKey.keys()].filter(Boolean).map(escapeRegExp);
    this.re = alternatives.length ? new RegExp(alternatives.join('|'), 'gi') : null;
  }

  /** All confirmed matches in `text[from, to)`, left to right; overlapping candidates are each tried. */
  find(text: string, from = 0, to = text.length): PhraseMatch<E>[] {
    const out: PhraseMatch<E>[] = [];
    if (!this.re) return out;
    const re = new RegExp(this.re.source, this.re.flags);
    re.lastIndex = from;
    let lastEnd = -1;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      const start = m.index;
      // Try the longest candidates at this position first, then shorter ones (prefixes).
      const hit = this.confirmAt(text, start, to);
      if (hit && hit.start >= lastEnd) {
        out.push(hit);
        lastEnd = hit.end;
        re.lastIndex = hit.end;
      } else re.lastIndex = start + 1;
    }
    return out;
  }

  private confirmAt(text: string, start: number, to: number): PhraseMatch<E> | null {
    const lower = text.slice(start, Math.min(to, start + 64)).toLowerCase();
    // Only keys that share the first character can match: do not try the whole list per candidate.
    for (const [key, list] of this.byFirst.get(lower[0] ?? '') ?? []) {
      if (!lower.startsWith(key)) continue;
      const end = start + key.length;
      for (const e of list)
        if (confirmEntry(text, e, start, end)) return { entry: e, start, end, text: text.slice(start, end) };
    }
    return null;
  }
}

/**
 * Confirms a candidate of an entry at `[start, end)`: exact case when asked, no exempting
 * neighbour, and whole words (checked on a small window). Shared by every word-list scan.
 */
export function confirmEntry(text: string, e: PhraseEntry, start: number, end: number): boolean {
  if (e.caseSensitive && text.slice(start, end) !== e.text) return false;
  if (
    e.notAfter?.some(
      (x) => text.slice(Math.max(0, start - x.length), start).toLowerCase() === x.toLowerCase(),
    )
  )
    return false;
  if (e.notBefore?.some((x) => text.slice(end, end + x.length).toLowerCase() === x.toLowerCase()))
    return false;
  if ((e.boundary ?? 'word') === 'word' && !isWholeWord(text, start, end)) return false;
  return true;
}
