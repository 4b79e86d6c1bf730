/**
 * Numerals as writers type them in counts and list markers: Chinese (`三`, `十二`, `二十五`,
 * `两`, `〇`, formal `叁`), Arabic (`3`), full-width (`３`) and English words (`three`, `Three`,
 * `THREE`). Parsing keeps the style, so a number can be written back the way the writer wrote it
 * (`三条` → `两条`, `3` → `2`, `Three` → `Two`).
 */

/** How a numeral is written. */
export type NumeralStyle = 'han' | 'han-formal' | 'arabic' | 'fullwidth' | 'word';

/** Letter case of an English number word. */
export type WordCase = 'lower' | 'title' | 'upper';

export interface Numeral {
  value: number;
  style: NumeralStyle;
  /** For `word`: the letter case to write a replacement in. */
  case?: WordCase;
}

const HAN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const FORMAL_DIGITS: Record<string, number> = {
  零: 0,
  壹: 1,
  贰: 2,
  貳: 2,
  叁: 3,
  參: 3,
  叄: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const HAN_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Every character that can be part of a Chinese numeral (a regex character class body). */
export const HAN_NUMERAL_CHARS = '〇零一二两兩三四五六七八九十百千壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟';

const EN_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const EN_VALUE = new Map(EN_WORDS.map((w, i) => [w, i]));

/** English number words `one` … `twenty`, longest first (a regex alternation body). */
export const ENGLISH_NUMBER_WORDS = [...EN_WORDS].sort((a, b) => b.length - a.length).join('|');

/**
 * The value of a Chinese numeral (`三` 3, `十二` 12, `二十` 20, `二十五` 25, `一百零五` 105,
 * `两` 2, `叁拾` 30, `二〇二五` 2025 read digit by digit), or null when the text is not one
 * well-formed numeral (`三四` — an approximate range —, `十几`, `两十`).
 */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  const chars = [...text];
  const digit = (c: string) => HAN_DIGITS[c] ?? FORMAL_DIGITS[c];
  const hasUnit = chars.some((c) => c in HAN_UNITS);
  if (!hasUnit) {
    if (chars.length === 1) return digit(chars[0]!) ?? null;
    // Digit by digit (`二〇二五`): at least three digits, none of them 两 (`三四` is "three or four").
    if (chars.length < 3 || chars.some((c) => digit(c) === undefined || c === '两' || c === '兩'))
      return null;
    return Number(chars.map((c) => digit(c)).join(''));
  }
  let total = 0;
  let pending: number | null = null;
  let lastUnit = Number.POSITIVE_INFINITY;
  let zeroSeen = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const unit = HAN_UNITS[c];
    if (unit !== undefined) {
      if (unit >= lastUnit) return null;
      const n = pending ?? (i === 0 ? 1 : null);
      if (n === null || n === 0) return null;
      total += n * unit;
      lastUnit = unit;
      pending = null;
      zeroSeen = false;
      continue;
    }
    const d = digit(c);
    if (d === undefined || pending !== null) return null;
    if (d === 0) {
      if (zeroSeen || i === 0) return null;
      zeroSeen = true;
      continue;
    }
    // 两 only leads a number (`两百`), never follows a unit (`二十二`, not `二十两`).
    if ((c === '两' || c === '兩') && (i > 0 || HAN_UNITS[chars[1]!] === 10)) return null;
    pending = d;
  }
  if (pending !== null) {
    // A trailing digit after a unit is its ones (`二十五`), or a shorthand (`一百五` = 150).
    if (lastUnit === 10 || zeroSeen) total += pending;
    else if (lastUnit < Number.POSITIVE_INFINITY) total += (pending * lastUnit) / 10;
    else return null;
  }
  return total;
}

/** The value of an English number word `zero` … `twenty` (any case), or null. */
export function parseEnglishNumber(word: string): number | null {
  return EN_VALUE.get(word.toLowerCase()) ?? null;
}

/** The letter case of a word: `three` lower, `Three` title, `THREE` upper. */
export function wordCase(word: string): WordCase {
  if (word.length > 1 && word === word.toUpperCase()) return 'upper';
  if (word[0] && word[0] === word[0].toUpperCase() && word[0] !== word[0].toLowerCase()) return 'title';
  return 'lower';
}

const FULLWIDTH_ZERO = 0xff10;

/**
 * Parses one numeral in any supported style: `3`, `３`, `三`, `叁`, `three`/`Three`/`THREE`.
 * Returns null for anything else (including `3.5`, `三四`, `third`).
 */
