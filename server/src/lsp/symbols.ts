import { type DocumentSymbol, type Range, SymbolKind } from 'vscode-languageserver';
import type { Draft, EmlDraft, Locale, MimePart, MsgDraft } from '../core';
import { type CoreView, toRange } from './convert';
import { t } from './strings';

/** The outline of a draft: front matter and numbered messages, or headers and the MIME tree. */
export function documentSymbols(view: CoreView, draft: Draft, locale: Locale): DocumentSymbol[] {
  return draft.kind === 'msg' ? msgSymbols(view, draft, locale) : emlSymbols(view, draft, locale);
}

function msgSymbols(view: CoreView, draft: MsgDraft, locale: Locale): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const fm = draft.frontMatter;
  if (fm) {
    const children: DocumentSymbol[] = [];
    const content = draft.source.slice(fm.contentSpan.start, fm.contentSpan.end);
    const re = /^([\w.-]+)[ \t]*:[ \t]*(.*)$/gm;
    for (let m = re.exec(content); m; m = re.exec(content)) {
      const start = fm.contentSpan.start + m.index;
      const range = toRange(view, start, start + m[0].length);
      children.push({
        name: m[1]!,
        detail: short(m[2]!.replace(/\r$/, ''), 40),
        kind: SymbolKind.Property,
        range,
        selectionRange: toRange(view, start, start + m[1]!.length),
      });
    }
    const range = toRange(view, fm.span.start, fm.span.end);
    out.push({
      name: t('frontMatter', locale),
      kind: SymbolKind.Module,
      range,
      selectionRange: toRange(view, fm.span.start, Math.min(fm.span.end, fm.span.start + 3)),
      children,
    });
  }
  for (const m of draft.messages) {
    const firstLine = m.text.split(/\r\n?|\n/).find((l) => l.trim()) ?? '';
    let words = short(firstLine.replace(/\s+/g, ' ').trim(), 40);
    if (!words) words = t('emptyMessage', locale);
    const lineEnd = m.start + (/\r|\n/.exec(m.text)?.index ?? m.text.length);
    // The number goes in the detail: a message that starts with its own list number
    // ("1. 质量稳定…") would otherwise read "3. 1. 质量稳定…".
    const number = t('messageNumber', locale, { n: m.index + 1 });
    const symbol: DocumentSymbol = {
      name: words,
      detail: m.quoted ? `${number} · ${t('quoted', locale)}` : number,
      kind: SymbolKind.String,
      range: toRange(view, m.start, m.end),
      selectionRange: toRange(view, m.start, lineEnd),
    };
    out.push(symbol);
  }
  return out;
}

function emlSymbols(view: CoreView, draft: EmlDraft, locale: Locale): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  if (draft.headers.length) {
    const headerRange = toRange(view, draft.headerSpan.start, draft.headerSpan.end);
    out.push({
      name: t('headers', locale),
      kind: SymbolKind.Namespace,
      range: headerRange,
      selectionRange: toRange(view, draft.headerSpan.start, draft.headers[0]!.nameSpan.end),
      children: draft.headers.map((h) => ({
        name: h.name,
        detail: short(h.value.replace(/\s+/g, ' ').trim(), 60),
        kind: SymbolKind.Field,
        range: toRange(view, h.span.start, h.span.end),
        selectionRange: toRange(view, h.nameSpan.start, h.nameSpan.end),
      })),
    });
  }
  // `parts` is depth-first with depths: rebuild the tree with a stack.
  const stack: { depth: number; symbol: DocumentSymbol }[] = [];
  for (const part of draft.parts) {
    const symbol = partSymbol(view, part, locale);
    while (stack.length && stack[stack.length - 1]!.depth >= part.depth) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.symbol.children ??= [];
      parent.symbol.children.push(symbol);
    } else out.push(symbol);
    stack.push({ depth: part.depth, symbol });
  }
  return out;
}

function partSymbol(view: CoreView, part: MimePart, locale: Locale): DocumentSymbol {
  const range = toRange(view, part.span.start, part.span.end);
  const details = [part.filename, part.charset, part.isAttachment ? t('attachment', locale) : null].filter(
    (x): x is string => !!x,
  );
  const selection =
    part.headerSpan.start >= part.span.start && part.headerSpan.end <= part.span.end
      ? toRange(view, part.headerSpan.start, part.headerSpan.end)
      : range;
  return {
    name: part.filename ? `${part.contentType} — ${part.filename}` : part.contentType,
    detail: details.join(' · '),
    kind: part.isAttachment ? SymbolKind.File : SymbolKind.Object,
    range,
    selectionRange: emptyIfInverted(selection),
  };
}

function emptyIfInverted(r: Range): Range {
  const after =
    r.end.line > r.start.line || (r.end.line === r.start.line && r.end.character >= r.start.character);
  return after ? r : { start: r.start, end: r.start };
}

/** At most `max` code points, with an ellipsis when cut (at a space, when one is near). */
function short(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  let head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  if (chars[max - 1] !== ' ' && space > head.length / 2) head = head.slice(0, space);
  return `${head.trimEnd()}…`;
}
