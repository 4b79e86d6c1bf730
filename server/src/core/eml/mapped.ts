import type { MappedSpan, Span } from '../types';
import type { TextView } from '../view';
import type { UnitToByte } from './charset';
import type { TransferMap } from './transfer';

/** Source text and the map from its UTF-8 bytes to its UTF-16 offsets. */
export interface SourceMap {
  readonly source: string;
  byteToUnit(byte: number, ceil?: boolean): number;
}

const ABOUT_MAX = 200;

function inexact(start: number, end: number, about: string): MappedSpan {
  return {
    start,
    end,
    exact: false,
    about: about.length > ABOUT_MAX ? about.slice(0, ABOUT_MAX) + '…' : about,
  };
}

/**
 * A view built from runs: text `[ts[i], ts[i+1])` maps to the target range `[ss[i], se[i])`,
 * linearly when `lit[i]` (the text is the target's text) and atomically otherwise. The target is
 * the source itself or an inner view (an HTML part's decoded markup).
 */
/**
 * A zero-width position (where a fix would insert text) is exact only when the characters on
 * both sides map exactly: an insertion inside encoded or legacy-charset text would be written
 * in the wrong encoding.
 */
function zeroWidth(view: TextView, at: number): MappedSpan {
  const left = at > 0 ? view.toSource(at - 1, at) : null;
  const right = at < view.text.length ? view.toSource(at, at + 1) : null;
  if (!left && !right) return inexact(0, 0, '');
  const pos = left ? left.end : right!.start;
  const exact = (left?.exact ?? true) && (right?.exact ?? true);
  return exact ? { start: pos, end: pos, exact: true } : inexact(pos, pos, '');
}

export class MappedView implements TextView {
  private readonly ts: number[] = [];
  private readonly ss: number[] = [];
  private readonly se: number[] = [];
  private readonly lit: boolean[] = [];
  private parts: string[] = [];
  private len = 0;
  private built: string | null = null;

  constructor(
    private readonly fallback: Span,
    private readonly inner: TextView | null = null,
  ) {}

  /** Appends `text` mapping to target `[s, e)`. */
  push(text: string, s: number, e: number, literal: boolean): void {
    if (text.length === 0) return;
    this.ts.push(this.len);
    this.ss.push(s);
    this.se.push(e);
    this.lit.push(literal && e - s === text.length);
    this.parts.push(text);
    this.len += text.length;
    this.built = null;
  }

  get length(): number {
    return this.len;
  }

  /** Drops the text after `n` units (trimming trailing white space). */
  truncate(n: number): void {
    const t = this.text.slice(0, n);
    while (this.ts.length && this.ts[this.ts.length - 1]! >= n) {
      this.ts.pop();
      this.ss.pop();
      this.se.pop();
      this.lit.pop();
    }
    this.parts = [t];
    this.len = n;
    this.built = t;
  }

  get text(): string {
    if (this.built === null) {
      this.built = this.parts.join('');
      this.parts = [this.built];
    }
    return this.built;
  }

  lastChar(): number {
    return this.len ? this.text.charCodeAt(this.len - 1) : -1;
  }

  private find(x: number, end: boolean): number {
    let lo = 0;
    let hi = this.ts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const v = this.ts[mid]!;
      if (end ? v < x : v <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  toSource(start: number, end: number): MappedSpan {
    if (this.ts.length === 0) return inexact(this.fallback.start, this.fallback.end, '');
    const a = Math.max(0, Math.min(start, this.len));
    const b = Math.max(a, Math.min(end, this.len));
    if (b === a && this.len > 0) return zeroWidth(this, a);
    const r0 = this.find(a, false);
    const s = this.lit[r0] ? Math.min(this.se[r0]!, this.ss[r0]! + (a - this.ts[r0]!)) : this.ss[r0]!;
    let e: number;
    let literal = this.lit[r0]!;
    if (b === a) e = s;
    else {
      const r1 = this.find(b, true);
      e = this.lit[r1] ? this.ss[r1]! + (b - this.ts[r1]!) : this.se[r1]!;
      for (let r = r0; r <= r1 && literal; r++) if (!this.lit[r]) literal = false;
      // a literal range that crosses runs is exact only when the runs are adjacent in the target
      for (let r = r0; r < r1 && literal; r++) if (this.se[r] !== this.ss[r + 1]) literal = false;
    }
    const about = this.text.slice(a, b);
    if (this.inner) {
      const m = this.inner.toSource(s, Math.max(s, e));
      return literal && m.exact ? m : inexact(m.start, m.end, about);
    }
    return literal ? { start: s, end: Math.max(s, e), exact: true } : inexact(s, Math.max(s, e), about);
  }
}

/**
 * The view of a decoded part: text → (charset map) → decoded bytes → (transfer map) → source
 * bytes → source UTF-16. Exact where the transfer runs are literal and the source shows the same
 * characters (a UTF-8 or ASCII literal run).
 */
export class ChainView implements TextView {
  constructor(
    readonly text: string,
    private readonly charset: UnitToByte,
    private readonly transfer: TransferMap,
    private readonly src: SourceMap,
  ) {}

  toSource(start: number, end: number): MappedSpan {
    const a = Math.max(0, Math.min(start, this.text.length));
    const b = Math.max(a, Math.min(end, this.text.length));
    if (b === a && this.text.length > 0) return zeroWidth(this, a);
    const bs = this.charset.unitToByte(a, false);
    const be = b === a ? bs : this.charset.unitToByte(b, true);
    const t = this.transfer.map(bs, Math.max(bs, be));
    const us = this.src.byteToUnit(t.start, false);
    const ue = t.end === t.start ? us : this.src.byteToUnit(t.end, true);
    const about = this.text.slice(a, b);
    if (t.literal && this.src.source.slice(us, ue) === about) return { start: us, end: ue, exact: true };
    return inexact(us, ue, about);
  }
}
