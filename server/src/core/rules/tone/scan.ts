/**
 * What every `tone/*` rule shares: which parts of a body are the writer's own words, clause
 * edges, whitespace-aware deletions and the word-list scan. Per-draft facts are computed once
 * and cached on the draft (`memo`), so thirteen rules do not each re-scan for quoted text or
 * URLs; the built-in word lists share one candidate scan of the body (`./lists`).
 */

import { nonProse } from '../../analysis/opaque';
import { findInDraft, ToneList } from '../../analysis/tone-lists';
import type { RuleContext, RuleEdit } from '../../engine/rule';
import { memo } from '../../memo';
import { splitParagraphs } from '../../text/lines';
import { MEDIA_RE } from '../../text/media';
import type { PhraseMatch, PhraseMatcher } from '../../text/phrases';
import type { Span } from '../../types';
import type { CharKind, ToneEntry } from './words/types';

// ---------------------------------------------------------------- scope

interface DraftFacts {
  /**
   * URLs, e-mail addresses, media placeholders, and what is not prose (identifiers, file
   * names, code, log lines, letter-spaced text: `./opaque`): never tone. Sorted by start.
   */
  opaque: Span[];
  /** `opaqueMaxEnd[i]`: the largest end among `opaque[0..i]` (spans may overlap). */
  opaqueMaxEnd: number[];
  /** Paragraphs (chat messages, e-mail paragraphs) of the writer's own text, signature excluded. */
  paragraphs: Span[];
  /** Everything the writer wrote (signature included, quoted text excluded), joined. */
  unquoted: string;
}

/** URLs: `\b(?:https?:\/\/|www\.)[^\s<>"'，。！？、）】]+` (the first alternative of what is opaque). */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'，。！？、）】]+/giu;
/** An e-mail address starting right here: `[\w.+-]+@[\w-]+(?:\.[\w-]+)+` (the second alternative). */
const EMAIL_HERE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/iuy;
/** A character of an address's local part. */
const LOCAL_PART = /[\w.+-]/iu;

/**
 * The leftmost e-mail address starting at or after `from`. Its local part cannot hold an `@`,
 * so it ends at the first `@` after its start: from each `@`, the run of local-part characters
 * before it (not before `from`) is the only place an address through that `@` can start.
 */
function nextEmail(text: string, from: number): Span | null {
  for (let at = text.indexOf('@', from); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > from && LOCAL_PART.test(text[start - 1]!)) start--;
    if (start === at) continue;
    EMAIL_HERE.lastIndex = start;
    const m = EMAIL_HERE.exec(text);
    if (m) return { start, end: start + m[0].length };
  }
  return null;
}

/**
 * The URLs and e-mail addresses of `text`, as one scan with the alternation `URL|e-mail` would
 * find them (leftmost first, the URL on a tie, each resuming after the last). The e-mail part
 * runs only from the `@`s of the text, so a text without one costs a URL scan alone.
 */
function urlsAndEmails(text: string, out: Span[]): void {
  URL.lastIndex = 0;
  if (!text.includes('@')) {
    for (let m = URL.exec(text); m; m = URL.exec(text))
      out.push({ start: m.index, end: m.index + m[0].length });
    return;
  }
  let url: Span | null | undefined;
  let email: Span | null | undefined;
  for (let from = 0; ; ) {
    if (url === undefined || (url && url.start < from)) {
      URL.lastIndex = from;
      const m = URL.exec(text);
      url = m ? { start: m.index, end: m.index + m[0].length } : null;
    }
    if (email === undefined || (email && email.start < from)) email = nextEmail(text, from);
    const next = url && (!email || url.start <= email.start) ? url : email;
    if (!next) return;
    out.push(next);
    from = next.end;
  }
}

function facts(context: RuleContext<string>): DraftFacts {
  return memo(context.draft, 'tone/facts', () => computeFacts(context));
}

function computeFacts(context: RuleContext<string>): DraftFacts {
  const text = context.draft.body.text;
  const opaque: Span[] = [];
  urlsAndEmails(text, opaque);
  MEDIA_RE.lastIndex = 0;
  for (let m = MEDIA_RE.exec(text); m; m = MEDIA_RE.exec(text))
    opaque.push({ start: m.index, end: m.index + m[0].length });
  nonProse(text, opaque);
  opaque.sort((a, b) => a.start - b.start);
  const opaqueMaxEnd: number[] = [];
  let maxEnd = -1;
  for (const o of opaque) {
    if (o.end > maxEnd) maxEnd = o.end;
    opaqueMaxEnd.push(maxEnd);
  }
  const unquotedParagraphs = splitParagraphs(text).filter((p) => !context.isQuoted(p.start, p.end));
  const paragraphs = unquotedParagraphs.filter((p) => !context.inSignature(p.start, p.end));
  const unquoted = unquotedParagraphs.map((p) => p.text).join('\n\n');
  return { opaque, opaqueMaxEnd, paragraphs, unquoted };
}

