/**
 * Count promises — `三条`, `两点`, `以下3个方面`, `有四件事`, `three points`, `the following four
 * questions` — and the items that deliver them. Shared by `structure/count-mismatch` and
 * `structure/count-unfulfilled`.
 *
 * Precision first: a phrase is a promise only when it counts things one says (points, questions,
 * suggestions), is not a duration, quantity, ordinal, time of day or idiom, and looks forward
 * (its clause ends in a colon, an introducing word such as `以下`/`the following` leads it, or
 * it ends its sentence). All offsets are offsets of the text handed in (for rules: the body view).
 */

import type { Draft } from '../draft';
import { memo } from '../memo';
import { splitLines, splitParagraphs } from '../text/lines';
import { ENGLISH_NUMBER_WORDS, HAN_NUMERAL_CHARS, type Numeral, parseNumeral } from '../text/numerals';
import { findQuotedRegions } from '../text/quoted';
import type { Span } from '../types';
import { isEmptyItem } from './empty-items';
import {
  type Enumeration,
  findEnumerations,
  formatMarker,
  type ListItem,
  matchMarkerAt,
} from './enumerations';

/** The largest count taken as a promise: beyond it a writer is not announcing a list to read. */
export const MAX_PROMISE = 20;

export interface CountPromise extends Span {
  /** `[start, end)` is the count phrase: numeral and measure word or noun (`三条`, `3个方面`, `three key points`). */
  text: string;
  /** The numeral inside the phrase. */
  numeral: Span & Numeral & { text: string };
  value: number;
  /** The measure word or noun as written (`条`, `个方面`, `件事`, `key points`). */
  noun: string;
  /** The Chinese unit to count delivered items in (`条`, `点`, `个方面`, `项` for English). */
  unit: string;
  lang: 'zh' | 'en';
  /**
   * `strong`: clearly announces items (a colon ends its clause, `以下`/`the following` leads it,
   * or it ends a sentence that says `有`/`说`/`I have`). `weak`: it ends its sentence but says
   * nothing more; it counts only when a list follows right after it.
   */
  strength: 'strong' | 'weak';
  /**
   * The sentence is an announcement of items and nothing else: it ends with a colon, or ends
   * right after the count and says `有`/`说`/`以下`/`I have`/`the following`. Only such a
   * promise is unfulfilled when nothing follows, or counted against the messages after it.
   */
  announces: boolean;
  /** Where the promise's sentence ends (after its colon or closing mark). */
  sentenceEnd: number;
}

// ---------------------------------------------------------------- vocabulary

/** Things one says, counted after `个` (required) or after `条 点 项 件 步` (optional). */
const ZH_NOUNS = [
  '方面',
  '问题',
  '原因',
  '建议',
  '小建议',
  '要点',
  '重点',
  '关键点',
  '步骤',
  '部分',
  '事项',
  '注意事项',
  '想法',
  '看法',
  '观点',
  '意见',
  '好处',
  '优势',
  '特点',
  '亮点',
  '卖点',
  '理由',
  '方案',
  '选项',
  '选择',
  '需求',
  '疑问',
  '小问题',
  '请求',
  '要求',
  '条件',
  '环节',
  '阶段',
  '变化',
  '改进',
  '更新',
  '技巧',
  '方法',
  '因素',
  '目标',
  '任务',
  '措施',
  '好消息',
  '提醒',
  '细节',
  '事情',
  '事',
  '原则',
  '区别',
  '不同',
  '差异',
  '疑虑',
  '顾虑',
  '安排',
  '计划',
  '情况',
  '体会',
  '心得',
  '经验',
  '说明',
  '补充',
  '内容',
  '服务',
  '承诺',
  '信息',
];
const ZH_NOUN_ALT = [...ZH_NOUNS].sort((a, b) => b.length - a.length).join('|');

