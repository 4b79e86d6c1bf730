import type { Position } from '../../core';
import type { DraftContext } from '../../core/draft';
import type { FileResult } from '../check';
import { LazyArray, LazyObject, streamJson } from './stream';

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

/**
 * The JSON report in pieces, each diagnostic made as it is written: one entry per file (files
 * without findings too); zero-based lines, UTF-16 characters.
 */
export function* streamJsonReport(results: readonly FileResult[]): Generator<string> {
  yield* streamJson(
    new LazyArray(function* () {
      for (const r of results) {
        const lines = r.lines;
        const range = (start: number, end: number): JsonRange => ({
          start: lines.positionAt(start),
          end: lines.positionAt(end),
        });
        yield new LazyObject({
          file: r.target.display,
          context: r.context
            ? {
                reply: r.context.reply,
                forward: r.context.forward,
                internal: r.context.internal,
                relation: r.context.relation,
                firstContact: r.context.firstContact,
                evidence: [...r.context.evidence],
              }
            : null,
          diagnostics: new LazyArray(function* () {
            for (const f of r.findings)
              yield {
                rule: f.ruleId,
                severity: f.severity,
                message: f.message,
                range: range(f.start, f.end),
                fixes: f.fixes.map((fix) => ({
                  title: fix.title,
                  edits: fix.edits.map((e) => ({ range: range(e.start, e.end), newText: e.newText })),
                })),
              } satisfies JsonDiagnostic;
          }),
        });
      }
    }),
  );
  yield '\n';
}

export function formatJson(results: readonly FileResult[]): string {
  return [...streamJsonReport(results)].join('');
}
