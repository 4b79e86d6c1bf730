/**
 * Enumerations in a body: lists whose items start lines (`1.`, `1)`, `1、`, `(1)`, `（1）`, `①`,
 * `1️⃣`, `一、`, `（一）`, `第一，`, `一是`, `a)`, `首先/其次/最后`, `First,/Second,/Finally,`,
 * bullets `- * • ·`), and inline runs inside one line (`一是…二是…`, `1) … 2) …`, `①…②…`,
 * `第一，…第二，…`, `首先，…其次，…`). Shared by the `structure/*` rules.
 *
 * All offsets are offsets of the text handed in (for rules: the body view). One pass over the
 * lines with precompiled sticky regexes; no segmenter.
 */
import { TextCache } from '../memo';
import { splitLines } from '../text/lines';
import {
  CIRCLED_CHARS,
  formatCircled,
  formatNumeral,
  type NumeralStyle,
  parseChineseNumeral,
  parseCircled,
  parseNumeral,
  type WordCase,
  wordCase,
} from '../text/numerals';
import type { Span } from '../types';

/** How items of a list relate: numbered (any numbering style), unnumbered bullets, or sequence words. */
export type MarkerFamily = 'ordered' | 'bullet' | 'sequence';

export type MarkerKind =
  /** `1.` `1．` `1)` `1）` `1、` */
  | 'number'
  /** `(1)` `（1）` */
  | 'paren-number'
  /** `①` `⑴` `⒈` `❶` */
  | 'circled'
  /** `1️⃣` */
  | 'keycap'
  /** `一、` `一.` `一）` */
  | 'han'
  /** `（一）` `(一)` */
  | 'paren-han'
  /** `第一，` `第一条：` */
  | 'ordinal'
  /** `一是` */
  | 'shi'
  /** `a)` `(a)` */
  | 'letter'
  /** `首先` `其次` `再次` `最后` */
  | 'sequence-zh'
  /** `First,` `Secondly,` `Finally,` */
  | 'sequence-en'
  /** `-` `*` `+` `•` `·` `●` … */
  | 'bullet';

/** The marker that opens an item. */
export interface ItemMarker extends Span {
  /** The marker as written, without the white space after it: `1.`, `（一）`, `第二，`, `①`, `First,`, `-`. */
  text: string;
  kind: MarkerKind;
  family: MarkerFamily;
  /**
   * The marker written for item 1, which names its style: `1.`, `1)`, `1、`, `(1)`, `（1）`, `①`,
   * `一、`, `（一）`, `第一，`, `一是`, `a)`, `首先`, `First,`, or the bullet itself. Two markers
   * with different styles are written differently (`1.` vs `1)`).
   */
  style: string;
  /** 1-based position the marker states (`③` → 3, `Second,` → 2); null for bullets and `最后`/`Finally`. */
  value: number | null;
  /** How the number inside the marker is written (`number`, `han`, `ordinal`, `shi` …), else null. */
  numeral: NumeralStyle | null;
  /** Text before and after the number (`（` and `）` in `（1）`); empty for markers without a number. */
  prefix: string;
  suffix: string;
  /** `最后`, `Finally,`, `Lastly,`: announces the last item. */
  final: boolean;
  /** Letter case of an English sequence word. */
  case?: WordCase;
}

export interface ListItem extends Span {
  /** The item runs from its marker to the end of its last line (continuation and nested lines included). */
  marker: ItemMarker;
  /** The line holding the marker (for inline items: the item's own text). */
  head: Span;
  /** Index of the paragraph (in a `.msg`: the message) holding the marker. */
  block: number;
  /** White space before the marker on its line ('' for inline items). */
  indent: string;
  /** White space between the marker and the item's text. */
  gap: string;
}

