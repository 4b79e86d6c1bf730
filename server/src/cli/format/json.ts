import type { Position } from '../../core';
import type { DraftContext } from '../../core/draft';
import type { FileResult } from '../check';

export interface JsonRange {
  start: Position;
  end: Position;
}

export interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  range: JsonRange;
  fixes: { title: string; edits: { range: JsonRange; newText: string }[] }[];
}

export interface JsonFile {
  file: string;
  /** How Cordial read the draft (formats.md, "Context"); null when the file could not be read. */
  context: DraftContext | null;
  diagnostics: JsonDiagnostic[];
}

/** One entry per file (files without findings too); zero-based lines, UTF-16 characters. */
export function toJson(results: readonly FileResult[]): JsonFile[] {
  return results.map(({ target, findings, lines, context }) => {
    const range = (start: number, end: number): JsonRange => ({
      start: lines.positionAt(start),
      end: lines.positionAt(end),
    });
    return {
      file: target.display,
      context: context
        ? {
            reply: context.reply,
            forward: context.forward,
            internal: context.internal,
            relation: context.relation,
            firstContact: context.firstContact,
            evidence: [...context.evidence],
          }
        : null,
      diagnostics: findings.map((f) => ({
        rule: f.ruleId,
        severity: f.severity,
        message: f.message,
        range: range(f.start, f.end),
        fixes: f.fixes.map((fix) => ({
          title: fix.title,
          edits: fix.edits.map((e) => ({ range: range(e.start, e.end), newText: e.newText })),
        })),
      })),
    };
  });
}

export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(toJson(results), null, 2)}\n`;
}
