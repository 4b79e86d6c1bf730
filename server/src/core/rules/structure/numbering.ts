import {
  type Enumeration,
  findEnumerations,
  formatMarker,
  type ItemMarker,
  type ListItem,
  matchMarkerAt,
} from '../../analysis/enumerations';
import { defineRule, type FixSpec, type Report, type RuleContext } from '../../engine/rule';
import type { Span } from '../../types';

type Ids = 'skip' | 'back' | 'repeat' | 'style' | 'previous' | 'earlier' | 'styleSet' | 'renumber';

/** One wrong marker in a list: what is wrong and what it is measured against. */
interface Problem {
  index: number;
  messageId: 'skip' | 'back' | 'repeat' | 'style';
  data: Record<string, string>;
  /** The item it is measured against (previous item, first use of the number, or the item that set the style). */
  against: number;
  againstId: 'previous' | 'earlier' | 'styleSet';
}

const FOLD: Record<string, string> = { '．': '.', '）': ')', '（': '(', '，': ',', '：': ':' };
const fold = (s: string) => s.replace(/[．）（，：]/g, (c) => FOLD[c]!);

/**
 * What a reader sees as the style of a marker. Full-width and half-width punctuation and digits
 * look alike in a CJK font and are not a change of style; neither is the measure word of an
 * ordinal (`第一，` then `第二点，`). `1.` vs `1)` vs `1、`, `①` vs `⑴`, `a)` vs `(a)` are.
 */
function styleKey(m: ItemMarker): string {
  switch (m.kind) {
    case 'number':
    case 'han':
    case 'letter':
      return `${m.kind}:${fold(m.prefix)}:${fold(m.suffix)}`;
    case 'circled':
      return `circled:${m.style}`;
    default:
      return m.kind;
  }
}

/**
 * `1、2号发货` and `一、二季度` start with a number, but the `、` joins two numbers (“the 1st and
 * 2nd”, “Q1 and Q2”): such a line is no list item one can count on.
 */
function joinsNumbers(text: string, m: ItemMarker): boolean {
  if (m.suffix !== '、') return false;
  const next = text[m.end] ?? '';
  return m.kind === 'han' ? /[一二三四五六七八九十]/.test(next) : /[0-9０-９]/.test(next);
}

/**
 * The items that belong to the list. A list nested at the same indentation under a numbered
 * item (`1. …` then `(1) …`) may swallow the parent's next item when it continues the count
 * (`2.` after `(1)`); such an item goes back to the parent list, so the nested list ends there.
 */
function ownItems(list: Enumeration) {
  const items = list.items;
  if (!list.parent) return items;
  const parentKey = styleKey(list.parent.marker);
  const firstKey = styleKey(items[0]!.marker);
  if (parentKey === firstKey) return items;
  const cut = items.findIndex((it, i) => i > 0 && styleKey(it.marker) === parentKey);
  return cut < 0 ? items : items.slice(0, cut);
}

function problemsOf(markers: ItemMarker[], family: Enumeration['family']): Problem[] {
  const out: Problem[] = [];
  const firstKey = styleKey(markers[0]!);
  const seen = new Map<number, number>();
  if (markers[0]!.value !== null) seen.set(markers[0]!.value, 0);
  let lastStyled = 0;
  for (let i = 1; i < markers.length; i++) {
    const m = markers[i]!;
    const prev = markers[i - 1]!;
    const ownStyle = family === 'sequence' || styleKey(m) === firstKey;
    if (m.value !== null && prev.value !== null) {
      const v = m.value;
      const p = prev.value;
      const first = seen.get(v);
      if (v > p + 1) {
        out.push({
          index: i,
          messageId: 'skip',
          data: { from: prev.text, to: m.text },
          against: i - 1,
          againstId: 'previous',
        });
      } else if (family === 'sequence') {
        // `First of all, …` then `First, …`: sequence words repeat naturally; only a skip is a slip.
      } else if (first !== undefined) {
        out.push({
          index: i,
          messageId: 'repeat',
          data: { marker: m.text },
          against: first,
          againstId: 'earlier',
        });
      } else if (v <= p) {
        out.push({
          index: i,
          messageId: 'back',
          data: { from: prev.text, to: m.text },
          against: i - 1,
          againstId: 'previous',
        });
      } else if (!ownStyle) {
        out.push({
          index: i,
          messageId: 'style',
          data: { from: markers[lastStyled]!.text, to: m.text },
          against: 0,
          againstId: 'styleSet',
        });
      }
      if (!seen.has(v)) seen.set(v, i);
    } else if (!ownStyle) {
      out.push({
        index: i,
        messageId: 'style',
        data: { from: markers[lastStyled]!.text, to: m.text },
        against: 0,
        againstId: 'styleSet',
      });
    }
    if (ownStyle) lastStyled = i;
  }
  return out;
}

/**
 * The renumbering: item 1 keeps its marker (it sets the style and the start — a list that
 * starts at 3 on purpose keeps starting at 3); item k gets start + k − 1, written in its own
 * marker's style when that is the list's style (so `２．` stays full-width) and in the first
 * item's style otherwise, with the first item's gap after it (`三、c` under `1. a` becomes
 * `3. c`). `最后`/`Finally` stay. Null when a marker cannot be written.
 */
