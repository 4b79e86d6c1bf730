import type { TextEdit } from '../core';

/**
 * Minimal edits (core offsets into `before`) that turn `before` into `after`: the common prefix
 * and suffix are trimmed, the rest is diffed by lines (Myers) and each changed run of lines is
 * trimmed again to the characters that differ. Falls back to one edit when the middle is large.
 */
export function diffText(before: string, after: string, maxLines = 5000): TextEdit[] {
  if (before === after) return [];
  let pre = 0;
  const min = Math.min(before.length, after.length);
  while (pre < min && before.charCodeAt(pre) === after.charCodeAt(pre)) pre++;
  let suf = 0;
  while (
    suf < min - pre &&
    before.charCodeAt(before.length - 1 - suf) === after.charCodeAt(after.length - 1 - suf)
  )
    suf++;
  // Widen to whole lines so the line diff sees complete lines.
  const start = lineStart(before, pre);
  const endB = lineEnd(before, before.length - suf);
  const endA = after.length - (before.length - endB);
  const a = splitKeep(before.slice(start, endB));
  const b = splitKeep(after.slice(start, endA));
  if (a.length + b.length > maxLines) return [trimmed(before, after, pre, suf)];
  const edits: TextEdit[] = [];
  for (const op of myers(a, b)) {
    const posA = start + sum(a, 0, op.aStart);
    const posB = start + sum(b, 0, op.bStart);
    const oldText = before.slice(posA, posA + sum(a, op.aStart, op.aEnd));
    const newText = after.slice(posB, posB + sum(b, op.bStart, op.bEnd));
    edits.push(trimEdit(posA, oldText, newText));
  }
  return edits;
}

function trimmed(before: string, after: string, pre: number, suf: number): TextEdit {
  return trimEdit(0, before, after, pre, suf);
}

/** The edit replacing `oldText` at `at` by `newText`, trimmed to what differs (never inside a surrogate pair). */
function trimEdit(at: number, oldText: string, newText: string, knownPre = 0, knownSuf = 0): TextEdit {
  let p = knownPre;
  const min = Math.min(oldText.length, newText.length);
  while (p < min && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  if (p > 0 && isHigh(oldText.charCodeAt(p - 1))) p--;
  let s = knownSuf;
  while (
    s < min - p &&
    oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)
  )
    s++;
  if (s > 0 && isLow(oldText.charCodeAt(oldText.length - s))) s--;
  return { start: at + p, end: at + oldText.length - s, newText: newText.slice(p, newText.length - s) };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function lineStart(text: string, i: number): number {
  let k = i;
  while (k > 0 && text[k - 1] !== '\n' && text[k - 1] !== '\r') k--;
  return k;
}

function lineEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length && text[k] !== '\n' && text[k] !== '\r') k++;
  if (text[k] === '\r') k++;
  if (text[k] === '\n') k++;
  return k;
}

/** Lines with their line breaks kept, so lengths add up to the text. */
function splitKeep(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

function sum(lines: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += lines[i]!.length;
  return n;
}

interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Myers' O(ND) diff of two line arrays, as hunks of changed lines. */
function myers(a: readonly string[], b: readonly string[]): Hunk[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[max + k - 1]! < v[max + k + 1]!) ? v[max + k + 1]! : v[max + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  trace.push(v.slice());
  // Walk back to collect the matching diagonals, then turn the gaps between them into hunks.
  const matches: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[max + k - 1]! < vd[max + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[max + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      matches.push([x, y]);
    }
    if (d > 0) {
      x = prevX;
      y = prevY;
    }
  }
  while (x > 0 && y > 0 && a[x - 1] === b[y - 1]) {
    x--;
    y--;
    matches.push([x, y]);
  }
  matches.reverse();
  const hunks: Hunk[] = [];
  let ia = 0;
  let ib = 0;
  for (const [ma, mb] of [...matches, [n, m] as [number, number]]) {
    if (ma > ia || mb > ib) hunks.push({ aStart: ia, aEnd: ma, bStart: ib, bEnd: mb });
    ia = ma + 1;
    ib = mb + 1;
  }
  return hunks;
}
