/**
 * Per-draft suppressions as text: where a draft's `disable` entries are (for reporting unused
 * ones at their source), and the edit that adds one ("Disable <rule> for this draft"). Pure:
 * edits are core source offsets, written with the draft's own line breaks.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, parseDocument, type YAMLMap } from 'yaml';
import type { Draft, EmlDraft, MsgDraft } from '../draft';
import type { Span, TextEdit } from '../types';

/** One rule ID a draft disables, and where it is written. */
export interface DisableEntry {
  ruleId: string;
  span: Span;
  /** `front-matter` (`cordial: { disable: [...] }`) or `header` (`X-Cordial-Disable:`). */
  source: 'front-matter' | 'header';
}

/** Every rule ID the draft disables, in source order, with its span. */
export function disableEntries(draft: Draft): DisableEntry[] {
  if (draft.blocked) return [];
  return draft.kind === 'msg' ? msgEntries(draft) : emlEntries(draft);
}

/**
 * The edits that switch `ruleId` off for this draft only: the front matter's
 * `cordial: { disable: [...] }` (created, or extended, keeping what is there) or the e-mail's
 * `X-Cordial-Disable:` header. `[]` when the rule is already disabled; null when the draft
 * cannot be edited safely (binary, broken front matter, an unexpected `cordial` value).
 */
export function disableForDraft(draft: Draft, ruleId: string): TextEdit[] | null {
  if (draft.blocked) return null;
  if (draft.disabled.includes(ruleId)) return [];
  return draft.kind === 'msg' ? disableInMsg(draft, ruleId) : disableInEml(draft, ruleId);
}

// ---------------------------------------------------------------- .msg

interface YamlFacts {
  /** The front matter's YAML text and its offset in the source. */
  text: string;
  base: number;
  cordial: Pair<Node, Node | null> | null;
  root: YAMLMap | null;
}

function yamlOf(draft: MsgDraft): YamlFacts | null {
  const fm = draft.frontMatter;
  if (!fm) return null;
  const text = draft.source.slice(fm.contentSpan.start, fm.contentSpan.end);
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length) return null;
  const root = isMap(doc.contents) ? (doc.contents as YAMLMap) : null;
  if (doc.contents !== null && !root) return null;
  return { text, base: fm.contentSpan.start, cordial: root ? pairOf(root, 'cordial') : null, root };
}

function pairOf(map: YAMLMap, key: string): Pair<Node, Node | null> | null {
  for (const p of map.items as Pair<Node, Node | null>[])
    if (isScalar(p.key) && p.key.value === key) return p;
  return null;
}

const isNull = (n: Node | null | undefined): boolean => !n || (isScalar(n) && n.value === null);

function msgEntries(draft: MsgDraft): DisableEntry[] {
  const y = yamlOf(draft);
  if (!y?.cordial || !isMap(y.cordial.value)) return [];
  const list = pairOf(y.cordial.value as YAMLMap, 'disable')?.value;
  const out: DisableEntry[] = [];
  const entry = (ruleId: string, start: number, end: number) =>
    out.push({ ruleId, span: { start: y.base + start, end: y.base + end }, source: 'front-matter' });
  if (isSeq(list)) {
    for (const item of list.items as Node[])
      if (isScalar(item) && typeof item.value === 'string' && item.range)
        entry(item.value, item.range[0], item.range[1]);
  } else if (isScalar(list) && typeof list.value === 'string' && list.range) {
    // `disable: tone/emoticon, structure/message-budget` — each ID where it is written.
    let at = list.range[0];
    for (const id of list.value.split(/[\s,]+/).filter(Boolean)) {
      const i = y.text.indexOf(id, at);
      if (i < 0 || i >= list.range[1]) break;
      entry(id, i, i + id.length);
      at = i + id.length;
    }
  }
  return out;
}