export interface Enumeration extends Span {
  /** The family of its first item. */
  family: MarkerFamily;
  items: ListItem[];
  /** All items inside one line (`一是…二是…`). */
  inline: boolean;
  /** The items lie in more than one paragraph (in a `.msg`: one message per item). */
  multiBlock: boolean;
  /** 0 for a top-level list; 1 for a list nested in an item of another, and so on. */
  depth: number;
  /** The item this list is nested in, or null. */
  parent: ListItem | null;
}

export interface FindEnumerationsOptions {
  /** Regions that are not the writer's own text (quoted, signature): no list crosses them. */
  exclude?: readonly Span[];
  /** Also find inline enumerations (default true). */
  inline?: boolean;
}

// ---------------------------------------------------------------- markers

const HAN_NUM = '[一二三四五六七八九十]{1,3}';
const DIGITS = '[0-9]{1,2}|[０-９]{1,2}';

const RE_PAREN_NUMBER = new RegExp(`([(（])(${DIGITS})([)）])`, 'y');
const RE_PAREN_HAN = new RegExp(`([(（])(${HAN_NUM})([)）])`, 'y');
const RE_NUMBER = new RegExp(`(${DIGITS})([.．](?![0-9０-９])|[)）]|、)`, 'y');
const RE_KEYCAP = /([0-9])\uFE0F?\u20E3|\u{1F51F}/uy;
const RE_CIRCLED = new RegExp(`[${CIRCLED_CHARS}]`, 'y');
const RE_HAN = new RegExp(`(${HAN_NUM})(、|[.．](?![0-9０-９])|[)）])`, 'y');
const RE_ORDINAL = new RegExp(
  `(第)(${HAN_NUM})((?:条|点|项|步|个?方面|部分)?(?:[，,、：:．.]|(?=[ \\t\\u3000])))`,
  'y',
);
const RE_SHI = /([一二三四五六七八九十])(是)/y;
const RE_LETTER = /([(（]?)([a-z])([)）])/y;
const RE_SEQ_ZH = /(首先|其次|再次|再者|最后)([，,、：:])?/y;
const RE_SEQ_EN =
  /(First of all|Last but not least|First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Fifth(?:ly)?|Sixth(?:ly)?|Finally|Lastly)\s*([,:])/iy;
const RE_BULLET = /([-*+])(?=[ \t\u3000])|([•·●○◦▪▫■□◆◇►▸▹▶➢➤✓✔☐☑])/y;
const WS = /[ \t\u3000]*/y;

const SEQ_ZH_VALUE: Record<string, number | null> = { 首先: 1, 其次: 2, 再次: 3, 再者: null, 最后: null };
const SEQ_EN_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

function seqEnValue(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'first of all') return 1;
  if (w === 'finally' || w === 'lastly' || w === 'last but not least') return null;
  const i = SEQ_EN_WORDS.indexOf(w.replace(/ly$/, ''));
  return i < 0 ? null : i + 1;
}

function make(
  at: number,
  text: string,
  kind: MarkerKind,
  family: MarkerFamily,
  value: number | null,
  numeral: NumeralStyle | null,
  prefix: string,
  suffix: string,
  style: string,
  extra: Partial<ItemMarker> = {},
): ItemMarker {
  return {
    start: at,
    end: at + text.length,
    text,
    kind,
    family,
    style,
    value,
    numeral,
    prefix,
    suffix,
    final: false,
    ...extra,
  };
}

/**
 * The item marker that starts at `text[at]`, if any (line-start markers; the caller skips the
 * indentation). `to` bounds the look-ahead (the end of the line).
 */
export function matchMarkerAt(text: string, at: number, to = text.length): ItemMarker | null {
  if (at >= to) return null;
  for (const [re, build] of MATCHERS) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m || at + m[0].length > to) continue;
    const mk = build(m, at, text);
    if (mk) return mk;
  }
  return null;
}

type Build = (m: RegExpExecArray, at: number, text: string) => ItemMarker | null;

