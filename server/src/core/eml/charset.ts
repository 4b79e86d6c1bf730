import { normalizeEncoding, TextDecoder } from '@exodus/bytes/encoding.js';

/*
 * Charsets: label resolution (WHATWG labels plus the mail labels WHATWG rejects), decoding with
 * `@exodus/bytes`, and maps from decoded UTF-16 back to bytes. One decoder serves both the text
 * and its map, so the two always agree.
 */

/** Mail charset labels the WHATWG Encoding standard does not know, mapped to the encoding meant. */
const ALIASES: Record<string, string> = {
  cp936: 'gbk',
  ms936: 'gbk',
  'windows-936': 'gbk',
  'euc-cn': 'gbk',
  euccn: 'gbk',
  'x-euc-cn': 'gbk',
  gb_2312: 'gbk',
  gb2312_80: 'gbk',
  'gb2312-80': 'gbk',
  'x-gb2312': 'gbk',
  gb: 'gbk',
  cp54936: 'gb18030',
  'gb-18030': 'gb18030',
  cp932: 'shift_jis',
  'windows-932': 'shift_jis',
  'x-ms-cp932': 'shift_jis',
  'shift-jisx0213': 'shift_jis',
  shift_jisx0213: 'shift_jis',
  'x-shift-jis': 'shift_jis',
  'x-sjis-open': 'shift_jis',
  cp950: 'big5',
  ms950: 'big5',
  'windows-950': 'big5',
  'x-big5': 'big5',
  big5hkscs: 'big5',
  cp949: 'euc-kr',
  ms949: 'euc-kr',
  'windows-949': 'euc-kr',
  uhc: 'euc-kr',
  'x-windows-949': 'euc-kr',
  eucjp: 'euc-jp',
  'x-euc': 'euc-jp',
  'iso-2022-jp-1': 'iso-2022-jp',
  'iso-2022-jp-2': 'iso-2022-jp',
  'iso-2022-jp-3': 'iso-2022-jp',
  cp850: 'windows-1252',
  ibm850: 'windows-1252',
  ansi_x3: 'windows-1252',
  'ansi_x3.4-1968': 'windows-1252',
  'ansi_x3.4-1986': 'windows-1252',
  iso646: 'windows-1252',
  'iso-646': 'windows-1252',
  utf: 'utf-8',
  'utf-8n': 'utf-8',
  'x-utf-8': 'utf-8',
  utf8mb4: 'utf-8',
};

const MULTI_BYTE = new Set(['gbk', 'gb18030', 'big5', 'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr']);

export type CharsetKind = 'utf-8' | 'single' | 'multi' | 'utf-16';

export interface Charset {
  /** WHATWG encoding name (`utf-8`, `gbk`, `windows-1252` …). */
  name: string;
  kind: CharsetKind;
}

const UTF8: Charset = { name: 'utf-8', kind: 'utf-8' };

/**
 * Resolves a MIME charset label. `us-ascii` and an absent label read as UTF-8 (hand-written
 * drafts are UTF-8 whatever they declare; ASCII is a subset). Returns null for an unknown label.
 */
export function resolveCharset(label: string | null | undefined): Charset | null {
  if (!label) return UTF8;
  let l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const star = l.indexOf('*'); // RFC 2231 language suffix in encoded words: utf-8*en
  if (star > 0) l = l.slice(0, star);
  if (l === '' || l === 'us-ascii' || l === 'ascii' || l === 'us' || l === 'ansi_x3.4-1968') return UTF8;
  const name = normalizeEncoding(ALIASES[l] ?? l);
  if (!name || name === 'replacement' || name === 'x-user-defined') return null;
  if (name === 'utf-8') return UTF8;
  if (name === 'utf-16le' || name === 'utf-16be') return { name, kind: 'utf-16' };
  return { name, kind: MULTI_BYTE.has(name) ? 'multi' : 'single' };
}

export type Decoder = InstanceType<typeof TextDecoder>;

const decoders = new Map<string, Decoder>();

/** A shared non-fatal decoder that keeps a BOM (so maps stay exact). */
export function decoderFor(name: string): Decoder {
  let d = decoders.get(name);
  if (!d) {
    d = new TextDecoder(name, { ignoreBOM: true });
    decoders.set(name, d);
  }
  return d;
}

export function decodeWith(name: string, bytes: Uint8Array): string {
  try {
    return decoderFor(name).decode(bytes);
  } catch {
    return decoderFor('utf-8').decode(bytes);
  }
}

