import {
  type Diagnostic,
  DiagnosticSeverity,
  type TextEdit as LspTextEdit,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ActiveSeverity, Finding, TextEdit } from '../core';

/**
 * A document as the core sees it: the editor's text without a byte-order mark. `base` is added
 * to every core offset to get an offset of the editor's text (1 when the editor kept a BOM).
 */
export interface CoreView {
  doc: TextDocument;
  base: number;
  text: string;
}

export function coreView(doc: TextDocument): CoreView {
  const full = doc.getText();
  const base = full.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { doc, base, text: base ? full.slice(1) : full };
}

/** Core offsets → an LSP range (UTF-16 positions, computed by the editor's own line rules). */
export function toRange(view: CoreView, start: number, end: number): Range {
  return { start: view.doc.positionAt(view.base + start), end: view.doc.positionAt(view.base + end) };
}

export function toLspEdits(view: CoreView, edits: readonly TextEdit[]): LspTextEdit[] {
  return [...edits]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((e) => ({ range: toRange(view, e.start, e.end), newText: e.newText }));
}

const SEVERITY: Record<ActiveSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries back to code actions: the version it was computed for and its finding. */
export interface DiagnosticData {
  version: number;
  index: number;
}

export function toDiagnostic(view: CoreView, finding: Finding, index: number, version: number): Diagnostic {
  const d: Diagnostic = {
    range: toRange(view, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    source: 'cordial',
    code: finding.ruleId,
    codeDescription: { href: finding.docUrl },
    message: finding.message,
    data: { version, index } satisfies DiagnosticData,
  };
  if (finding.related.length)
    d.relatedInformation = finding.related.map((r) => ({
      location: { uri: view.doc.uri, range: toRange(view, r.start, r.end) },
      message: r.message,
    }));
  return d;
}

export function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