/** Tried in order: the first that matches and builds a marker wins. */
const MATCHERS: [RegExp, Build][] = [
  [
    RE_PAREN_NUMBER,
    (m, at) => {
      const n = parseNumeral(m[2]!)!;
      return make(at, m[0], 'paren-number', 'ordered', n.value, n.style, m[1]!, m[3]!, `${m[1]}1${m[3]}`);
    },
  ],
  [
    RE_PAREN_HAN,
    (m, at) => {
      const v = parseChineseNumeral(m[2]!);
      return v === null
        ? null
        : make(at, m[0], 'paren-han', 'ordered', v, 'han', m[1]!, m[3]!, `${m[1]}一${m[3]}`);
    },
  ],
  [
    RE_KEYCAP,
    (m, at) =>
      make(
        at,
        m[0],
        'keycap',
        'ordered',
        m[1] === undefined ? 10 : Number(m[1]),
        null,
        '',
        '',
        '1\uFE0F\u20E3',
      ),
  ],
  [
    RE_NUMBER,
    (m, at) => {
      const n = parseNumeral(m[1]!)!;
      return make(at, m[0], 'number', 'ordered', n.value, n.style, '', m[2]!, `1${m[2]}`);
    },
  ],
  [
    RE_CIRCLED,
    (m, at) => {
      const v = parseCircled(m[0]);
      return v === null
        ? null
        : make(at, m[0], 'circled', 'ordered', v, null, '', '', formatCircled(1, m[0]) ?? '①');
    },
  ],
  [
    RE_HAN,
    (m, at) => {
      const v = parseChineseNumeral(m[1]!);
      return v === null ? null : make(at, m[0], 'han', 'ordered', v, 'han', '', m[2]!, `一${m[2]}`);
    },
  ],
  [
    RE_ORDINAL,
    (m, at) => {
      const v = parseChineseNumeral(m[2]!);
      return v === null ? null : make(at, m[0], 'ordinal', 'ordered', v, 'han', '第', m[3]!, `第一${m[3]}`);
    },
  ],
  [
    RE_SHI,
    (m, at) => {
      const v = parseChineseNumeral(m[1]!);
      return v === null ? null : make(at, m[0], 'shi', 'ordered', v, 'han', '', '是', '一是');
    },
  ],
  [
    RE_LETTER,
    (m, at) =>
      make(at, m[0], 'letter', 'ordered', m[2]!.charCodeAt(0) - 96, null, m[1]!, m[3]!, `${m[1]}a${m[3]}`),
  ],
  [
    RE_SEQ_ZH,
    (m, at, text) => {
      const word = m[1]!;
      // 再次/再者/最后 read as ordinary words (`再次感谢`, `最后祝您…`) unless punctuation follows;
      // 首先/其次 may run straight into the text (`首先是价格`).
      const runsOn = (word === '首先' || word === '其次') && /[\u4e00-\u9fff]/.test(text[at + 2] ?? '');
      if (m[2] === undefined && !runsOn) return null;
      return make(at, m[0], 'sequence-zh', 'sequence', SEQ_ZH_VALUE[word] ?? null, null, '', '', '首先', {
        final: word === '最后',
      });
    },
  ],
  [
    RE_SEQ_EN,
    (m, at) => {
      const v = seqEnValue(m[1]!);
      return make(at, m[0], 'sequence-en', 'sequence', v, null, '', m[2]!, `First${m[2]}`, {
        final: v === null,
        case: wordCase(m[1]!.split(' ')[0]!),
      });
    },
  ],
  [RE_BULLET, (m, at) => make(at, m[0], 'bullet', 'bullet', null, null, '', '', m[0])],
];

const EN_ORDINAL_WORDS = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
];

/**
 * The marker for item `value` written in the style of `like` (`3.` from `1.`, `③` from `①`,
 * `三、` from `一、`, `第三，` from `第一，`, `Third,` from `First,`), or null when the style
 * cannot express it (bullets repeat themselves; `最后`/`Finally` cannot be continued).
 */