const EN_NOUNS = [
  'points',
  'things',
  'items',
  'steps',
  'issues',
  'options',
  'updates',
  'changes',
  'topics',
  'questions',
  'ideas',
  'suggestions',
  'benefits',
  'advantages',
  'tips',
  'reasons',
  'ways',
  'areas',
  'aspects',
  'concerns',
  'requests',
  'notes',
  'matters',
  'requirements',
  'priorities',
  'proposals',
  'recommendations',
  'highlights',
  'features',
  'problems',
  'comments',
  'queries',
  'takeaways',
  'goals',
  'differences',
  'risks',
  'tasks',
  'lessons',
  'facts',
  'remarks',
  'thoughts',
  'observations',
  'considerations',
  'factors',
  'criteria',
  'conditions',
  'choices',
  'alternatives',
  'improvements',
  'solutions',
  'actions',
  'decisions',
  'details',
  'stages',
  'phases',
  'sections',
  'principles',
  'objectives',
  'news items',
];
const EN_ADJECTIVES =
  'key|main|quick|important|major|minor|short|brief|simple|small|big|specific|separate|different|new|critical|crucial|open|outstanding|practical|useful|good|great|little|easy|further|additional|more|follow-up|possible|potential|core|basic|action|next|concrete|clear|general|final|remaining|pending|urgent|optional';

const ZH_NUM = `[${HAN_NUMERAL_CHARS}]{1,4}|[0-9]{1,2}|[０-９]{1,2}`;
const ZH_MEASURE = `个(?:${ZH_NOUN_ALT})|(?:条|点|项|件|步)(?:${ZH_NOUN_ALT})?|方面|部分`;
const EN_NUM = `${ENGLISH_NUMBER_WORDS}|[0-9]{1,2}`;

/**
 * One pass finds every candidate: group `zn`/`zm` a Chinese numeral and its measure, group
 * `en`/`ea`/`ew` an English numeral, optional adjective and noun.
 */
const CANDIDATE_SOURCE =
  `(?<![${HAN_NUMERAL_CHARS}0-9０-９.．,，、~～\\-－—第至到或])(?<zn>${ZH_NUM})[ \\t]?(?<zm>${ZH_MEASURE})` +
  `|(?<![\\w$#£€¥%.,:/'’\\-])(?<en>${EN_NUM})[ \\t]+(?:(?<ea>${EN_ADJECTIVES})[ \\t]+)?(?<ew>${EN_NOUNS.join('|')})(?![\\w'’-])`;
/** Sticky: `findPromises` tries it only where `mayStartCandidate` lets a match start. */
const CANDIDATE = new RegExp(CANDIDATE_SOURCE, 'iuy');

// A table of the characters the candidate scan looks at (a cheap test before `CANDIDATE`).
const NUMERAL = 1;
const EN_START = 2;
const SPACE = 4;
const WORD = 8;
const MEASURE = 16;
const CHAR_CLASS = new Uint8Array(0x10000);
for (const c of `${HAN_NUMERAL_CHARS}0123456789０１２３４５６７８９`) CHAR_CLASS[c.charCodeAt(0)]! |= NUMERAL;
const EN_NUMBER_WORDS = ENGLISH_NUMBER_WORDS.split('|');
/** The longest English number word: a space must follow it within this many characters. */
const EN_WORD_MAX = Math.max(...EN_NUMBER_WORDS.map((w) => w.length));
// First letters of the English number words, in both cases (`ſ` U+017F folds to `s`, `K` U+212A to `k` under `iu`).
for (const w of EN_NUMBER_WORDS)
  for (const c of [w[0]!.toLowerCase(), w[0]!.toUpperCase()]) CHAR_CLASS[c.charCodeAt(0)]! |= EN_START;
CHAR_CLASS[0x17f]! |= EN_START;
CHAR_CLASS[0x212a]! |= EN_START;
/** The first three letters of the English number words (lower case, as `(a << 14) | (b << 7) | c`); null if a word is shorter. */
const EN_PREFIX = EN_NUMBER_WORDS.every((w) => /^[a-z]{3}/.test(w))
  ? new Set(EN_NUMBER_WORDS.map((w) => (w.charCodeAt(0) << 14) | (w.charCodeAt(1) << 7) | w.charCodeAt(2)))
  : null;
CHAR_CLASS[0x20]! |= SPACE;
CHAR_CLASS[0x09]! |= SPACE;
// The first characters of `ZH_MEASURE`'s alternatives.
for (const c of '个条点项件步方部') CHAR_CLASS[c.charCodeAt(0)]! |= MEASURE;
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
  CHAR_CLASS[c.charCodeAt(0)]! |= WORD;

/** A space or tab in `text[from, to)`. */
function spaceWithin(text: string, from: number, to: number): boolean {
  const stop = Math.min(to, text.length);
  for (let i = from; i < stop; i++) if (CHAR_CLASS[text.charCodeAt(i)]! & SPACE) return true;
  return false;
}

