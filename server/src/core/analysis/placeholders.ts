/**
 * Blanks left to fill: the placeholders Cordial's own fixes and templates write, snippet syntax
 * left in a file, `<name>`, `{{name}}`, `XXX`, and list items with no text. `structure/placeholder`
 * reports them; the count rules do not count an empty item as delivered; fixes write their blanks
 * only in these forms (a property test holds them to it).
 *
 * Precision first: media placeholders (`[image]`, `[语音 40秒]`), chat emoji codes (`[微笑]`),
 * footnotes (`[1]`), links in angle brackets (`<https://…>`), e-mail addresses, prices (`$10`) and
 * an ellipsis in prose are not blanks. A bracketed label is a blank only when it names something
 * to fill in (a name, a company, a figure, a description), from a closed vocabulary.
 */
import type { Span } from '../types';

/** The text of an item the count fixes add for the writer to fill in, by draft language. */
export const ITEM_PLACEHOLDER = { zh: '（待补充）', en: '(to be written)' } as const;

/** Leading list marker of an item or message. */
const LEADING_MARKER = /^(?:\d+[.)、]|[①-⑳]|[一二三四五六七八九十]+、)?\s*/u;

/**
 * True when a message (or item) holds only such a placeholder: other rules leave it alone, so
 * that two rules' fixes never feed each other (a merge of placeholders would re-open the count).
 */
export function isItemPlaceholder(text: string): boolean {
  const t = text.trim().replace(LEADING_MARKER, '');
  return ITEM_TEXT.includes(t) || /^(?:…+|\.{3,})$/.test(t);
}

export type BlankKind =
  | 'label'
  | 'item'
  | 'snippet'
  | 'angle'
  | 'mustache'
  | 'xxx'
  | 'ellipsis'
  | 'empty-item';

export interface Blank extends Span {
  kind: BlankKind;
  /** The blank as written. */
  text: string;
}

/** Words naming what to fill in, English (lower case; a leading `your`/`the`/`client's` is dropped first). */
const EN_LABELS = new Set(
  (
    'name|first name|last name|full name|surname|company|company name|title|job title|position|role|' +
    'phone|phone number|tel|mobile|email|e-mail|email address|address|website|date|time|day|deadline|' +
    'price|unit price|amount|total|number|quantity|qty|moq|product|product name|model|item|port|currency|' +
    'trade term|validity|link|url|topic|summary|length|duration|size|minutes|mb|order number|order no|' +
    'recipient|client|customer|contact|signature|department|city|country|what this link is|what it is|' +
    'what you can do for them, in one sentence|what you can do for them|reason|details|description|' +
    'answer|trade term and port|expected time'
  ).split('|'),
);

/** Chinese labels (Simplified and Traditional). */
const ZH_LABELS = new Set(
  (
    '称呼|稱呼|姓名|名字|您的姓名|公司|公司名称|公司名稱|职位|職位|职务|職務|电话|電話|手机|手機|邮箱|郵箱|' +
    '地址|网址|網址|日期|时间|時間|截止时间|截止時間|价格|價格|单价|單價|金额|金額|数量|數量|起订量|起訂量|' +
    '产品|產品|产品名称|產品名稱|型号|型號|港口|币种|幣種|贸易术语|貿易術語|有效期|链接说明|連結說明|' +
    '链接|連結|说明|說明|要点|要點|几|幾|时长|時長|大小|分钟|分鐘|订单号|訂單號|部门|部門|城市|国家|國家|' +
    '原因|详情|詳情|内容|內容|贸易术语及港口|貿易術語及港口|预计时间|預計時間|对方称呼|對方稱呼|客户称呼|客戶稱呼|签名|簽名|一句话说明能为您做什么|一句話說明能為您做什麼'
  ).split('|'),
);

/** Labels that ask to be written, whatever they name. */
const ZH_FILL =
  /^(?:请|請)?(?:填写|填寫|填入|输入|輸入|补充|補充|待补充|待補充|待填|此处|此處|在此)|^一句话|^一句話/;
const EN_FILL = /^(?:insert|enter|add|write|fill in|describe|your)\b/i;
const EN_PREFIX = /^(?:your|the|their|client'?s|customer'?s|recipient'?s|reader'?s)\s+/i;