export function formatMarker(like: ItemMarker, value: number): string | null {
  if (value < 1) return null;
  switch (like.kind) {
    case 'bullet':
      return like.text;
    case 'circled':
      return formatCircled(value, like.text);
    case 'keycap':
      return value <= 9 ? `${value}\uFE0F\u20E3` : value === 10 ? '\u{1F51F}' : null;
    case 'letter':
      return value <= 26 ? like.prefix + String.fromCharCode(96 + value) + like.suffix : null;
    case 'sequence-zh': {
      if (like.final) return null;
      const word = ['首先', '其次', '再次'][value - 1];
      return word ? word + like.text.slice(2) : null;
    }
    case 'sequence-en': {
      if (like.final) return null;
      const word = EN_ORDINAL_WORDS[value - 1];
      if (!word) return null;
      const cased =
        like.case === 'upper' ? word.toUpperCase() : like.case === 'lower' ? word.toLowerCase() : word;
      const ly = /ly\s*[,:]$/i.test(like.text) && value > 1 ? (like.case === 'upper' ? 'LY' : 'ly') : '';
      return cased + ly + like.suffix;
    }
    default:
      if (!like.numeral) return null;
      return like.prefix + formatNumeral(value, like.numeral) + like.suffix;
  }
}

// ---------------------------------------------------------------- inline runs

/** Markers that can run inside a line, each with what may stand before it. */
const INLINE_RES: { kind: MarkerKind; re: RegExp }[] = [
  { kind: 'shi', re: /(?<=^|[\s，,。；;：:、（(！!？?])[一二三四五六七八九十]是/g },
  { kind: 'paren-number', re: /(?<=^|[\s，,。；;：:、！!？?])[(（][0-9]{1,2}[)）]/g },
  { kind: 'number', re: /(?<=^|[\s，,。；;：:！!？?])[0-9]{1,2}(?:[)）]|、)/g },
  { kind: 'circled', re: new RegExp(`[${CIRCLED_CHARS}]`, 'g') },
  { kind: 'ordinal', re: /(?<=^|[\s，,。；;：:！!？?])第[一二三四五六七八九十][，,、：:]/g },
  { kind: 'sequence-zh', re: /(?<=^|[\s，,。；;：:！!？?])(?:首先|其次|再次|最后)[，,、：:]/g },
  {
    kind: 'sequence-en',
    re: /(?<=^|[\s,;:.!?])(?:first|second|third|fourth|fifth|finally|lastly)\s*,/gi,
  },
];

const SENTENCE_END = /[。！？!?；;]|\.(?=\s|$)/g;

/** Anything that could be an inline marker: one scan of the whole text finds the lines worth a closer look. */
const INLINE_CANDIDATE = new RegExp(
  `[一二三四五六七八九十]是|[(（]?[0-9]{1,2}[)）、]|[${CIRCLED_CHARS}]|第[一二三四五六七八九十][，,、：:]|(?:首先|其次|再次|最后)[，,、：:]|\\b(?:first|second|third|fourth|fifth|finally|lastly)\\s*,`,
  'gi',
);

/** The first character of a line that may open a marker (a cheap test before the full match). */
const MARKER_START = new RegExp(
  `[(（0-9０-９一二三四五六七八九十第首其再最a-zFSTLfstl\\-*+•·●○◦▪▫■□◆◇►▸▹▶➢➤✓✔☐☑${CIRCLED_CHARS}]|\u{1F51F}`,
  'uy',
);

