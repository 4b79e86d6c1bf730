/**
 * The built-in tone word lists and the one candidate scan they share. Each list keeps the
 * matching of a `PhraseMatcher` (one alternation of its lower-cased keys, longest first, then
 * each candidate confirmed: case, word boundaries, exempting neighbours), but instead of one
 * regex pass per list over the body, one combined alternation over every list finds the
 * candidate positions of all of them in a single pass, once per draft. Each rule then reads its
 * own candidates and confirms them exactly as its own matcher would have.
 *
 * The user's lists (`jargon`, `allowedWords`) are not here: they change with the configuration.
 */
import type { Draft } from '../draft';
import { memo } from '../memo';
import { ABSOLUTE } from '../rules/tone/words/absolute';
import { BLAME } from '../rules/tone/words/blame';
import { COMMAND } from '../rules/tone/words/command';
import { RIVALS } from '../rules/tone/words/disparage';
import { EMOTICONS } from '../rules/tone/words/emoticon';
import { FILLER } from '../rules/tone/words/filler';
import { JARGON } from '../rules/tone/words/jargon';
import { NEGATIVE } from '../rules/tone/words/negative';
import { PROFANITY } from '../rules/tone/words/profanity';
import { SLANG } from '../rules/tone/words/slang';
import type { ToneEntry } from '../rules/tone/words/types';
import { VAGUE } from '../rules/tone/words/vague';
import { confirmEntry, type PhraseMatch } from '../text/phrases';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A code unit as a regex class member, escaped whatever it is. */
function classUnit(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

/**
 * One built-in word list: the data of a `PhraseMatcher` (same keys, same order, same
 * confirmation), matched from the shared candidate scan instead of a scan of its own.
 */
export class ToneList<E extends ToneEntry = ToneEntry> {
  /** The lower-cased keys, longest first. */
  readonly keys: readonly string[];
  /** The alternation of the list's keys, as `PhraseMatcher` builds it. */
  readonly source: string;
  /** The list's own alternation, anchored: does one of its keys start at a given offset? */
  private readonly sticky: RegExp;
  /** The first characters of its keys, case-insensitive like the alternation. */
  readonly firstChar: RegExp;
  private readonly byFirst = new Map<string, [string, E[]][]>();

  constructor(
    readonly index: number,
    entries: readonly E[],
  ) {
    const byKey = new Map<string, E[]>();
    const sorted = [...entries].sort((a, b) => b.text.length - a.text.length);
    for (const e of sorted) {
      const key = e.text.toLowerCase();
      const list = byKey.get(key);
      if (list) list.push(e);
      else byKey.set(key, [e]);
    }
    for (const [key, list] of byKey) {
      if (!key) continue;
      const bucket = this.byFirst.get(key[0]!);
      if (bucket) bucket.push([key, list]);
      else this.byFirst.set(key[0]!, [[key, list]]);
    }
    const keys = [...byKey.keys()].filter(Boolean);
    this.keys = keys;
    this.source = keys.map(escapeRegExp).join('|');
    this.sticky = new RegExp(this.source || '(?!)', 'iy');
    const units = [...new Set(keys.map((k) => k.charCodeAt(0)))];
    this.firstChar = new RegExp(units.length ? `^[${units.map(classUnit).join('')}]` : '(?!)', 'i');
  }

  /** True when the list's alternation matches at `start` (the candidates its own scan would visit). */
  matchesAt(text: string, start: number): boolean {
    this.sticky.lastIndex = start;
    return this.sticky.test(text);
  }

  /**
   * The confirmed matches in `text`, left to right, from the offsets where a key may start.
   * `lower` is `text` lower-cased when that maps code unit to code unit (else null): a key
   * then starts at an offset of `text` exactly when it starts there in `lower`.
   */
  find(text: string, lower: string | null, candidates: readonly number[]): PhraseMatch<E>[] {
    const out: PhraseMatch<E>[] = [];
    let lastEnd = -1;
    for (const start of candidates) {
      if (start < lastEnd) continue;
      // Try the longest candidates at this position first, then shorter ones (prefixes).
      const hit = this.confirmAt(text, lower, start);
      if (hit && this.matchesAt(text, start)) {
        out.push(hit);
        lastEnd = hit.end;
      }
    }
    return out;
  }

  private confirmAt(text: string, lowerText: string | null, start: number): PhraseMatch<E> | null {
    // `PhraseMatcher` compares the keys with the next 64 characters, lower-cased.
    const lower = lowerText ?? text.slice(start, Math.min(text.length, start + 64)).toLowerCase();
    const at = lowerText ? start : 0;
    // Only keys that share the first character can match: do not try the whole list per candidate.
    for (const [key, list] of this.byFirst.get(lower[at] ?? '') ?? []) {
      if (key.length > 64 || !lower.startsWith(key, at)) continue;
      const end = start + key.length;
      for (const e of list)
        if (confirmEntry(text, e, start, end)) return { entry: e, start, end, text: text.slice(start, end) };
    }
    return null;
  }
}

const all: ToneList[] = [];
function list<E extends ToneEntry>(entries: readonly E[]): ToneList<E> {
  const l = new ToneList(all.length, entries);
  all.push(l as unknown as ToneList);
  return l;
}

export const LISTS = {
  absolute: list(ABSOLUTE),
  blame: list(BLAME),
  command: list(COMMAND),
  rivals: list(RIVALS),
  emoticon: list(EMOTICONS),
  filler: list(FILLER),
  jargon: list(JARGON),
  negative: list(NEGATIVE),
  profanity: list(PROFANITY),
  slang: list(SLANG),
  vague: list(VAGUE),
};

/** Every key of every list: a position where none of them matches is no list's candidate. */
const COMBINED = new RegExp(
  all
    .map((l) => l.source)
    .filter(Boolean)
    .join('|') || '(?!)',
  'gi',
);

/** The lists a key may start for at a code unit (by its first character), cached per unit. */
const listsByUnit = new Map<number, readonly ToneList[]>();
function listsStartingWith(text: string, i: number): readonly ToneList[] {
  const unit = text.charCodeAt(i);
  let ls = listsByUnit.get(unit);
  if (!ls) {
    const ch = String.fromCharCode(unit);
    ls = all.filter((l) => l.firstChar.test(ch));
    listsByUnit.set(unit, ls);
  }
  return ls;
}

/** The candidates with the combined case-insensitive alternation: every offset where it matches. */
function regexCandidates(text: string): number[][] {
  const out: number[][] = all.map(() => []);
  COMBINED.lastIndex = 0;
  for (let m = COMBINED.exec(text); m; m = COMBINED.exec(text)) {
    const start = m.index;
    for (const l of listsStartingWith(text, start)) out[l.index]!.push(start);
    COMBINED.lastIndex = start + 1;
  }
  return out;
}

/** A trie of every lower-cased key, by code unit; `lists` has bit `i` when a key of list `i` ends here. */
interface TrieNode {
  next: Map<number, TrieNode>;
  lists: number;
}
const ROOT = new Map<number, TrieNode>();
/** `FIRST[u]` is 1 when a key starts with the code unit `u`. */
const FIRST = new Uint8Array(0x10000);
/** `SINGLE[u]`: the lists (bits) with the one-unit key `u`. */
const SINGLE = new Int32Array(0x10000);
/** A hash of the first two code units of the longer keys: 0 means no key starts with such a pair. */
const PAIRS = new Uint8Array(0x10000);
const pairHash = (a: number, b: number) => ((a << 5) ^ b) & 0xffff;
for (const l of all) {
  for (const key of l.keys) {
    if (key.length === 1) SINGLE[key.charCodeAt(0)]! |= 1 << l.index;
    else PAIRS[pairHash(key.charCodeAt(0), key.charCodeAt(1))] = 1;
    let next = ROOT;
    let node: TrieNode | undefined;
    for (let i = 0; i < key.length; i++) {
      const u = key.charCodeAt(i);
      node = next.get(u);
      if (!node) {
        node = { next: new Map(), lists: 0 };
        next.set(u, node);
      }
      next = node.next;
    }
    node!.lists |= 1 << l.index;
    FIRST[key.charCodeAt(0)] = 1;
  }
}
/** Characters whose lower case is not one per code unit, context-free (`İ` → `i̇`, `Σ` → `σ`/`ς`). */
const IRREGULAR_LOWER = /[\u0130\u03a3]/;
/** A key starting with a low surrogate could start inside a pair the text lower-cases whole: no trie then. */
const TRIE_EXACT = !all.some((l) =>
  l.keys.some((k) => k.charCodeAt(0) >= 0xdc00 && k.charCodeAt(0) <= 0xdfff),
);

/**
 * For each list (by index), the offsets of the body where one of its keys may start. A list
 * confirms a candidate on the lower-cased text from that offset (see `ToneList.confirmAt`): in a
 * text whose lower case maps code unit to code unit, those are the offsets where one of its keys
 * occurs in the lower-cased text, found with one walk of the trie of all keys. Elsewhere, the
 * combined case-insensitive alternation finds every offset where one of the keys matches.
 */
function candidates(text: string): Candidates {
  if (!TRIE_EXACT || IRREGULAR_LOWER.test(text)) return { lists: regexCandidates(text), lower: null };
  const lower = text.toLowerCase();
  const out: number[][] = all.map(() => []);
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    const u = lower.charCodeAt(i);
    if (!FIRST[u]) continue;
    let lists = SINGLE[u]!;
    if (i + 1 < n && PAIRS[pairHash(u, lower.charCodeAt(i + 1))]) {
      let node = ROOT.get(u)!;
      for (let j = i + 1; j < n && node.next.size; j++) {
        const child = node.next.get(lower.charCodeAt(j));
        if (!child) break;
        node = child;
        lists |= node.lists;
      }
    }
    for (let k = 0; lists; k++, lists >>>= 1) if (lists & 1) out[k]!.push(i);
  }
  return { lists: out, lower };
}

interface Candidates {
  /** By list index: the offsets of the body where one of its keys may start. */
  lists: number[][];
  /** The body lower-cased, when that maps code unit to code unit; else null. */
  lower: string | null;
}

/** The confirmed matches of a built-in list in `draft`'s body: one combined candidate scan per draft. */
export function findInDraft<E extends ToneEntry>(draft: Draft, l: ToneList<E>): PhraseMatch<E>[] {
  const text = draft.body.text;
  const c = memo(draft, 'tone/candidates', () => candidates(text));
  return l.find(text, c.lower, c.lists[l.index]!);
}
