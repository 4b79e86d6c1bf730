/*
 * Transfer decoding (quoted-printable, base64, identity) that keeps a map from decoded bytes to
 * source bytes. The map is a list of runs, not characters: a run maps `a` decoded bytes to `c`
 * source bytes per atomic unit — literal text 1:1 (exact), a run of `=XX` escapes 1:3 (atomic
 * per escape), a run of base64 quanta 3:4 (atomic per quantum). Soft line breaks and skipped
 * characters are gaps in the source; the decoded side is contiguous.
 */

export class TransferMap {
  private ds: number[] = [];
  private ss: number[] = [];
  private se: number[] = [];
  private a: number[] = [];
  private c: number[] = [];
  length = 0;

  /** Adds `count` decoded bytes mapping to `[sStart, sEnd)`, `a` decoded to `c` source bytes per unit. */
  add(dStart: number, sStart: number, sEnd: number, a: number, c: number): void {
    const n = this.ds.length - 1;
    // extend the previous run when it is contiguous and alike
    if (n >= 0 && this.a[n] === a && this.c[n] === c && this.se[n] === sStart && this.ds[n]! <= dStart) {
      const prevLen = dStart - this.ds[n]!;
      if (this.se[n]! - this.ss[n]! === (prevLen / a) * c) {
        this.se[n] = sEnd;
        return;
      }
    }
    this.ds.push(dStart);
    this.ss.push(sStart);
    this.se.push(sEnd);
    this.a.push(a);
    this.c.push(c);
  }

  private find(d: number, end: boolean): number {
    let lo = 0;
    let hi = this.ds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const x = this.ds[mid]!;
      if (end ? x < d : x <= d) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Maps decoded `[start, end)` to source bytes; `literal` when every run it touches is literal. */
  map(start: number, end: number): { start: number; end: number; literal: boolean } {
    if (this.ds.length === 0) return { start: 0, end: 0, literal: false };
    const r0 = this.find(start, false);
    const s = Math.min(
      this.se[r0]!,
      this.ss[r0]! + Math.floor((start - this.ds[r0]!) / this.a[r0]!) * this.c[r0]!,
    );
    if (end <= start) return { start: s, end: s, literal: this.a[r0] === 1 && this.c[r0] === 1 };
    const r1 = this.find(end, true);
    const e = Math.min(
      this.se[r1]!,
      this.ss[r1]! + Math.ceil((end - this.ds[r1]!) / this.a[r1]!) * this.c[r1]!,
    );
    let literal = true;
    for (let r = r0; r <= r1 && literal; r++) if (this.a[r] !== 1 || this.c[r] !== 1) literal = false;
    return { start: Math.min(s, e), end: Math.max(s, e), literal };
  }
}

export interface Decoded {
  bytes: Uint8Array;
  map: TransferMap;
  /** Damaged sequences (broken `=` escapes, base64 garbage). */
  bad: number;
  /** Source byte offset of the first damage, or -1. */
  firstBad: number;
}

/** 7bit/8bit/binary: the body as it is. */
export function decodeIdentity(src: Uint8Array, start: number, end: number): Decoded {
  const map = new TransferMap();
  map.add(0, start, end, 1, 1);
  map.length = end - start;
  return { bytes: src.subarray(start, end), map, bad: 0, firstBad: -1 };
}

function hex(b: number): number {
  if (b >= 48 && b <= 57) return b - 48;
  if (b >= 65 && b <= 70) return b - 55;
  if (b >= 97 && b <= 102) return b - 87;
  return -1;
}

/**
 * Quoted-printable (RFC 2045 §6.7): `=XX` is one byte, `=` before a line break is a soft break
 * (removed), anything else is literal. A broken `=` sequence is kept literally and counted.
 * Line breaks are kept as they are.
 */
export function decodeQuotedPrintable(src: Uint8Array, start: number, end: number): Decoded {
  const out = new Uint8Array(end - start);
  const map = new TransferMap();
  let o = 0;
  let bad = 0;
  let firstBad = -1;
  let i = start;
  let litStart = start; // start of the current literal run in the source
  let litOut = 0;
  const flush = (to: number) => {
    if (to > litStart) map.add(litOut, litStart, to, 1, 1);
  };
  while (i < end) {
    const eq = src.indexOf(61, i);
    const stop = eq < 0 || eq >= end ? end : eq;
    // literal bytes up to the next `=`
    if (stop > i) {
      out.set(src.subarray(i, stop), o);
      o += stop - i;
      i = stop;
    }
    if (i >= end) break;
    // at `=`
    const h1 = i + 1 < end ? hex(src[i + 1]!) : -1;
    const h2 = i + 2 < end ? hex(src[i + 2]!) : -1;
    if (h1 >= 0 && h2 >= 0) {
      flush(i);
      // a run of escapes is one map entry
      const runStart = i;
      const runOut = o;
      out[o++] = (h1 << 4) | h2;
      i += 3;
      while (i + 2 < end && src[i] === 61) {
        const a = hex(src[i + 1]!);
        const b = a >= 0 ? hex(src[i + 2]!) : -1;
        if (b < 0) break;
        out[o++] = (a << 4) | b;
        i += 3;
      }
      map.add(runOut, runStart, i, 1, 3);
      litStart = i;
      litOut = o;
      continue;
    }
    // soft line break: `=`, optional white space, then a line break or the end
    let j = i + 1;
    while (j < end && (src[j] === 32 || src[j] === 9)) j++;
    if (j >= end || src[j] === 10 || src[j] === 13) {
      flush(i);
      if (j < end && src[j] === 13) j++;
      if (j < end && src[j] === 10 && src[j - 1] !== 10) j++;
      i = j;
      litStart = i;
      litOut = o;
      continue;
    }
    // broken escape: keep the `=` literally
    bad++;
    if (firstBad < 0) firstBad = i;
    out[o++] = 61;
    i++;
  }
  flush(end);
  map.length = o;
  if (o === 0) map.add(0, start, start, 1, 1);
  return { bytes: out.subarray(0, o), map, bad, firstBad };
}

const B64 = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++)
  B64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;