/** Inline enumerations in `text[from, to)` (one line): runs of the same marker kind counting 1, 2, 3 … */
export function findInlineEnumerations(text: string, from: number, to: number, block = 0): Enumeration[] {
  const line = text.slice(from, to);
  const out: Enumeration[] = [];
  for (const { kind, re } of INLINE_RES) {
    re.lastIndex = 0;
    const markers: ItemMarker[] = [];
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const mk = matchMarkerAt(text, from + m.index, to);
      if (mk && mk.kind === kind && mk.end - mk.start === m[0].length) markers.push(mk);
    }
    // Runs that start at 1 and count up by one (a sequence word may end them: 最后, Finally).
    let run: ItemMarker[] = [];
    const flush = () => {
      if (run.length >= 2) out.push(inlineEnumeration(text, run, to, block));
      run = [];
    };
    for (const mk of markers) {
      const last = run[run.length - 1];
      if (
        last &&
        !last.final &&
        last.style === mk.style &&
        (mk.value === (last.value ?? -1) + 1 || (mk.final && run.length >= 1))
      )
        run.push(mk);
      else {
        flush();
        if (mk.value === 1) run.push(mk);
      }
    }
    flush();
  }
  out.sort((a, b) => a.start - b.start);
  // Keep the outermost of overlapping runs (a `1)` run inside a `①` item is nested, not another list).
  const kept: Enumeration[] = [];
  for (const e of out) {
    const host = kept.find((k) => e.start >= k.start && e.start < k.end);
    if (host) {
      const item = host.items.find((i) => e.start >= i.start && e.start < i.end) ?? null;
      kept.push({ ...e, depth: host.depth + 1, parent: item });
    } else kept.push(e);
  }
  return kept;
}

function inlineEnumeration(text: string, markers: ItemMarker[], lineEnd: number, block: number): Enumeration {
  const items: ListItem[] = markers.map((mk, i) => {
    let end: number;
    const next = markers[i + 1];
    if (next) end = next.start;
    else {
      SENTENCE_END.lastIndex = 0;
      const rest = text.slice(mk.end, lineEnd);
      const m = SENTENCE_END.exec(rest);
      end = m ? mk.end + m.index : lineEnd;
    }
    while (end > mk.end && /[\s，,；;、。.！!？?]/.test(text[end - 1]!)) end--;
    const gap = /^[ \t\u3000]*/.exec(text.slice(mk.end, end))![0];
    return { start: mk.start, end, marker: mk, head: { start: mk.start, end }, block, indent: '', gap };
  });
  return {
    start: items[0]!.start,
    end: items[items.length - 1]!.end,
    family: markers[0]!.family,
    items,
    inline: true,
    multiBlock: false,
    depth: 0,
    parent: null,
  };
}

// ---------------------------------------------------------------- line lists

interface Line extends Span {
  indent: string;
  width: number;
  marker: ItemMarker | null;
  blank: boolean;
  excluded: boolean;
  block: number;
}

interface Open {
  list: Enumeration;
  width: number;
  /** A list of another family nested at the same indentation (bullets under `1.`). */
  absorbed: boolean;
  /** Blank lines since the last item. */
  blankGap: boolean;
  /** Unindented text lines since the last item (they belong to it only if the list goes on). */
  textGap: Span[];
}

function indentWidth(s: string): number {
  let w = 0;
  for (const c of s) w += c === '\t' ? 4 : c === '\u3000' ? 2 : 1;
  return w;
}

/** Whether `mk` goes on `open` after a gap (blank lines or plain text): it must carry the count on. */
function continues(open: Open, mk: ItemMarker): boolean {
  const items = open.list.items;
  const last = items[items.length - 1]!.marker;
  if (open.list.family !== mk.family) return false;
  if (mk.family === 'bullet') return mk.text === last.text && open.textGap.length === 0;
  if (mk.family === 'sequence') return !last.final && (mk.final || mk.value === (last.value ?? -9) + 1);
  return mk.value === (last.value ?? -9) + 1 && (mk.kind === last.kind || open.textGap.length === 0);
}

/** Whether `mk` goes on `open` when they are adjacent (no gap): same kind always does; another numbering style continuing the count is a style change, not a new list. */
function sameList(open: Open, mk: ItemMarker): boolean {
  const last = open.list.items[open.list.items.length - 1]!.marker;
  if (open.list.family !== mk.family) return false;
  if (mk.family === 'bullet') return mk.text === last.text;
  if (mk.family === 'sequence') return !last.final;
  if (mk.kind === last.kind && mk.style === last.style) return true;
  return mk.value === (last.value ?? -9) + 1;
}