function disableInMsg(draft: MsgDraft, ruleId: string): TextEdit[] | null {
  const eol = draft.eol;
  const line = `cordial: { disable: [${ruleId}] }`;
  if (!draft.frontMatter) {
    // A `---` first line without front matter is broken front matter: not ours to rewrite.
    if (/^---[ \t]*(?:\r\n|\r|\n|$)/.test(draft.source)) return null;
    return [{ start: 0, end: 0, newText: `---${eol}${line}${eol}---${eol}` }];
  }
  const y = yamlOf(draft);
  if (!y) return null;
  const at = (offset: number, newText: string): TextEdit[] => [
    { start: y.base + offset, end: y.base + offset, newText },
  ];
  const fm = draft.frontMatter;
  if (!y.cordial) {
    if (fm.contentSpan.start === fm.contentSpan.end)
      return [{ start: fm.contentSpan.start, end: fm.contentSpan.start, newText: `${line}${eol}` }];
    return [{ start: fm.contentSpan.end, end: fm.contentSpan.end, newText: `${eol}${line}` }];
  }
  const settings = y.cordial.value;
  if (isNull(settings)) return at(afterColon(y.text, y.cordial), ` { disable: [${ruleId}] }`);
  if (!isMap(settings)) return null;
  const map = settings as YAMLMap;
  const disable = pairOf(map, 'disable');
  if (!disable) {
    const items = map.items as Pair<Node, Node | null>[];
    if (map.flow) {
      if (!items.length) return [{ ...span(y, map), newText: `{ disable: [${ruleId}] }` }];
      return at(pairEnd(items[items.length - 1]!), `, disable: [${ruleId}]`);
    }
    const first = items[0]!;
    const indent = y.text.slice(lineStart(y.text, first.key.range![0]), first.key.range![0]);
    return at(lineEnd(y.text, pairEnd(items[items.length - 1]!)), `${eol}${indent}disable: [${ruleId}]`);
  }
  const list = disable.value;
  if (isNull(list)) return at(afterColon(y.text, disable), ` [${ruleId}]`);
  if (isSeq(list)) {
    const items = list.items as Node[];
    if (list.flow) {
      if (!items.length) return at(list.range![0] + 1, ruleId);
      return at(items[items.length - 1]!.range![1], `, ${ruleId}`);
    }
    const last = items[items.length - 1]!;
    const ls = lineStart(y.text, last.range![0]);
    const indent = /^[ \t]*/.exec(y.text.slice(ls))![0];
    return at(lineEnd(y.text, last.range![1]), `${eol}${indent}- ${ruleId}`);
  }
  if (isScalar(list) && typeof list.value === 'string') {
    const ids = [...list.value.split(/[\s,]+/).filter(Boolean), ruleId];
    return [{ ...span(y, list), newText: `[${ids.join(', ')}]` }];
  }
  return null;
}

function span(y: YamlFacts, node: Node): Span {
  return { start: y.base + node.range![0], end: y.base + node.range![1] };
}

function pairEnd(p: Pair<Node, Node | null>): number {
  return p.value?.range && !isNull(p.value) ? p.value.range[1] : p.key.range![1];
}

/** Just after the `:` that follows a pair's key. */
function afterColon(text: string, p: Pair<Node, Node | null>): number {
  const i = text.indexOf(':', p.key.range![1]);
  return i < 0 ? p.key.range![1] : i + 1;
}

function lineStart(text: string, i: number): number {
  return Math.max(text.lastIndexOf('\n', i - 1), text.lastIndexOf('\r', i - 1)) + 1;
}

function lineEnd(text: string, i: number): number {
  let e = i;
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
  return e;
}

// ---------------------------------------------------------------- .eml

const HEADER = 'x-cordial-disable';

function emlEntries(draft: EmlDraft): DisableEntry[] {
  const out: DisableEntry[] = [];
  for (const h of draft.headers) {
    if (h.key !== HEADER) continue;
    const re = /[^\s,;]+/g;
    for (let m = re.exec(h.value); m; m = re.exec(h.value)) {
      const mapped = h.view.toSource(m.index, m.index + m[0].length);
      out.push({
        ruleId: m[0],
        span: mapped.exact ? { start: mapped.start, end: mapped.end } : h.span,
        source: 'header',
      });
    }
  }
  return out;
}

function disableInEml(draft: EmlDraft, ruleId: string): TextEdit[] {
  const existing = draft.headers.filter((h) => h.key === HEADER).at(-1);
  if (existing) {
    const end = existing.span.end;
    const newText = existing.value.trim()
      ? `, ${ruleId}`
      : /[ \t]$/.test(existing.raw)
        ? ruleId
        : ` ${ruleId}`;
    return [{ start: end, end, newText }];
  }
  const at = draft.headerInsertAt;
  const before = at > 0 ? draft.source[at - 1] : '\n';
  const lead = before === '\n' || before === '\r' ? '' : draft.eol;
  return [{ start: at, end: at, newText: `${lead}X-Cordial-Disable: ${ruleId}${draft.eol}` }];
}