B64[45] = 62; // `-` and `_` (URL-safe alphabet), seen in the wild
B64[95] = 63;

/**
 * Base64, per 4-character quantum (the finest the encoding allows). White space is skipped;
 * other characters outside the alphabet are skipped and counted; `=` ends a quantum.
 */
export function decodeBase64(src: Uint8Array, start: number, end: number): Decoded {
  const out = new Uint8Array(Math.ceil(((end - start) * 3) / 4) + 3);
  const map = new TransferMap();
  let o = 0;
  let bad = 0;
  let firstBad = -1;
  let q = 0;
  let acc = 0;
  let qStart = -1;
  let padded = false;
  const emit = (qEnd: number) => {
    // q sextets collected: 4 → 3 bytes, 3 → 2, 2 → 1, 1 → nothing (damage)
    const n = q === 4 ? 3 : q === 3 ? 2 : q === 2 ? 1 : 0;
    if (q === 1) {
      bad++;
      if (firstBad < 0) firstBad = qStart;
    }
    if (n > 0) {
      const v = acc << (6 * (4 - q));
      out[o] = (v >> 16) & 255;
      if (n > 1) out[o + 1] = (v >> 8) & 255;
      if (n > 2) out[o + 2] = v & 255;
      map.add(o, qStart, qEnd, n, qEnd - qStart);
      o += n;
    }
    q = 0;
    acc = 0;
    qStart = -1;
  };
  for (let i = start; i < end; i++) {
    const b = src[i]!;
    const v = B64[b]!;
    if (v >= 0) {
      if (padded) padded = false;
      if (q === 0) qStart = i;
      acc = (acc << 6) | v;
      q++;
      if (q === 4) emit(i + 1);
    } else if (b === 61) {
      if (q > 0) {
        // consume the rest of the padding of this quantum
        let j = i;
        let pads = 0;
        while (j < end && pads < 4 - q && (src[j] === 61 || src[j] === 10 || src[j] === 13)) {
          if (src[j] === 61) pads++;
          j++;
        }
        emit(j);
        i = j - 1;
        padded = true;
      }
    } else if (b !== 10 && b !== 13 && b !== 32 && b !== 9) {
      bad++;
      if (firstBad < 0) firstBad = i;
    }
  }
  if (q > 0) emit(end);
  map.length = o;
  if (o === 0) map.add(0, start, start, 1, 1);
  return { bytes: out.subarray(0, o), map, bad, firstBad };
}