/**
 * Every enumeration of a text: line lists (with nesting: indented lines and other-family
 * markers under a numbered item belong to that item), lists running over several paragraphs or
 * messages (`1.` in one message, `2.` in the next), and inline runs. Sorted by start; nested
 * lists come after the list that holds them. Sequence-word lists need two items (`首先` alone is
 * just a word).
 */
export function findEnumerations(text: string, options: FindEnumerationsOptions = {}): Enumeration[] {
  // Several rules ask for the same text with the same regions (numbering, the count rules):
  // the result depends only on the text, which lines are excluded, and `inline`.
  const exclude = options.exclude ?? [];
  const key = `${options.inline === false ? 'n' : 'i'}:${exclude
    .map((s) => `${s.start}-${s.end}`)
    .sort()
    .join(',')}`;
  return enumerationCache
    .get(text, key, () => computeEnumerations(text, exclude, options.inline !== false))
    .slice();
}

/** Results of `findEnumerations` (shared: treat the enumerations as read-only). */
const enumerationCache = new TextCache<Enumeration[]>();

function computeEnumerations(text: string, exclude: readonly Span[], inlineRuns: boolean): Enumeration[] {
  const lines: Line[] = [];
  let block = 0;
  let prevBlank = true;
  for (const l of splitLines(text)) {
    WS.lastIndex = l.start;
    WS.exec(text);
    const contentStart = WS.lastIndex;
    const blank = contentStart >= l.end;
    if (!blank && prevBlank && lines.length) block++;
    prevBlank = blank;
    const excluded = !blank && exclude.some((s) => l.start < s.end && l.end > s.start);
    const indent = contentStart > l.start ? text.slice(l.start, contentStart) : '';
    MARKER_START.lastIndex = contentStart;
    const maybe = !blank && !excluded && MARKER_START.test(text);
    lines.push({
      start: l.start,
      end: l.end,
      indent,
      width: indent ? indentWidth(indent) : 0,
      marker: maybe ? matchMarkerAt(text, contentStart, l.end) : null,
      blank,
      excluded,
      block,
    });
  }

  const candidates: number[] = [];
  if (inlineRuns) {
    INLINE_CANDIDATE.lastIndex = 0;
    for (let m = INLINE_CANDIDATE.exec(text); m; m = INLINE_CANDIDATE.exec(text)) candidates.push(m.index);
  }
  let cand = 0;
  const done: Enumeration[] = [];
  const inline: Enumeration[] = [];
  const stack: Open[] = [];

  const extendAncestors = (end: number) => {
    for (const o of stack) {
      const last = o.list.items[o.list.items.length - 1]!;
      if (end > last.end) last.end = end;
      if (end > o.list.end) o.list.end = end;
    }
  };
  const close = () => {
    const o = stack.pop()!;
    const l = o.list;
    if (l.family === 'sequence' && l.items.length < 2) return;
    l.multiBlock = l.items.some((i) => i.block !== l.items[0]!.block);
    done.push(l);
  };
  const closeAll = () => {
    while (stack.length) close();
  };

  for (const line of lines) {
    if (line.excluded) {
      closeAll();
      continue;
    }
    if (line.blank) {
      for (const o of stack) o.blankGap = true;
      continue;
    }
    let mk = line.marker;
    // Inline runs need two candidate markers on the line (one scan of the whole text found them).
    while (cand < candidates.length && candidates[cand]! < line.start) cand++;
    let onLine = 0;
    for (let k = cand; k < candidates.length && candidates[k]! < line.end && onLine < 2; k++) onLine++;
    if (inlineRuns && onLine >= 2) {
      const runs = findInlineEnumerations(
        text,
        mk ? mk.start : line.start + line.indent.length,
        line.end,
        line.block,
      );
      // `①价格 ②交期 ③样品` on one line is one inline list, not a one-item line list.
      if (mk && runs[0] && runs[0].start === mk.start) mk = null;
      inline.push(...runs);
    }
    if (!mk) {
      const top = stack[stack.length - 1];
      if (top && line.width > top.width && !top.blankGap && top.textGap.length === 0)
        extendAncestors(line.end);
      else if (top) {
        for (const o of stack) o.textGap.push({ start: line.start, end: line.end });
        // A long run of plain text ends every list.
        if (top.textGap.length > 6) closeAll();
      }
      continue;
    }
    const item = (): ListItem => {
      const gap = /^[ \t\u3000]*/.exec(text.slice(mk.end, line.end))![0];
      return {
        start: mk.start,
        end: line.end,
        marker: mk,
        head: { start: line.start, end: line.end },
        block: line.block,
        indent: line.indent,
        gap,
      };
    };
    // Find where this marker goes.
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) {
        stack.push(newOpen(item(), line.width, false, null, 0));
        break;
      }
      if (top.width > line.width) {
        close();
        continue;
      }
      const hasGap = top.blankGap || top.textGap.length > 0;
      if (top.width === line.width) {
        if (hasGap ? continues(top, mk) : sameList(top, mk)) {
          const items = top.list.items;
          // Plain lines between two items belong to the first one.
          const lastText = top.textGap[top.textGap.length - 1];
          if (lastText) extendItemTo(stack, top, lastText.end);
          items.push(item());
          top.list.end = line.end;
          top.blankGap = false;
          top.textGap = [];
          for (const o of stack) if (o !== top) o.textGap = [];
          extendAncestors(line.end);
          break;
        }
        if (top.absorbed || hasGap) {
          close();
          continue;
        }
        // Another family under a numbered or sequence item: a nested list (bullets under `1.`,
        // `(a)` restarting under `1.`). Under bullets, numbers start a new list.
        if (top.list.family !== 'bullet' && (mk.family !== top.list.family || mk.value === 1)) {
          const parent = top.list.items[top.list.items.length - 1]!;
          stack.push(newOpen(item(), line.width, true, parent, top.list.depth + 1));
          extendAncestors(line.end);
          break;
        }
        close();
        continue;
      }
      // Deeper indentation: a list nested in the last item.
      if (hasGap && top.textGap.length > 0) {
        close();
        continue;
      }
      const parent = top.list.items[top.list.items.length - 1]!;
      stack.push(newOpen(item(), line.width, false, parent, top.list.depth + 1));
      extendAncestors(line.end);
      break;
    }
  }
  closeAll();

  // An inline run inside a line item is nested in that item.
  for (const e of inline) {
    if (e.parent) continue;
    let host: ListItem | null = null;
    let depth = -1;
    for (const l of done)
      for (const it of l.items)
        if (e.start >= it.head.start && e.start < it.head.end && l.depth > depth) {
          host = it;
          depth = l.depth;
        }
    if (host) {
      e.parent = host;
      e.depth = depth + 1;
    }
  }
  const all = [...done, ...inline];
  all.sort((a, b) => a.start - b.start || a.depth - b.depth);
  return all;
}

function extendItemTo(stack: Open[], top: Open, end: number) {
  for (const o of stack) {
    const last = o.list.items[o.list.items.length - 1]!;
    if (end > last.end) last.end = end;
    if (end > o.list.end) o.list.end = end;
    if (o === top) break;
  }
}

function newOpen(
  first: ListItem,
  width: number,
  absorbed: boolean,
  parent: ListItem | null,
  depth: number,
): Open {
  return {
    list: {
      start: first.start,
      end: first.end,
      family: first.marker.family,
      items: [first],
      inline: false,
      multiBlock: false,
      depth,
      parent,
    },
    width,
    absorbed,
    blankGap: false,
    textGap: [],
  };
}