/**
 * Whether `CANDIDATE` may match at `i`. A necessary condition only (`CANDIDATE` decides), from
 * its two branches: Chinese, at most four numeral characters, a space or tab, then a measure
 * word; English, one or two digits or a number word (`ENGLISH_NUMBER_WORDS`) after a non-word
 * character, then a space or tab.
 */
function mayStartCandidate(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  const k = CHAR_CLASS[code]!;
  if (!(k & (NUMERAL | EN_START))) return false;
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  if (k & NUMERAL) {
    // Both look-behinds refuse an ASCII digit just before.
    if (before >= 0x30 && before <= 0x39) return false;
    let digits = code <= 0x39;
    for (let j = i + 1; j <= i + 5 && j < text.length; j++) {
      const c = CHAR_CLASS[text.charCodeAt(j)]!;
      if (c & MEASURE) return true;
      if (c & SPACE) {
        if (digits && j - i <= 2) return true;
        digits = false;
      } else if (c & NUMERAL) digits = digits && text.charCodeAt(j) <= 0x39;
      else return false;
    }
    return false;
  }
  if (CHAR_CLASS[before]! & WORD) return false;
  // Three ASCII letters that start no number word (`iu` folds only `ſ` and `K` from outside ASCII).
  const b = text.charCodeAt(i + 1);
  const c = text.charCodeAt(i + 2);
  if (
    EN_PREFIX &&
    code < 0x80 &&
    b < 0x80 &&
    c < 0x80 &&
    !EN_PREFIX.has(((code | 0x20) << 14) | ((b | 0x20) << 7) | (c | 0x20))
  )
    return false;
  return spaceWithin(text, i + 1, i + EN_WORD_MAX + 2);
}

// Left context (the text just before the numeral, on its line).
const ZH_BACKWARD =
  /(?:这|那|上述|以上|上面|前面|前述|前|后|最后|其中|每|各|剩下的?|剩余的?|其余的?|其他|另|头|近|约|大约|大概|将近|超过|不到|至少|不止|不少于|了|过|这些|那些|这么|那么|好)[ \t]*$/;
const ZH_LEAD = /(?:以下|下面|如下|下列|下述|接下来)(?:的)?[ \t]*$/;
const ZH_INTRO =
  /(?:有|说|讲|提|谈|聊|分享|列出|列|补充|汇报|强调|总结|介绍|说明|请教|问|是|就|分|分为|分成|包括|包含|共|一共|总共|主要|归纳|概括|涉及|提醒|确认|交代|建议|沟通|反馈|报告|整理|提出|给您|跟您|向您|和您|需要|只需|仅需|只要)[ \t]*$/;
const ZH_SPEECH =
  /(?:说|讲|提|谈|聊|分享|列出|列|补充|汇报|强调|总结|介绍|说明|请教|问|提醒|确认|交代|提出)[ \t]*$/;
/** `三点` after a time word is a time of day (`下午三点`). */
const ZH_TIME_BEFORE =
  /(?:上午|下午|中午|晚上|早上|凌晨|傍晚|今天|明天|昨天|后天|前天|今晚|明早|周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|[0-9０-９一二三四五六七八九十]+[号日])[ \t]*$/;

/** What may follow a Chinese count: punctuation, or a word that carries the sentence forward. */
const ZH_RIGHT_OK = new RegExp(
  `^(?:$|[\\s：:，,。.！!？?；;、…—()（）"“”'‘’「」『』\\[\\]【】]|` +
    `(?:要|想|需|须|得|请|供|希望|跟|和|与|向|给|值得|您|你|我|如下|以下|是|分别|包括|即|介绍|汇报|说明|分享|补充|确认|提醒|注意|请教|问|麻烦|想请|供您|的(?:${ZH_NOUN_ALT})))`,
);

const EN_BACKWARD =
  /\b(?:these|those|above|both|all|other|first|last|top|your|their|his|her|its|said|same|of|per|every|each|about|around|approximately|roughly|over|under|nearly|almost|than|or|to|and|by|another|only|just|with)[ \t]+$/i;
