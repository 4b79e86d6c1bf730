import type { Finding, TextEdit } from '../types';

/**
 * Applies edits to a text. Edits must not overlap; an edit that overlaps (or, for insertions,
 * touches) an earlier one is skipped and counted, never merged: a fix edits only its own span.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { output: string; skipped: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  let lastEnd = -1;
  let lastWasInsert = false;
  let skipped = 0;
  for (const e of sorted) {
    const isInsert = e.start === e.end;
    if (e.start < 0 || e.end > text.length || e.start > e.end) {
      skipped++;
      continue;
    }
    if (e.start < lastEnd || (e.start === lastEnd && (isInsert || lastWasInsert))) {
      skipped++;
      continue;
    }
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
    lastEnd = e.end;
    lastWasInsert = isInsert;
  }
  return { output: out + text.slice(pos), skipped };
}

/** True when two sets of edits would touch the same characters. */
function conflicts(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  for (const x of a)
    for (const y of b) {
      if (x.start < y.end && y.start < x.end) return true;
      if (x.start === y.start) return true;
      if ((x.start === x.end || y.start === y.end) && (x.start === y.end || y.start === x.end)) return true;
    }
  return false;
}

/**
 * Chooses the preferred fix of each finding, skipping any whose edits conflict with a fix
 * already chosen (they are picked up by the next pass of `fixAll`).
 */
export function chooseFixes(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[][] = [];
  for (const f of findings) {
    const fix = f.fixes[0];
    if (!fix || fix.edits.length === 0) continue;
    if (chosen.some((c) => conflicts(c, fix.edits))) continue;
    chosen.push(fix.edits);
  }
  return chosen.flat();
}