/** Maps offsets in decoded text (UTF-16) to offsets in the bytes it was decoded from. */
export interface UnitToByte {
  /** `ceil` rounds a unit inside a character to the end of the character's bytes. */
  unitToByte(unit: number, ceil: boolean): number;
}

// ---------------------------------------------------------------- UTF-8

/**
 * An exact UTF-8 map between bytes and the UTF-16 text the WHATWG decoder (replacement mode)
 * makes of them, stored per run: a run is a stretch of characters that each take `k` bytes and
 * `m` units (ASCII 1/1, most CJK 3/1, emoji 4/2; each invalid sequence one U+FFFD). Pure ASCII
 * needs no runs at all.
 */
export class Utf8Map implements UnitToByte {
  /** Run starts (bytes, units) and the run's bytes/units per character. */
  private rb: Int32Array = new Int32Array(16);
  private ru: Int32Array = new Int32Array(16);
  private rk: Uint8Array = new Uint8Array(16);
  private rm: Uint8Array = new Uint8Array(16);
  private runs = 0;
  readonly byteLength: number;
  unitLength = 0;
  /** Number of invalid sequences (each became one U+FFFD). */
  invalid = 0;
  /** Byte offsets of the first invalid sequences (at most 10,000). */
  readonly invalidAt: number[] = [];
  readonly ascii: boolean;