const EN_LEAD =
  /\b(?:the[ \t]+)?following[ \t]+$|\bhere(?:[ \t]+are|'re|’re)[ \t]+(?:the[ \t]+|my[ \t]+|our[ \t]+)?$/i;
const EN_THE = /\bthe[ \t]+$/i;
const EN_INTRO =
  /\b(?:have|'ve got|’ve got|got|are|share|raise|ask|mention|make|highlight|cover|list|give you|add|clarify|confirm|discuss|suggest|propose|outline|note|check|need|explain|offer|send you|include|summari[sz]e|see|flag|my|our)[ \t]+$/i;
const EN_LEAD_AFTER = /^[ \t]+(?:below|as follows|that follow|to follow)\b/i;

/** A clause goes on after a comma toward its colon only with words like these. */
const FORWARD_TAIL =
  /(?:分别是|如下|具体如下|具体是|包括|即|是|请看|请参考|见下|如下所示|详见下文|供您参考|请您参考|请过目|as follows|namely|they are|which are|see below|here they are|below)\s*$/i;

// ---------------------------------------------------------------- promises

/** Where the line holding `at` starts, looking back at most `limit` characters. */
function lineStartBefore(text: string, at: number, limit = 80): number {
  const stop = Math.max(0, at - limit);
  for (let i = at - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return stop;
}

/** End of the clause/sentence that holds `at`: the next terminator, colon included when `colon`. */
function sentenceEndAfter(text: string, at: number, to: number): { end: number; colon: number | null } {
  let colon: number | null = null;
  for (let i = at; i < to; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return { end: i, colon };
    if ((c === ':' || c === '：') && colon === null) {
      const isTime = c === ':' && /[0-9]/.test(text[i - 1] ?? '') && /[0-9]/.test(text[i + 1] ?? '');
      const isUrl = text.startsWith('//', i + 1);
      if (!isTime && !isUrl) colon = i;
      continue;
    }
    if ('。！？!?；;…'.includes(c) || (c === '.' && (i + 1 >= to || /\s/.test(text[i + 1]!)))) {
      let j = i + 1;
      while (j < to && '。！？!?”’"\')）」』'.includes(text[j]!)) j++;
      return { end: j, colon };
    }
  }
  return { end: to, colon };
}

/**
 * Count promises in `text[from, to)`, left to right. `exclude` spans (quoted text, signature)
 * hold none.
 */
export function findPromises(
  text: string,
  exclude: readonly Span[] = [],
  from = 0,
  to = text.length,
): CountPromise[] {
  const out: CountPromise[] = [];
  const re = CANDIDATE;
  // The leftmost match at or after `i`, as a global scan finds them: `CANDIDATE` is tried only
  // where the cheap test lets a match start, and the next one after the end of the last.
  for (let i = from; i < to; i++) {
    if (!mayStartCandidate(text, i)) continue;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    i = end - 1;
    if (exclude.some((s) => start < s.end && end > s.start)) continue;
    const p = g.zn !== undefined ? zhPromise(text, m, start, end, to) : enPromise(text, m, start, end, to);
    if (p) out.push(p);
  }
  return out;
}

function zhPromise(
  text: string,
  m: RegExpExecArray,
  start: number,
  end: number,
  to: number,
): CountPromise | null {
  const zn = m.groups!.zn!;
  const zm = m.groups!.zm!;
  const numeral = parseNumeral(zn);
  if (!numeral || numeral.value < 2 || numeral.value > MAX_PROMISE) return null;
  const before = text.slice(Math.max(lineStartBefore(text, start), start - 12), start);
  const after = text.slice(end, Math.min(to, end + 8));
  if (ZH_BACKWARD.test(before) && !ZH_LEAD.test(before)) return null;
  // A count of things of another kind (`三条生产线`, `三点水`, `两点一线`, `两件衣服`): the measure
  // must be followed by punctuation or a word that carries the sentence forward.
  if (!ZH_RIGHT_OK.test(after)) return null;
  const lead = ZH_LEAD.test(before) || /^(?:如下|以下)/.test(after);
  const measure = /^个/.test(zm) ? zm : zm.startsWith('方面') || zm.startsWith('部分') ? zm : zm[0]!;
  // A bare 条 or 件 also counts goods (`我们有三条`): only a verb of saying introduces items with it.
  const bare = zm === '条' || zm === '件';
  const intro = bare ? ZH_SPEECH.test(before) : ZH_INTRO.test(before);
  // 点 is also o'clock and "a little": it needs an introducing word or a noun (`三点建议`).
  if (zm.startsWith('点')) {
    if (ZH_TIME_BEFORE.test(before)) return null;
    if (!(lead || intro || zm.length > 1)) return null;
    if (/^[钟半整多]/.test(after)) return null;
  }
  const strength = forwardStrength(text, end, to, lead, intro, 'zh');
  if (!strength) return null;
  const numeralSpan = { start, end: start + zn.length };
  return {
    start,
    end,
    text: m[0],
    numeral: { ...numeralSpan, ...numeral, text: zn },
    value: numeral.value,
    noun: zm,
    unit: measure === '方面' || measure === '部分' ? `个${measure}` : measure,
    lang: 'zh',
    strength: strength.strength,
    announces: strength.announces,
    sentenceEnd: strength.sentenceEnd,
  };
}

function enPromise(
  text: string,
  m: RegExpExecArray,
  start: number,
  end: number,
  to: number,
): CountPromise | null {
  const en = m.groups!.en!;
  const numeral = parseNumeral(en);
  if (!numeral || numeral.value < 2 || numeral.value > MAX_PROMISE) return null;
  const before = text.slice(Math.max(lineStartBefore(text, start), start - 40), start);
  const lead = EN_LEAD.test(before) || EN_LEAD_AFTER.test(text.slice(end, end + 20));
  if (!lead && EN_BACKWARD.test(before)) return null;
  // `the three points` refers back unless it is followed by a colon or `below`.
  const the = EN_THE.test(before) && !lead;
  const intro = EN_INTRO.test(before);
  const strength = forwardStrength(text, end, to, lead, intro && !the, 'en');
  if (!strength) return null;
  if (the && !(lead || /^[ \t]*[:：]/.test(text.slice(end, end + 4)))) return null;
  return {
    start,
    end,
    text: m[0],
    numeral: { start, end: start + en.length, ...numeral, text: en },
    value: numeral.value,
    noun: m[0].slice(en.length).trim(),
    unit: '项',
    lang: 'en',
    strength: strength.strength,
    announces: strength.announces,
    sentenceEnd: strength.sentenceEnd,
  };
}

/** How strongly the text after a count announces items, or null when it does not. */
function forwardStrength(
  text: string,
  end: number,
  to: number,
  lead: boolean,
  intro: boolean,
  lang: 'zh' | 'en',
): { strength: 'strong' | 'weak'; sentenceEnd: number; announces: boolean } | null {
  const { end: sentenceEnd, colon } = sentenceEndAfter(text, end, to);
  let colonOk = false;
  if (colon !== null && colon - end <= 60) {
    const between = text.slice(end, colon);
    colonOk = !/[，,]/.test(between) || lead || intro || FORWARD_TAIL.test(between);
  }
  const tail = text.slice(end, colon ?? sentenceEnd).replace(/[。！？!?；;…”’"')）」』.]+\s*$/, '');
  // The count ends its sentence: only a short tail follows (`想请教您`, `for you`); longer
  // with an introducing word (`There are two things I need from you.`).
  let final = false;
  let short = false;
  if (!/[0-9０-９]/.test(tail)) {
    const size =
      lang === 'zh'
        ? /[A-Za-z]{2,}/.test(tail)
          ? 99
          : (tail.match(/[\u4e00-\u9fff]/g)?.length ?? 0) / 2
        : /[，,;；]/.test(tail)
          ? 99
          : (tail.match(/[A-Za-z]+(?:['’][A-Za-z]+)?/g)?.length ?? 0);
    final = size <= 6 && (size <= 2 || lead || intro);
    short = size <= 2;
  }
  const sentenceClose = colonOk ? colon! + 1 : sentenceEnd;
  const announces = colonOk || (final && (lead || intro));
  if (colonOk || lead || (final && intro))
    return { strength: 'strong', sentenceEnd: sentenceClose, announces };
  if (final && short) return { strength: 'weak', sentenceEnd: sentenceClose, announces };
  return null;
}

// ---------------------------------------------------------------- closings

const CLOSING =
  /^(?:谢谢|多谢|感谢|非常感谢|万分感谢|期待|盼复|静候|恭候|祝|此致|顺祝|顺颂|敬礼|辛苦了|麻烦您了|拜托了|有任何问题|有问题随时|如有问题|如有疑问|thanks\b(?![ \t]+to\b)|thank you|many thanks|looking forward|look forward|best(?:[ \t]+(?:wishes|regards))?[ \t]*[,，!.]?$|(?:kind|warm|best)[ \t]+regards|regards|cheers[ \t]*[,!.]?$|sincerely|yours[ \t]+(?:truly|sincerely|faithfully)|have a (?:nice|great|good)|talk soon|hope to hear|let me know if you have any questions)/i;

/** A closing line or message: thanks, looking forward, regards (short, no list in it). */
export function isClosing(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 80 && CLOSING.test(t);
}

// ---------------------------------------------------------------- binding

export type CountMode = 'list' | 'messages' | 'none';

export interface CountBinding {
  promise: CountPromise;
  /**
   * `list`: items are the enumeration right after the promise; `messages`: in a `.msg` with no
   * markers, the messages after the promise's message; `none`: nothing follows (only a closing).
   */
  mode: CountMode;
  enumeration: Enumeration | null;
  /** The items counted (list items, or messages as spans). */
  items: (Span & { item?: ListItem })[];
  delivered: number;
  /** Numbered items with no text (`3. ` alone): listed but not delivered; no count fix then. */
  empty: number;
  /** Where placeholders for missing items go, and how they are written; null when no fix is safe. */
  insertion: Insertion | null;
}

export interface Insertion {
  at: number;
  /** Replace `[at, end)` (white space only) with the new text. */
  end: number;
  /** Text before each placeholder item (line break, indentation, separator). */
  before: string;
  /** The marker of the `k`-th inserted item (1-based), or null when the style cannot be continued. */
  marker: ((n: number) => string | null) | null;
  /** Between the marker and the placeholder text. */
  gap: string;
  /** Text after the last inserted item (e.g. a line break before the rest of the line). */
  after: string;
}

interface Block extends Span {
  index: number;
  text: string;
  quoted: boolean;
  /** Media placeholders: only media (a picture, a recording) and no words. */
  mediaOnly: boolean;
  /** Holds a voice note or video (its words are a caption; the items are in the recording). */
  recording: boolean;
}

const MEDIA_TAG = /\[[^\]\r\n]*\]|【[^】\r\n]*】/g;

/** Finds every promise of a draft's own text and binds it to its items. Computed once per draft (both count rules read it). */
export function analyzeCounts(draft: Draft): CountBinding[] {
  return memo(draft, 'structure/promises', () => analyze(draft));
}

function ownRegions(draft: Draft): Span[] {
  const text = draft.body.text;
  const spans: Span[] = [...draft.quoted];
  if (draft.kind === 'eml') spans.push(...findQuotedRegions(text));
  if (draft.signature) spans.push(draft.signature);
  // A `-- ` line starts the signature.
  const sig = /^-- ?$/m.exec(text);
  if (sig) spans.push({ start: sig.index, end: text.length });
  return spans.sort((a, b) => a.start - b.start);
}

function blocksOf(draft: Draft, exclude: readonly Span[]): Block[] {
  const text = draft.body.text;
  const recordings: Span[] = [];
  if (draft.kind === 'msg') {
    const base = draft.bodyStart;
    for (const m of draft.messages)
      for (const md of m.media)
        if (md.kind === 'voice' || md.kind === 'video')
          recordings.push({ start: md.start - base, end: md.end - base });
  }
  return splitParagraphs(text).map((p, index) => {
    return {
      start: p.start,
      end: p.end,
      index,
      text: p.text,
      quoted: exclude.some((s) => p.start < s.end && p.end > s.start),
      mediaOnly: mediaOnly(p.text),
      recording: recordings.length > 0 && recordings.some((r) => r.start >= p.start && r.end <= p.end),
    };
  });
}

/** Only media placeholders and no words (a paragraph without a tag has words or is blank). */
function mediaOnly(text: string): boolean {
  if (!text.includes('[') && !text.includes('【')) return false;
  const words = text.replace(MEDIA_TAG, (t) => (isMedia(t) ? '' : t));
  return words !== text && !/[\p{L}\p{N}]/u.test(words);
}

function isMedia(tag: string): boolean {
  return /^[[【]\s*(?:voice|audio|语音|video|视频|視頻|image|photo|picture|pic|图片|照片|圖片|file|document|文件|sticker|表情|贴图)/i.test(
    tag,
  );
}

function analyze(draft: Draft): CountBinding[] {
  const text = draft.body.text;
  const exclude = ownRegions(draft);
  const ownEnd = exclude.find((s) => s.end >= text.length && s.start > 0)?.start ?? text.length;
  const found = findPromises(text, exclude);
  if (!found.length) return [];
  const blocks = blocksOf(draft, exclude);
  const promises = found.filter((p) => {
    const b = blockAt(blocks, p.start);
    // A voice note's caption: the items are in the recording.
    return !b?.recording;
  });
  if (!promises.length) return [];
  const enums = findEnumerations(text, { exclude });
  const out: CountBinding[] = [];
  promises.forEach((p, i) => {
    const next = promises[i + 1] ?? null;
    const b =
      bindList(text, p, next, enums, blocks, draft.eol) ??
      bindRest(draft, text, p, next, enums, blocks, ownEnd);
    if (b) out.push(b);
  });
  return out;
}

/** The block holding `at` (binary search: blocks are sorted and disjoint). */
function blockAt(blocks: readonly Block[], at: number): Block | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (at < b.start) hi = mid - 1;
    else if (at > b.end) lo = mid + 1;
    else return b;
  }
  return undefined;
}

/** The first enumeration starting at or after `at` (binary search: sorted by start). */
function firstEnumFrom(enums: readonly Enumeration[], at: number): Enumeration | undefined {
  let lo = 0;
  let hi = enums.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (enums[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return enums[lo];
}

/** The first line after `from` (up to `to`) that holds anything but white space, or null. */
function firstContentLine(text: string, from: number, to: number): string | null {
  let i = from;
  while (i < to) {
    let j = i;
    while (j < to && text[j] !== '\n' && text[j] !== '\r') j++;
    const line = text.slice(i, j);
    if (line.trim() !== '') return line;
    i = j + 1;
  }
  return null;
}

const REST_OF_LINE = /[^\r\n]*/y;

/** The enumeration right after a promise, if one starts close enough. */
function bindList(
  text: string,
  p: CountPromise,
  next: CountPromise | null,
  enums: readonly Enumeration[],
  blocks: readonly Block[],
  eol: string,
): CountBinding | null {
  const e = firstEnumFrom(enums, p.end);
  if (!e) return null;
  if (next && next.start < e.start) return null;
  if (!gapIsShort(text, p, e.start, blocks)) return null;
  // A weak promise (no colon, no introducing word) counts only with the list on the very next line or message.
  if (p.strength === 'weak' && (text.slice(p.sentenceEnd, e.start).trim() !== '' || !weakNounOk(p)))
    return null;
  // A recording right after the promise holds the items.
  const pb = blockAt(blocks, p.start);
  const eb = blockAt(blocks, e.start);
  if (pb && eb && blocks.slice(pb.index + 1, eb.index).some((b) => b.recording)) return null;
  // Items after the next promise belong to it, unless that promise sits inside an item (nested).
  let items = e.items;
  if (next && next.start < e.end) {
    const nested =
      items.some((it) => next.start >= it.head.start && next.start < it.head.end) ||
      indentedInItem(text, next, e);
    if (!nested) items = items.filter((it) => it.start < next.start);
  }
  if (!items.length) return null;
  // An item with no text (`3. ` alone) is a blank, not a delivered item.
  const filled = items.filter((it) => !isEmptyItem(text, it));
  const empty = items.length - filled.length;
  return {
    promise: p,
    mode: 'list',
    enumeration: e,
    items: filled.map((it) => ({ start: it.start, end: it.end, item: it })),
    delivered: filled.length,
    empty,
    insertion: empty ? null : listInsertion(text, e, items, eol),
  };
}

function indentedInItem(text: string, p: CountPromise, e: Enumeration): boolean {
  const ls = lineStartBefore(text, p.start);
  const indent = /^[ \t\u3000]*/.exec(text.slice(ls, p.start))![0].length;
  const first = e.items[0]!;
  return indent > first.indent.length;
}

/** A weak promise must name what it counts (`三个方面`, `三条建议`), not a bare measure (`三条`). */
function weakNounOk(p: CountPromise): boolean {
  return p.lang === 'en' || !/^(?:条|点|项|件|步)$/.test(p.noun);
}

/** Between the promise and the list: the rest of its sentence, at most one more short line. */
function gapIsShort(text: string, p: CountPromise, listStart: number, blocks: readonly Block[]): boolean {
  const gap = text.slice(p.end, listStart);
  if (gap.replace(/\s/g, '').length > 120) return false;
  const lines = splitLines(gap);
  const middle = lines.slice(1, -1).filter((l) => l.text.trim() !== '');
  const lastLine = lines.length > 1 ? lines[lines.length - 1]!.text : '';
  if (lastLine.trim() !== '' && matchMarkerAt(text, listStart) === null && lines.length > 1) {
    // The list starts mid-line (inline after some text): that text counts as a line too.
    middle.push(lines[lines.length - 1]!);
  }
  if (middle.length > 1) return false;
  // Nothing quoted or recorded in between.
  const pb = blockAt(blocks, p.start);
  const lb = blockAt(blocks, listStart);
  if (pb && lb && blocks.slice(pb.index, lb.index + 1).some((b) => b.quoted)) return false;
  // At most the promise's own sentence and one more before the list.
  const ends = gap.match(/[。！？!?；;]|\.(?=\s)/g)?.length ?? 0;
  return ends <= 2;
}

function listInsertion(
  text: string,
  e: Enumeration,
  items: readonly ListItem[],
  eol: string,
): Insertion | null {
  const last = items[items.length - 1]!;
  const mk = last.marker;
  if (mk.final || (e.family === 'sequence' && mk.value === null)) return null;
  const base = mk.value ?? 0;
  const marker = (k: number) => (mk.value === null ? mk.text : formatMarker(mk, base + k));
  if (e.inline) {
    const prev = items[items.length - 2];
    const sep = prev ? text.slice(prev.end, last.start) : '，';
    return { at: last.end, end: last.end, before: sep, marker, gap: last.gap, after: '' };
  }
  const before = e.multiBlock ? eol + eol : eol + last.indent;
  return { at: last.end, end: last.end, before, marker, gap: last.gap, after: '' };
}

/** In a `.msg`, the messages after the promise; in any draft, nothing at all after it. */
function bindRest(
  draft: Draft,
  text: string,
  p: CountPromise,
  next: CountPromise | null,
  enums: readonly Enumeration[],
  blocks: readonly Block[],
  ownEnd: number,
): CountBinding | null {
  if (!p.announces) return null;
  const limit = Math.min(next ? next.start : ownEnd, ownEnd);
  // Anything that looks like a list we could not bind: do not guess.
  const unbound = firstEnumFrom(enums, p.end);
  if (unbound && unbound.start < limit) return null;
  REST_OF_LINE.lastIndex = p.sentenceEnd;
  const restOfLine = REST_OF_LINE.exec(text)![0];
  const pb = blockAt(blocks, p.start);
  if (!pb) return null;

  // Nothing but (possibly) a closing after the promise: unfulfilled.
  const firstContent = firstContentLine(text, p.sentenceEnd, ownEnd);
  const nothing = firstContent === null || (isClosing(firstContent) && !next);
  if (nothing) {
    // A picture or recording just after the closing may still hold the items.
    if (
      blocks.slice(pb.index + 1, pb.index + 4).some((b) => b.start < ownEnd && (b.mediaOnly || b.recording))
    )
      return null;
    const ws = /^[ \t\u3000]*/.exec(restOfLine)![0].length;
    const rest = restOfLine.trim() !== '';
    return {
      promise: p,
      mode: 'none',
      enumeration: null,
      items: [],
      delivered: 0,
      empty: 0,
      insertion: {
        at: p.sentenceEnd,
        end: p.sentenceEnd + ws,
        before: draft.eol,
        marker: (n) => `${n}.`,
        gap: ' ',
        after: rest ? draft.eol : '',
      },
    };
  }

  if (draft.kind !== 'msg') return null;
  // The promise ends its message; the messages after it (up to a closing) are the items.
  if (text.slice(p.sentenceEnd, pb.end).trim() !== '') return null;
  const items: Span[] = [];
  for (const b of blocks.slice(pb.index + 1)) {
    // A message holding the next promise starts that promise's items, not this one's.
    if (b.start >= limit || b.end > limit || b.quoted) break;
    if (b.recording) return null;
    if (b.mediaOnly) continue;
    if (isClosing(b.text)) break;
    items.push({ start: b.start, end: b.end });
  }
  if (!items.length) return null;
  const last = items[items.length - 1]!;
  return {
    promise: p,
    mode: 'messages',
    enumeration: null,
    items,
    delivered: items.length,
    empty: 0,
    insertion: {
      at: last.end,
      end: last.end,
      before: draft.eol + draft.eol,
      marker: null,
      gap: '',
      after: '',
    },
  };
}

/** The text that adds `count` placeholder items at an insertion point, or null when the list's style cannot go on. */
export function placeholderText(ins: Insertion, count: number, placeholder: string): string | null {
  let out = '';
  for (let k = 1; k <= count; k++) {
    const mk = ins.marker ? ins.marker(k) : '';
    if (mk === null) return null;
    out += ins.before + mk + (mk ? ins.gap : '') + placeholder;
  }
  return out + ins.after;
}