export function parseNumeral(text: string): Numeral | null {
  if (/^[0-9]+$/.test(text)) return { value: Number(text), style: 'arabic' };
  if (/^[０-９]+$/.test(text)) {
    const ascii = [...text].map((c) => String.fromCharCode(c.charCodeAt(0) - FULLWIDTH_ZERO + 48)).join('');
    return { value: Number(ascii), style: 'fullwidth' };
  }
  if (/^[A-Za-z]+$/.test(text)) {
    const v = parseEnglishNumber(text);
    return v === null ? null : { value: v, style: 'word', case: wordCase(text) };
  }
  const v = parseChineseNumeral(text);
  if (v === null) return null;
  const formal = [...text].some((c) => c in FORMAL_DIGITS && c !== '零') || /[拾佰仟]/.test(text);
  return { value: v, style: formal ? 'han-formal' : 'han' };
}

export interface FormatOptions {
  /**
   * The numeral stands before a measure word (`条`, `点`, `个`): a lone 2 is written `两`
   * (`两条`, never `二条`); `十二`, `二十` keep `二`. Off for ordinals and list markers (`二、`, `第二`).
   */
  beforeMeasure?: boolean;
  /** For `word`: the letter case (default lower). */
  case?: WordCase;
}

function hanInteger(value: number, formal: boolean, beforeMeasure: boolean): string {
  const digits = formal ? '零壹贰叁肆伍陆柒捌玖' : '〇一二三四五六七八九';
  const ten = formal ? '拾' : '十';
  const hundred = formal ? '佰' : '百';
  if (value < 10) {
    if (value === 2 && beforeMeasure && !formal) return '两';
    return digits[value]!;
  }
  if (value < 20) return (formal ? '壹' : '') + ten + (value % 10 ? digits[value % 10] : '');
  if (value < 100) return digits[Math.floor(value / 10)]! + ten + (value % 10 ? digits[value % 10] : '');
  if (value < 1000) {
    const h = Math.floor(value / 100);
    const rest = value % 100;
    const lead = h === 2 && beforeMeasure && !formal ? '两' : digits[h]!;
    if (rest === 0) return lead + hundred;
    if (rest < 10) return lead + hundred + '零' + digits[rest];
    // 一百一十五: the ten keeps its 一 after a hundred.
    return lead + hundred + digits[Math.floor(rest / 10)]! + ten + (rest % 10 ? digits[rest % 10] : '');
  }
  return String(value);
}

function applyCase(word: string, c: WordCase | undefined): string {
  if (c === 'upper') return word.toUpperCase();
  if (c === 'title') return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/**
 * Writes a non-negative integer in a style: `format(2, 'han', {beforeMeasure: true})` → `两`,
 * `format(12, 'han')` → `十二`, `format(2, 'fullwidth')` → `２`, `format(2, 'word', {case: 'title'})`
 * → `Two`. Words above twenty, and Chinese above 999, fall back to Arabic digits.
 */
export function formatNumeral(value: number, style: NumeralStyle, options: FormatOptions = {}): string {
  const v = Math.max(0, Math.floor(value));
  switch (style) {
    case 'arabic':
      return String(v);
    case 'fullwidth':
      return [...String(v)].map((c) => String.fromCharCode(c.charCodeAt(0) - 48 + FULLWIDTH_ZERO)).join('');
    case 'word':
      return v < EN_WORDS.length ? applyCase(EN_WORDS[v]!, options.case) : String(v);
    case 'han':
      return hanInteger(v, false, options.beforeMeasure ?? false);
    case 'han-formal':
      return hanInteger(v, true, options.beforeMeasure ?? false);
  }
}

/** Writes `value` the way `like` was written (style and letter case). */
export function formatLike(value: number, like: Numeral, options: Omit<FormatOptions, 'case'> = {}): string {
  return formatNumeral(value, like.style, { ...options, ...(like.case ? { case: like.case } : {}) });
}

/** Circled numbers ① … ⑳ (U+2460 …), parenthesized ⑴ … ⒇, full stop ⒈ … ⒛, dingbats ❶ … ❿, ➀ … ➉. */
const CIRCLED_RANGES: [number, number][] = [
  [0x2460, 20],
  [0x2474, 20],
  [0x2488, 20],
  [0x2776, 10],
  [0x2780, 10],
  [0x278a, 10],
];

/** The value of a circled (or otherwise enclosed) number character such as `①`, or null. */
export function parseCircled(ch: string): number | null {
  const c = ch.codePointAt(0);
  if (c === undefined || ch.length !== 1) return null;
  for (const [base, n] of CIRCLED_RANGES) if (c >= base && c < base + n) return c - base + 1;
  return null;
}

/** The enclosed number `value` in the same family as `like` (`①` → `③`), or null when out of range. */
export function formatCircled(value: number, like = '①'): string | null {
  const c = like.codePointAt(0) ?? 0x2460;
  for (const [base, n] of CIRCLED_RANGES) {
    if (c >= base && c < base + n)
      return value >= 1 && value <= n ? String.fromCharCode(base + value - 1) : null;
  }
  return null;
}

/** Regex character class body of every enclosed number character. */
export const CIRCLED_CHARS = '\\u2460-\\u2473\\u2474-\\u2487\\u2488-\\u249b\\u2776-\\u2793';