/** True when an opaque span (URL, e-mail address, placeholder) overlaps `[start, end)`: a binary search. */
function inOpaque(f: DraftFacts, start: number, end: number): boolean {
  const { opaque } = f;
  // The last span starting before `end`; any span up to it overlaps when it ends after `start`.
  let lo = 0;
  let hi = opaque.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (opaque[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && f.opaqueMaxEnd[lo - 1]! > start;
}

/** True when `body[start, end)` is not the writer's own prose: quoted, signature, URL, placeholder, code, identifier, log line. */
export function skipSpan(context: RuleContext<string>, start: number, end: number): boolean {
  if (context.isQuoted(start, end) || context.inSignature(start, end)) return true;
  return inOpaque(facts(context), start, end);
}

/** The writer's own paragraphs (chat messages / e-mail paragraphs), signature excluded, in body offsets. */
export function ownParagraphs(context: RuleContext<string>): Span[] {
  return facts(context).paragraphs;
}

/** Everything the writer wrote, signature and closing included, quoted text excluded. */
export function unquotedText(context: RuleContext<string>): string {
  return facts(context).unquoted;
}

// ---------------------------------------------------------------- characters and clauses

const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
/** Characters that keep a token going: `Qty: 886`, `SB-200`, `a/b`, `$5`, `#1`. */
const GLUE = /[:：\-/$#@%&_+=.'’]/;

export function kindOf(ch: string): CharKind | null {
  if (!ch) return null;
  if (HAN.test(ch)) return 'han';
  if (DIGIT.test(ch)) return 'digit';
  if (LETTER.test(ch)) return 'letter';
  return null;
}

/** The character (code point) ending at `i`, or ''. */
export function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1]!;
}

/** The character (code point) starting at `i`, or ''. */
export function charAt(text: string, i: number): string {
  if (i >= text.length) return '';
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0';
}

function isBreak(ch: string): boolean {
  return ch === '' || ch === '\n' || ch === '\r';
}

/** A character that ends a clause on this side: punctuation, emoji, a line edge — not glue. */
function isClauseEdge(ch: string): boolean {
  return isBreak(ch) || (!kindOf(ch) && !GLUE.test(ch) && !isSpace(ch));
}

/** True when only white space and then a clause edge precede `start` (a full stop counts when a space follows it). */
export function atClauseStart(text: string, start: number): boolean {
  let i = start;
  while (isSpace(charBefore(text, i))) i--;
  const c = charBefore(text, i);
  return isClauseEdge(c) || (c === '.' && i < start);
}

/** True when only white space and then a clause edge follow `end` (a full stop counts when it ends the sentence). */
export function atClauseEnd(text: string, end: number): boolean {
  let i = end;
  while (isSpace(charAt(text, i))) i++;
  const c = charAt(text, i);
  return isClauseEdge(c) || (c === '.' && (isSpace(charAt(text, i + 1)) || isBreak(charAt(text, i + 1))));
}

/** `set` holds the character `ch` (never true for the empty string at a text edge). */
function inSet(set: string, ch: string): boolean {
  return ch !== '' && set.includes(ch);
}

const SENTENCE_END = '。！？!?.…\n\r';

/** The sentence around `[start, end)`: from the last sentence end before it to the next one after it, within its line. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let s = start;
  while (s > 0 && !SENTENCE_END.includes(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.includes(text[e]!)) e++;
  while (e < text.length && '。！？!?.…'.includes(text[e]!)) e++;
  return { start: s, end: e };
}

/** The clause around `[start, end)`: bounded by any clause punctuation or a line break. */
export function clauseAround(text: string, start: number, end: number): Span {
  const STOP = '，,。；;！!？?\n\r：:、';
  let s = start;
  while (s > 0 && !STOP.includes(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !STOP.includes(text[e]!)) e++;
  return { start: s, end: e };
}

/** True when the sentence holding `[start, end)` asks a question. */
export function inQuestion(text: string, start: number, end: number): boolean {
  const s = sentenceAround(text, start, end);
  const sentence = text.slice(s.start, s.end).trimEnd();
  return /[?？](?:["”’')）]*)$/.test(sentence) || /[吗么嘛][。.！!]?$/.test(sentence);
}

// ---------------------------------------------------------------- edits

const TRAILING_PUNCT = '，,、。.！!？?~～…';
const JOINING_PUNCT = '，,、';

/**
 * The edit that deletes `body[start, end)` the way a person would: one adjoining space goes
 * with it (not two); a clause that was only this word takes its punctuation along
 * (`晕！价格…` → `价格…`; `涨价了，晕！` → `涨价了！`; `omg, the price` → `The price`;
 * `Got it, lol.` → `Got it.`). A word deleted at the start of a sentence hands its capital to
 * the next word; a line left empty goes with its line break.
 */
export function deletion(
  text: string,
  start: number,
  end: number,
  options: { separator?: boolean } = {},
): { start: number; end: number; newText: string } {
  let s = start;
  let e = end;
  const clauseStart = atClauseStart(text, s);
  const clauseEnd = atClauseEnd(text, e);
  let b = s;
  while (isSpace(charBefore(text, b))) b--;
  const joinedBefore = inSet(JOINING_PUNCT, charBefore(text, b));
  if (clauseStart && clauseEnd) {
    let p = e;
    while (p < text.length && TRAILING_PUNCT.includes(text[p]!)) p++;
    let q = p;
    while (isSpace(charAt(text, q))) q++;
    // `…，晕！` → drop `，晕` and keep the closing mark for the sentence before.
    if (isBreak(charAt(text, q)) && joinedBefore) s = b - 1;
    else e = p;
  } else if (clauseStart && inSet(JOINING_PUNCT, charAt(text, e))) e++;
  else if (clauseEnd && joinedBefore) s = b - 1;
  const before = charBefore(text, s);
  const after = charAt(text, e);
  // The line would be left empty: remove the line itself.
  let ls = s;
  while (isSpace(charBefore(text, ls))) ls--;
  let le = e;
  while (isSpace(charAt(text, le))) le++;
  if (isBreak(charBefore(text, ls)) && isBreak(charAt(text, le))) {
    if (le < text.length) {
      const brk = text.startsWith('\r\n', le) ? 2 : 1;
      return { start: ls, end: le + brk, newText: '' };
    }
    if (ls > 0) {
      const brk = ls >= 2 && text.startsWith('\r\n', ls - 2) ? 2 : 1;
      return { start: ls - brk, end: le, newText: '' };
    }
    return { start: ls, end: le, newText: '' };
  }
  // An emoji between two sentences was their full stop (`Electronics 😊 We make` → `Electronics. We
  // make`); between two Chinese clauses, their comma (`认识您😊我们专做` → `认识您，我们专做`).
  if (options.separator) {
    let pb = s;
    while (isSpace(charBefore(text, pb))) pb--;
    let na = e;
    while (isSpace(charAt(text, na))) na++;
    const pc = charBefore(text, pb);
    const nc = charAt(text, na);
    if (/[\p{L}\p{N}]/u.test(pc) && /[A-Z]/.test(nc) && /^(?:[A-Z][a-z]|I\b)/.test(text.slice(na, na + 2)))
      return { start: pb, end: na, newText: '. ' };
    if (/\p{Script=Han}/u.test(pc) && /\p{Script=Han}/u.test(nc))
      return { start: pb, end: na, newText: '，' };
  }
  if (isSpace(after) && (isBreak(before) || isSpace(before) || inSet('(（[【“"', before))) e++;
  else if (isSpace(before) && (isBreak(after) || inSet(',.!?;:，。！？；：)）', after))) s--;
  // Capitalisation moves to the next word when a sentence-initial capital word is removed.
  const next = text[e] ?? '';
  if (/[A-Z]/.test(text[start]!) && /[a-z]/.test(next) && atSentenceStart(text, s)) {
    return { start: s, end: e + 1, newText: next.toUpperCase() };
  }
  return { start: s, end: e, newText: '' };
}

/**
 * What `deletion(text, start, end)` removes, as a fix title names it: the deleted characters
 * without the white space around them (`👍!!!` when the trailing marks go too), so a title
 * never names less than its edit deletes.
 */
export function deletedText(text: string, start: number, end: number): string {
  const d = deletion(text, start, end);
  const removed = text.slice(d.start, d.end - d.newText.length).trim();
  return removed || text.slice(start, end);
}

/** True when `i` starts a sentence: only white space, then a sentence end or a line start, before it. */
export function atSentenceStart(text: string, i: number): boolean {
  let k = i;
  while (isSpace(charBefore(text, k))) k--;
  const c = charBefore(text, k);
  return isBreak(c) || '。！？!?.'.includes(c);
}

/** Keeps the capital of the replaced text's first letter (`You must` → `Please`). */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  if (/^[A-Z]/.test(original) && /^[a-z]/.test(replacement))
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

// ---------------------------------------------------------------- word lists

/** True when the entry's own conditions (clause position, neighbour kinds, question) hold. */
function conditionsHold(text: string, m: PhraseMatch<ToneEntry>): boolean {
  const e = m.entry;
  if (e.alone && !(atClauseStart(text, m.start) && atClauseEnd(text, m.end))) return false;
  if (e.clauseStart && !atClauseStart(text, m.start)) return false;
  if (e.clauseEnd && !atClauseEnd(text, m.end)) return false;
  const before = kindOf(charBefore(text, m.start));
  const after = kindOf(charAt(text, m.end));
  if (e.notAfterKind && before && e.notAfterKind.includes(before)) return false;
  if (e.notBeforeKind && after && e.notBeforeKind.includes(after)) return false;
  if (e.nextToHan && before !== 'han' && after !== 'han') return false;
  if (e.notInQuestion && inQuestion(text, m.start, m.end)) return false;
  if (e.onlyAfter) {
    const head = text.slice(Math.max(0, m.start - 12), m.start).toLowerCase();
    if (!e.onlyAfter.some((w) => head.endsWith(w.toLowerCase()))) return false;
  }
  if (e.requiresLater) {
    const s = sentenceAround(text, m.start, m.end);
    const rest = text.slice(m.end, s.end).toLowerCase();
    if (!e.requiresLater.some((w) => hasWord(rest, w))) return false;
  }
  return true;
}

/** `word` occurs in `text` as a whole Latin word (or anywhere, for Han). */
function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (kindOf(charBefore(text, i)) !== 'letter' && kindOf(charAt(text, i + word.length)) !== 'letter')
      return true;
  }
  return false;
}

/**
 * The confirmed matches of a word list in the writer's own text, each candidate checked on its
 * neighbourhood. A built-in list reads its candidates from the one combined scan of the body
 * all tone rules share; a user's list (a `PhraseMatcher`) scans the body itself. Quoted text,
 * the signature, URLs, placeholders and the user's allowed words are skipped.
 */
export function scanWords<E extends ToneEntry>(
  context: RuleContext<string>,
  matcher: PhraseMatcher<E> | ToneList<E>,
): PhraseMatch<E>[] {
  const text = context.draft.body.text;
  const found = matcher instanceof ToneList ? findInDraft(context.draft, matcher) : matcher.find(text);
  return found.filter(
    (m) =>
      conditionsHold(text, m) &&
      !skipSpan(context, m.start, m.end) &&
      !context.isAllowed(m.text) &&
      !context.isAllowed(m.entry.text),
  );
}

/** The fix edit of a word-list match: its replacement (case kept), or a deletion. */
export function entryEdit(context: RuleContext<string>, m: PhraseMatch<ToneEntry>): RuleEdit | null {
  const r = m.entry.replacement;
  if (r === undefined) return null;
  const text = context.draft.body.text;
  if (m.entry.fixAlone && !(atClauseStart(text, m.start) && atClauseEnd(text, m.end))) return null;
  if (r === '') {
    const d = deletion(text, m.start, m.end);
    return context.bodyEdit(d.start, d.end, d.newText);
  }
  let newText = matchCase(m.text, r);
  if (/^[a-z]/.test(newText) && atSentenceStart(text, m.start))
    newText = newText[0]!.toUpperCase() + newText.slice(1);
  return context.bodyEdit(m.start, m.end, newText);
}

// ---------------------------------------------------------------- whose words

/** A negation ending right before a claim, with at most a few helper words between: `cannot be guaranteed`, `not the best`. */
const NEGATED_BEFORE_EN =
  /\b(?:not|never|no|nor|cannot|can['’]t|won['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t|hardly|neither)(?:\s+(?:be|been|being|is|are|was|were|fully|always|necessarily|really|quite|yet|entirely|absolutely|exactly|the|a|an|be\s+the))*\s*$/i;
const NEGATED_BEFORE_ZH =
  /(?:不|没|没有|无法|未|并非|并不|不能|难以|很难|不敢|不一定)(?:能|会|是|说|敢|一定|可能)?$/;
/** Someone else's words reported in the writer's sentence: `the analyst said`, `according to`, `据…称`, `分析师表示，`. */
const REPORTED_EN =
  /\b(?:said|says|told (?:reporters|analysts|investors)|according to|reportedly|reported|claimed|claims|stated|announced|quoted as saying|wrote that)\b/gi;
const WRITER_REPORTS = /\b(?:I|we)(?:\s+\w+)?\s*$/i;
const REPORTED_ZH =
  /据[^。！？\n]{0,20}?(?:称|说|报道|介绍|透露|表示|消息)|(?:表示|声称|指出|透露|报道|援引|称)[，,：:]/;

/** True when a negation stands right before `start` in its clause (`cannot be guaranteed`, `不能保证`). */
export function negatedBefore(text: string, start: number): boolean {
  const head = unwrap(text.slice(Math.max(0, start - 48), start)).replace(
    /^[\s\S]*[，,。；;！!？?：:、]/,
    '',
  );
  return NEGATED_BEFORE_EN.test(head) || NEGATED_BEFORE_ZH.test(head);
}

/** Hard-wrapped lines read as one: the text after the last blank line, single line breaks as spaces. */
function unwrap(s: string): string {
  return s.replace(/^[\s\S]*\n[ \t]*\r?\n/, '').replace(/\r?\n|\r/g, ' ');
}

/** The sentence around `[start, end)` across hard-wrapped lines (not across a blank line), at most 300 characters each side. */
function wrappedSentence(text: string, start: number, end: number): Span {
  let s = start;
  const min = Math.max(0, start - 300);
  while (s > min && !/[。！？!?]/.test(text[s - 1]!) && !(text[s - 1] === '.' && /\s/.test(text[s] ?? ''))) {
    if (text[s - 1] === '\n' && /^\s*$/.test(text.slice(text.lastIndexOf('\n', s - 2) + 1, s - 1))) break;
    s--;
  }
  let e = end;
  const max = Math.min(text.length, end + 300);
  while (e < max && !/[。！？!?]/.test(text[e]!) && !(text[e] === '.' && /\s|^$/.test(text[e + 1] ?? ''))) {
    if (text[e] === '\n' && /^[ \t]*\r?\n/.test(text.slice(e + 1, e + 40))) break;
    e++;
  }
  while (e < text.length && /[。！？!?.…"”’」』]/.test(text[e]!)) e++;
  return { start: s, end: e };
}

/** True when the sentence around `[start, end)` reports someone else's words, or the match sits inside quotation marks on its line. */
export function reportedSpeech(text: string, start: number, end: number): boolean {
  const s = wrappedSentence(text, start, end);
  // A quotation closing after its own full stop (`"… the best." the CEO said.`) runs on to the reporting verb.
  let tail = s.end;
  if (/["”’」』]/.test(text[tail - 1] ?? '')) tail = wrappedSentence(text, tail, tail).end;
  const sentence = unwrap(`${text.slice(s.start, start)} ${text.slice(end, tail)}`);
  REPORTED_EN.lastIndex = 0;
  for (let m = REPORTED_EN.exec(sentence); m; m = REPORTED_EN.exec(sentence)) {
    if (!WRITER_REPORTS.test(sentence.slice(Math.max(0, m.index - 16), m.index))) return true;
  }
  if (REPORTED_ZH.test(sentence)) return true;
  return insideQuotes(text, start);
}

/** Inside quotation marks opened earlier on the same line (curly, corner, or an odd number of straight ones). */
function insideQuotes(text: string, start: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  const before = text.slice(lineStart, start);
  const curly = (before.match(/[“「『]/g) ?? []).length - (before.match(/[”」』]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return curly > 0 || straight % 2 === 1;
}

/**
 * True when the words at `[start, end)` are not the writer's own claim, order or refusal:
 * asked (`没办法收件了吗？`), reported from someone else (`the analyst said`, `据…称`), quoted,
 * or — with `negation` — negated right before (`cannot be guaranteed`).
 */
export function notWritersOwn(text: string, start: number, end: number, negation = false): boolean {
  if (inQuestion(text, start, end)) return true;
  if (negation && negatedBefore(text, start)) return true;
  return reportedSpeech(text, start, end);
}
