import { type FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import type { Draft } from '../core/draft';
import type { Span } from '../core/types';
import { type CoreView, toRange } from './convert';

/**
 * Folding that the grammar's markers cannot give: the front matter (its two fences are the same
 * line), each multi-line message, quoted and forwarded blocks, the e-mail header block, every
 * MIME part and the signature. Ranges are whole lines, as LSP folding is.
 */
export function foldingRanges(view: CoreView, draft: Draft): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (span: Span, kind?: FoldingRangeKind) => {
    if (span.end <= span.start) return;
    const r = toRange(view, span.start, span.end);
    if (r.end.line > r.start.line)
      out.push({ startLine: r.start.line, endLine: r.end.line, ...(kind ? { kind } : {}) });
  };
  const fromBody = (s: Span) => {
    const m = draft.body.toSource(s.start, s.end);
    return { start: m.start, end: m.end };
  };
  if (draft.kind === 'msg') {
    if (draft.frontMatter) add(draft.frontMatter.span, FoldingRangeKind.Region);
    for (const m of draft.messages) if (!m.quoted) add(m);
  } else {
    add(draft.headerSpan, FoldingRangeKind.Imports);
    for (const p of draft.parts) if (p.path !== '') add(p.span, FoldingRangeKind.Region);
  }
  for (const q of draft.quoted) add(fromBody(q), FoldingRangeKind.Comment);
  if (draft.signature) add(fromBody(draft.signature), FoldingRangeKind.Comment);
  // One range per start line (the editor keeps only one anyway), outermost first.
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out.filter((r, i) => i === 0 || out[i - 1]!.startLine !== r.startLine);
}