function renumber(items: readonly ListItem[]): { start: number; end: number; newText: string }[] | null {
  const first = items[0]!.marker;
  if (first.value === null || first.value < 1) return null;
  const firstKey = styleKey(first);
  const edits: { start: number; end: number; newText: string }[] = [];
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    const m = item.marker;
    if (m.final) continue;
    const value = first.value + i;
    const own = styleKey(m) === firstKey;
    const newText = formatMarker(own ? m : first, value);
    if (newText === null) return null;
    // The new marker must read back as the same kind of marker with the intended value.
    const back = matchMarkerAt(`${newText} x`, 0);
    if (!back || back.value !== value || back.text !== newText || back.kind !== first.kind) return null;
    if (own) {
      if (newText !== m.text) edits.push({ start: m.start, end: m.end, newText });
    } else {
      const gap = items[0]!.gap;
      edits.push({ start: m.start, end: m.end + item.gap.length, newText: newText + gap });
    }
  }
  return edits;
}

export const numbering = defineRule({
  id: 'structure/numbering',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'A numbered list counts 1, 2, 3 in one style, without skipping or repeating a number.',
    zh: '编号列表按 1、2、3 顺序编号，不跳号、不重号、不换样式。',
  },
  explanation: {
    en: 'Numbers are how the reader keeps track of your points and refers back to them (“about your point 3 …”). A skipped number sends them looking for an item that is not there; a repeated one makes “point 2” ambiguous; a change of style in the middle (`1.` then `2)` then `三、`) reads as a second list, or as carelessness. Number the list 1, 2, 3 in one style.',
    zh: '编号是对方记住您的要点、回复时引用（“关于第3点……”）的依据。跳了号，对方会去找并不存在的那一项；重了号，“第2点”就说不清指哪一条；中途换了样式（先“1.”再“2)”再“三、”），看起来像另一个列表，也显得不够用心。请按 1、2、3 顺序、用同一种样式编号。',
  },
  messages: {
    skip: {
      en: 'The numbering skips from “{{from}}” to “{{to}}”: the reader will look for the item in between. Renumber the list, or add the missing item.',
      zh: '编号从“{{from}}”跳到了“{{to}}”，对方会去找中间缺的那一项。请重新编号，或补上缺的一项。',
    },
    back: {
      en: 'The numbering goes back from “{{from}}” to “{{to}}”: the reader loses count. Renumber the list.',
      zh: '编号从“{{from}}”倒回了“{{to}}”，对方会数乱。请重新编号。',
    },
    repeat: {
      en: 'The numbering repeats “{{marker}}”: two items share a number, and the reader cannot tell which one a reply means. Renumber the list.',
      zh: '编号“{{marker}}”重复了：两项用了同一个序号，对方引用时说不清是哪一项。请重新编号。',
    },
    style: {
      en: 'The numbering changes style from “{{from}}” to “{{to}}”: it reads like a second list. Keep the first item’s style.',
      zh: '编号样式从“{{from}}”变成了“{{to}}”，看起来像另起了一个列表。请统一用第一项的样式。',
    },
    previous: { en: 'The item before: “{{marker}}”', zh: '前一项：“{{marker}}”' },
    earlier: { en: '“{{marker}}” is first used here', zh: '“{{marker}}”第一次出现在这里' },
    styleSet: { en: 'The first item sets the style: “{{marker}}”', zh: '第一项定下的样式：“{{marker}}”' },
    renumber: { en: 'Renumber the list from “{{first}}”', zh: '从“{{first}}”起重新编号' },
  },
  check(context) {
    const { draft } = context;
    const text = draft.body.text;
    // Quoted, forwarded and signature text is not the writer's: no list is read in it.
    const exclude: Span[] = [...draft.quoted];
    if (draft.signature) exclude.push(draft.signature);
    for (const list of findEnumerations(text, { exclude })) {
      if (list.family === 'bullet') continue;
      const items = ownItems(list);
      if (items.length < 2) continue;
      const markers = items.map((it) => it.marker);
      // Chinese sequence words carry no number the reader counts (`再次` is also “again”).
      if (markers.some((m) => m.kind === 'sequence-zh')) continue;
      if (markers.some((m) => joinsNumbers(text, m))) continue;
      if (markers.some((m) => context.isQuoted(m.start, m.end))) continue;
      // A countdown (`3. 2. 1.`, a top-three list) is counted on purpose.
      if (
        markers.every((m, i) => i === 0 || (m.value !== null && m.value === (markers[i - 1]!.value ?? 0) - 1))
      )
        continue;
      const problems = problemsOf(markers, list.family);
      const head = problems[0];
      if (!head) continue;
      report(context, items, problems, head);
    }
  },
});

function report(
  context: RuleContext<Ids>,
  items: readonly ListItem[],
  problems: Problem[],
  head: Problem,
): void {
  const markers = items.map((it) => it.marker);
  const span = (m: ItemMarker) => context.bodySpan(m.start, m.end);
  const against = markers[head.against]!;
  const related: NonNullable<Report<Ids>['related']> = [
    { span: span(against), messageId: head.againstId, data: { marker: against.text } },
  ];
  for (const p of problems.slice(1))
    related.push({ span: span(markers[p.index]!), messageId: p.messageId, data: p.data });
  const fixes: FixSpec<Ids>[] = [];
  // A sequence list with a repeated word (`First of all,` then `First,`) is renumbered by nobody but its writer.
  const repeatsWord =
    markers[0]!.family === 'sequence' &&
    markers.some((m, i) => i > 0 && m.value !== null && m.value === markers[i - 1]!.value);
  const edits = repeatsWord ? null : renumber(items);
  if (edits?.length)
    fixes.push({
      messageId: 'renumber',
      data: { first: markers[0]!.text },
      edits: edits.map((e) => context.bodyEdit(e.start, e.end, e.newText)),
    });
  context.report({
    messageId: head.messageId,
    data: head.data,
    span: span(markers[head.index]!),
    fixes,
    related,
  });
}
