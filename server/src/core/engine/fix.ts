import type { Finding, TextEdit } from '../types';

/**
 * Applies edits to a text. Edits must not overlap; an edit that overlaps (or, for insertions,
 * touches) an earlier one is skipped and counted, never merged: a fix edits only its own span.
 * One sort and one pass; the output is joined once (no repeated concatenation).
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { output: string; skipped: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
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
    parts.push(text.slice(pos, e.start), e.newText);
    pos = e.end;
    lastEnd = e.end;
    lastWasInsert = isInsert;
  }
  if (parts.length === 0) return { output: text, skipped };
  parts.push(text.slice(pos));
  return { output: parts.join(''), skipped };
}

/** True when two edits would touch the same characters (or an insertion touches the other). */
function clash(x: TextEdit, y: TextEdit): boolean {
  if (x.start < y.end && y.start < x.end) return true;
  if (x.start === y.start) return true;
  return (x.start === x.end || y.start === y.end) && (x.start === y.end || y.start === x.end);
}

/**
 * Chooses the preferred fix of each finding, in the findings' order, skipping any whose edits
 * conflict with a fix already chosen (they are picked up by the next pass of `fixAll`).
 *
 * O(n log n) in edits: every candidate edit is ranked once by (start, end); the chosen edits never
 * clash, so they are ordered by start and by end alike, and a candidate can only clash with its
 * nearest chosen neighbours in rank order, found in a Fenwick tree of chosen ranks.
 */
export function chooseFixes(
  findings: readonly Finding[],
  accept: (finding: Finding) => boolean = () => true,
): TextEdit[] {
  const fixes: TextEdit[][] = [];
  for (const f of findings) {
    const fix = f.fixes[0];
    if (fix && fix.edits.length > 0 && accept(f)) fixes.push(fix.edits);
  }
  const all: TextEdit[] = fixes.flat();
  const n = all.length;
  if (n === 0) return [];
  const order = all
    .map((_, i) => i)
    .sort((a, b) => all[a]!.start - all[b]!.start || all[a]!.end - all[b]!.end || a - b);
  const rank = new Map<TextEdit, number>();
  order.forEach((idx, r) => {
    if (!rank.has(all[idx]!)) rank.set(all[idx]!, r + 1);
  });
  const tree = new Int32Array(n + 1);
  const byRank: (TextEdit | undefined)[] = new Array(n + 1);
  let log = 1;
  while (log * 2 <= n) log *= 2;
  const add = (r: number, d: number) => {
    for (let i = r; i <= n; i += i & -i) tree[i]! += d;
  };
  const count = (r: number) => {
    let s = 0;
    for (let i = r; i > 0; i -= i & -i) s += tree[i]!;
    return s;
  };
  /** The rank of the k-th chosen edit (1-based), or 0. */
  const kth = (k: number) => {
    let pos = 0;
    for (let step = log; step > 0; step >>= 1) {
      const next = pos + step;
      if (next <= n && tree[next]! < k) {
        pos = next;
        k -= tree[next]!;
      }
    }
    return pos + 1 <= n ? pos + 1 : 0;
  };
  let chosenCount = 0;
  const clashesWithChosen = (e: TextEdit, r: number) => {
    if (chosenCount === 0) return false;
    const before = count(r);
    if (before > 0 && clash(byRank[kth(before)]!, e)) return true;
    if (before < chosenCount && clash(byRank[kth(before + 1)]!, e)) return true;
    return false;
  };
  const chosen: TextEdit[] = [];
  for (const edits of fixes) {
    // Each edit goes in as it is checked, so the edits of one fix are checked against each other too.
    let placed = 0;
    for (const e of edits) {
      const r = rank.get(e)!;
      if (byRank[r] === e || clashesWithChosen(e, r)) break;
      byRank[r] = e;
      add(r, 1);
      chosenCount++;
      placed++;
    }
    if (placed === edits.length) {
      chosen.push(...edits);
      continue;
    }
    for (let i = 0; i < placed; i++) {
      const r = rank.get(edits[i]!)!;
      byRank[r] = undefined;
      add(r, -1);
      chosenCount--;
    }
  }
  return chosen;
}