  constructor(bytes: Uint8Array) {
    this.byteLength = bytes.length;
    const n = bytes.length;
    let i = 0;
    while (i < n && bytes[i]! < 0x80) i++;
    this.ascii = i === n;
    if (this.ascii) {
      this.unitLength = n;
      return;
    }
    let u = i;
    let curK = 1;
    let curM = 1;
    this.push(0, 0, 1, 1);
    while (i < n) {
      const b = bytes[i]!;
      if (b < 0x80) {
        const s = i;
        i++;
        while (i < n && bytes[i]! < 0x80) i++;
        if (curK !== 1 || curM !== 1) {
          this.push(s, u, 1, 1);
          curK = 1;
          curM = 1;
        }
        u += i - s;
        continue;
      }
      const s = i;
      let need = 0;
      let lower = 0x80;
      let upper = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) need = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        need = 2;
        if (b === 0xe0) lower = 0xa0;
        else if (b === 0xed) upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3;
        if (b === 0xf0) lower = 0x90;
        else if (b === 0xf4) upper = 0x8f;
      }
      i++;
      let ok = need > 0;
      for (let seen = 0; ok && seen < need; seen++) {
        const c = i < n ? bytes[i]! : -1;
        if (c < lower || c > upper) ok = false;
        else {
          i++;
          lower = 0x80;
          upper = 0xbf;
        }
      }
      const k = i - s;
      const m = ok && need === 3 ? 2 : 1;
      if (!ok) {
        this.invalid++;
        if (this.invalidAt.length < 10000) this.invalidAt.push(s);
      }
      if (k !== curK || m !== curM || !ok) {
        this.push(s, u, k, m);
        // an invalid run never extends: its byte length is not a character's
        curK = ok ? k : 0;
        curM = ok ? m : 0;
      }
      u += m;
    }
    this.unitLength = u;
  }

  private push(b: number, u: number, k: number, m: number): void {
    if (this.runs === this.rb.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const x = new (a.constructor as new (n: number) => T)(a.length * 2);
        x.set(a);
        return x;
      };
      this.rb = grow(this.rb);
      this.ru = grow(this.ru);
      this.rk = grow(this.rk);
      this.rm = grow(this.rm);
    }
    this.rb[this.runs] = b;
    this.ru[this.runs] = u;
    this.rk[this.runs] = k;
    this.rm[this.runs] = m;
    this.runs++;
  }

  private find(arr: Int32Array, x: number): number {
    let lo = 0;
    let hi = this.runs - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (arr[mid]! <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  byteToUnit(byte: number, ceil = false): number {
    if (byte <= 0) return 0;
    if (byte >= this.byteLength) return this.unitLength;
    if (this.ascii) return byte;
    const r = this.find(this.rb, byte);
    const off = byte - this.rb[r]!;
    const k = this.rk[r]!;
    const m = this.rm[r]!;
    const q = Math.floor(off / k);
    return this.ru[r]! + q * m + (ceil && off % k ? m : 0);
  }

  unitToByte(unit: number, ceil = false): number {
    if (unit <= 0) return 0;
    if (unit >= this.unitLength) return this.byteLength;
    if (this.ascii) return unit;
    const r = this.find(this.ru, unit);
    const off = unit - this.ru[r]!;
    const k = this.rk[r]!;
    const m = this.rm[r]!;
    const q = Math.floor(off / m);
    return this.rb[r]! + q * k + (ceil && off % m ? k : 0);
  }
}

// ---------------------------------------------------------------- single-byte

/** Single-byte charsets: one byte, one unit. */
export const IDENTITY: UnitToByte = { unitToByte: (u) => u };

// ---------------------------------------------------------------- multi-byte

/**
 * Legacy multi-byte charsets (GBK, Big5, Shift_JIS …): decoded line by line, so the k-th LF byte
 * is exactly the k-th `\n`; inside a line the map is refined lazily, for a queried offset only,
 * by feeding the decoder byte by byte.
 */
export class LineAnchoredMap implements UnitToByte {
  readonly text: string;
  private readonly lb: number[] = [];
  private readonly lu: number[] = [];
  private cacheLine = -1;
  private cache: Int32Array | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly name: string,
    splitAtLf = true,
  ) {
    const parts: string[] = [];
    let u = 0;
    let s = 0;
    const n = bytes.length;
    while (s <= n) {
      let e = splitAtLf ? bytes.indexOf(10, s) : -1;
      if (e < 0) e = n;
      const t = decodeWith(name, bytes.subarray(s, e));
      this.lb.push(s);
      this.lu.push(u);
      parts.push(t);
      u += t.length;
      if (e >= n) break;
      parts.push('\n');
      u++;
      s = e + 1;
    }
    this.text = parts.join('');
  }

  unitToByte(unit: number, ceil: boolean): number {
    if (unit <= 0) return 0;
    if (unit >= this.text.length) return this.bytes.length;
    let lo = 0;
    let hi = this.lu.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lu[mid]! <= unit) lo = mid;
      else hi = mid - 1;
    }
    const ls = this.lb[lo]!;
    const off = unit - this.lu[lo]!;
    if (off === 0) return ls;
    const next = lo + 1 < this.lb.length ? this.lb[lo + 1]! - 1 : this.bytes.length;
    // at or past the line's end: the LF
    if (unit >= (lo + 1 < this.lu.length ? this.lu[lo + 1]! - 1 : this.text.length)) return next;
    if (next - ls > 100_000) return ceil ? next : ls; // too long to refine: the line
    const produced = this.produced(lo, ls, next);
    // the first byte count after which the decoder has produced at least `off` units
    let a = 0;
    let b = produced.length - 1;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (produced[mid]! >= off) b = mid;
      else a = mid + 1;
    }
    return ls + a;
  }

  private produced(line: number, s: number, e: number): Int32Array {
    if (this.cacheLine === line && this.cache) return this.cache;
    const out = new Int32Array(e - s + 1);
    try {
      const d = new TextDecoder(this.name, { ignoreBOM: true });
      let total = 0;
      for (let i = s; i < e; i++) {
        total += d.decode(this.bytes.subarray(i, i + 1), { stream: true }).length;
        out[i - s + 1] = total;
      }
    } catch {
      for (let i = s; i < e; i++) out[i - s + 1] = i - s + 1;
    }
    this.cacheLine = line;
    this.cache = out;
    return out;
  }
}

/**
 * Decodes bytes in a charset and returns the text with its map back to the bytes.
 */
export function decodeMapped(
  bytes: Uint8Array,
  cs: Charset,
): { text: string; map: UnitToByte; invalid: number; firstInvalid: number } {
  if (cs.kind === 'utf-8') {
    const map = new Utf8Map(bytes);
    const text = map.ascii ? asciiString(bytes) : decodeWith('utf-8', bytes);
    return { text, map, invalid: map.invalid, firstInvalid: map.invalidAt[0] ?? -1 };
  }
  if (cs.kind === 'single')
    return { text: decodeWith(cs.name, bytes), map: IDENTITY, invalid: 0, firstInvalid: -1 };
  const m = new LineAnchoredMap(bytes, cs.name, cs.kind === 'multi');
  return { text: m.text, map: m, invalid: 0, firstInvalid: -1 };
}

/** Bytes < 0x80 as a string, in chunks (fast for large inputs). */
export function asciiString(bytes: Uint8Array): string {
  if (bytes.length < 4096) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  return decodeWith('windows-1252', bytes);
}