/** True when the inside of `[…]`/`【…】` names a blank to fill in. */
export function isBlankLabel(inner: string): boolean {
  const t = inner.trim().replace(/[.。:：]+$/u, '');
  if (!t || t.length > 60) return false;
  if (/^[\u3400-\u9fff（）()、，]+$/u.test(t)) return ZH_LABELS.has(t) || ZH_FILL.test(t);
  if (/[\u3400-\u9fff]/u.test(t)) return ZH_FILL.test(t);
  if (!/^[A-Za-z][A-Za-z ,.'’/-]*$/.test(t)) return false;
  const lower = t.toLowerCase().replace(/’/g, "'");
  if (EN_LABELS.has(lower) || EN_LABELS.has(lower.replace(EN_PREFIX, ''))) return true;
  return EN_FILL.test(lower) && lower.split(/\s+/).length >= 2;
}

/** HTML element names: `<br>`, `<div>` in a body are markup, not blanks. */
const HTML_TAGS = new Set(
  'a abbr b big blockquote body br center code div em font h1 h2 h3 h4 h5 h6 head hr html i img li link meta ol p pre s small span strong style sub sup table tbody td th thead title tr u ul'.split(
    ' ',
  ),
);

const BRACKET = /\[([^[\]\r\n]{1,60})\]|【([^【】\r\n]{1,60})】/g;
const SNIPPET = /\$\{\d+(?::[^{}\r\n]*|\|[^{}\r\n]*\|)?\}|\$\d(?!\d|[.,]\d)/g;
const ANGLE = /<([A-Za-z\u3400-\u9fff][A-Za-z0-9\u3400-\u9fff _-]{0,40})>/g;
const MUSTACHE = /\{\{[^{}\r\n]{1,40}\}\}/g;
const XXX =
  /(?<![A-Za-z0-9])(?:X{3,}|x{3,}|X{2}(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])X{2}|×{2,})(?![A-Za-z0-9])/g;
const ITEM_TEXT = [ITEM_PLACEHOLDER.zh, ITEM_PLACEHOLDER.en, '（待補充）'];

/**
 * Every blank in `text[from, to)` (not counting empty list items, which need the list:
 * see `emptyItems`). Sorted by start; no two overlap. `snippet`: the file holds snippet syntax
 * (`${1:…}`) elsewhere, so a bare `$1` is a tab stop even where it could be a price.
 */
export function findBlanks(
  text: string,
  from = 0,
  to = text.length,
  options: { snippet?: boolean } = {},
): Blank[] {
  const slice = text.slice(from, to);
  const out: Blank[] = [];
  const add = (start: number, end: number, kind: BlankKind) =>
    out.push({ start: from + start, end: from + end, kind, text: slice.slice(start, end) });
  for (const m of slice.matchAll(BRACKET)) {
    const inner = m[1] ?? m[2]!;
    // `[link text](url)` is Markdown, not a blank.
    if (slice[m.index + m[0].length] === '(') continue;
    if (isBlankLabel(inner)) add(m.index, m.index + m[0].length, 'label');
  }
  for (const p of ITEM_TEXT) {
    for (let i = slice.indexOf(p); i >= 0; i = slice.indexOf(p, i + p.length)) add(i, i + p.length, 'item');
  }
  for (const m of slice.matchAll(SNIPPET)) {
    if (m[0].startsWith('${') || options.snippet || bareTabStop(slice, m.index, m[0].length))
      add(m.index, m.index + m[0].length, 'snippet');
  }
  for (const m of slice.matchAll(ANGLE)) {
    const inner = m[1]!.trim();
    if (inner !== m[1] || HTML_TAGS.has(inner.toLowerCase())) continue;
    add(m.index, m.index + m[0].length, 'angle');
  }
  for (const m of slice.matchAll(MUSTACHE)) add(m.index, m.index + m[0].length, 'mustache');
  for (const m of slice.matchAll(XXX)) add(m.index, m.index + m[0].length, 'xxx');
  // A line (or list item) holding nothing but an ellipsis.
  for (const m of slice.matchAll(
    /^[ \t]*(?:(?:\d{1,2}[.)、]|[①-⑳]|[一二三四五六七八九十]+、|[-*•])[ \t]*)?(…+|\.{3,})[ \t]*$/gmu,
  )) {
    const at = m.index + m[0].indexOf(m[1]!);
    add(at, at + m[1]!.length, 'ellipsis');
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Blank[] = [];
  for (const b of out) if (!kept.length || b.start >= kept[kept.length - 1]!.end) kept.push(b);
  return kept;
}

/**
 * `$1` is a snippet tab stop, not a price, when nothing number-like surrounds it: at the end of a
 * line, before CJK text or another tab stop, or right after CJK text or a line start.
 */
function bareTabStop(text: string, at: number, length: number): boolean {
  const before = text[at - 1] ?? '\n';
  const after = text[at + length] ?? '\n';
  if (/[A-Za-z0-9]/.test(before)) return false;
  // `Dear $1,` / `Hi $2`: a name's place, not a price.
  if (/(?:^|[^A-Za-z])(?:dear|hi|hello|hey)\s+$/i.test(text.slice(Math.max(0, at - 8), at))) return true;
  if (/[\r\n$}]/.test(after) || /[\u3400-\u9fff，。！？、：]/u.test(after)) return true;
  return /[\r\n\u3400-\u9fff]/u.test(before) && !/\s/.test(after);
}

/** True when a file holds snippet syntax (`${1:…}`, `${2|a,b|}`, `${3}`): a template pasted unexpanded. */
export function hasSnippetSyntax(source: string): boolean {
  return /\$\{\d+(?::|\||\})/.test(source);
}
