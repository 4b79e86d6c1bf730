import type { Position } from '../../core';
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
