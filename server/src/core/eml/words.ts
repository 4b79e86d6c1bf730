import { TextDecoder, TextEncoder } from '@exodus/bytes/encoding.js';
import { type Decoder, decodeWith, resolveCharset } from './charset';
import { MappedView } from './mapped';
import { decodeBase64 } from './transfer';

/*
 * RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?GB2312?Q?…?=`), RFC 2045 parameters with RFC 2231
 * continuations and charsets. Header text is handled as the source shows it (UTF-16); the pieces
 * of a folded field map back to the source line by line.
 */

/** The lines of a folded field as source ranges; their concatenation is the unfolded text. */
export class Pieces {
  readonly u: number[] = [];
  readonly s: number[] = [];
  readonly n: number[] = [];
  private total = 0;

  add(srcStart: number, srcEnd: number): void {
    this.u.push(this.total);
    this.s.push(srcStart);
    this.n.push(srcEnd - srcStart);
    this.total += srcEnd - srcStart;
  }

  private find(i: number, end: boolean): number {
    let lo = 0;
    let hi = this.u.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const v = this.u[mid]!;
      if (end ? v < i : v <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Source offset of unfolded offset `i` (`end`: as the end of a range). */
  toSrc(i: number, end = false): number {
    if (this.u.length === 0) return 0;
    const p = this.find(i, end);
    return this.s[p]! + Math.min(this.n[p]!, i - this.u[p]!);
  }

  /** Pushes unfolded text `[a, b)` as literal runs, one per line it crosses. */
  pushLiteral(view: MappedView, text: string, a: number, b: number): void {
    let i = a;
    while (i < b) {
      const p = this.find(i, false);
      const pe = Math.min(b, this.u[p]! + this.n[p]!);
      if (pe <= i) break;
      view.push(text.slice(i, pe), this.toSrc(i), this.toSrc(pe, true), true);
      i = pe;
    }
  }
}

const WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=/g;
const WS_ONLY = /^[ \t\r\n]*$/;

function wordBytes(enc: string, payload: string): Uint8Array {
  if (enc === 'b' || enc === 'B') {
    const src = new Uint8Array(payload.length);
    for (let i = 0; i < payload.length; i++) src[i] = payload.charCodeAt(i) & 255;
    return decodeBase64(src, 0, src.length).bytes;
  }
  const out = new Uint8Array(payload.length);
  let o = 0;
  for (let i = 0; i < payload.length; i++) {
    const c = payload.charCodeAt(i);
    if (c === 95) out[o++] = 32;
    else if (c === 61 && /^[0-9a-fA-F]{2}$/.test(payload.slice(i + 1, i + 3))) {
      out[o++] = Number.parseInt(payload.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[o++] = c & 255;
  }
  return out.subarray(0, o);
}

function decodesCleanly(name: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(name, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export interface DecodedText {
  text: string;
  view: MappedView;
  /** Charset labels of encoded words that could not be decoded (read as UTF-8). */
  unknown: string[];
  /** Offsets (unfolded) of the encoded words with unknown charsets. */
  unknownAt: number[];
}

/**
 * Decodes the encoded words of `text` (unfolded). Adjacent words (only white space between) of
 * the same charset are joined before charset decoding, since mailers split characters across
 * words; the white space between adjacent words is dropped. With `pieces`, the result maps
 * back to the source: literal text exactly, each encoded word to its own source range.
 */
export function decodeWords(
  text: string,
  pieces: Pieces | null = null,
  from = 0,
  to = text.length,
): DecodedText {
  const view = new MappedView({ start: 0, end: 0 });
  const unknown: string[] = [];
  const unknownAt: number[] = [];
  const lit = (a: number, b: number) => {
    if (b <= a) return;
    if (pieces) pieces.pushLiteral(view, text, a, b);
    else view.push(text.slice(a, b), a, b, true);
  };
  const src = (i: number, end = false) => (pieces ? pieces.toSrc(i, end) : i);
  type W = { start: number; end: number; bytes: Uint8Array };
  let group: W[] = [];
  let groupLabel = '';
  const flush = () => {
    if (group.length === 0) return;
    let cs = resolveCharset(groupLabel);
    if (!cs) {
      unknown.push(groupLabel);
      unknownAt.push(group[0]!.start);
      cs = resolveCharset('utf-8')!;
    }
    const name = cs.name;
    if (group.length === 1) {
      const w = group[0]!;
      view.push(decodeWith(name, w.bytes), src(w.start), src(w.end, true), false);
    } else {
      let dec: Decoder | null = null;
      try {
        dec = new TextDecoder(name, { ignoreBOM: true });
      } catch {
        dec = null;
      }
      for (let k = 0; k < group.length; k++) {
        const w = group[k]!;
        const last = k === group.length - 1;
        let t: string;
        if (dec) {
          t = dec.decode(w.bytes, { stream: !last });
        } else t = decodeWith('utf-8', w.bytes);
        const carry = k > 0 && !decodesCleanly(name, group[k - 1]!.bytes);
        view.push(t, src(carry ? group[k - 1]!.start : w.start), src(w.end, true), false);
      }
    }
    group = [];
  };
  let last = from;
  let prevWordEnd = -1;
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const gap = text.slice(last, m.index);
    const adjacent = prevWordEnd === last && WS_ONLY.test(gap);
    const label = m[1]!.toLowerCase().replace(/\*.*$/, '');
    if (!adjacent || label !== groupLabel) flush();
    if (!adjacent) lit(last, m.index);
    groupLabel = label;
    group.push({ start: m.index, end, bytes: wordBytes(m[2]!, m[3]!) });
    last = end;
    prevWordEnd = end;
  }
  flush();
  lit(last, to);
  return { text: view.text, view, unknown, unknownAt };
}

/** Decodes encoded words in a string with no source behind it (display names, file names). */
export function decodeWordsText(text: string): string {
  return text.includes('=?') ? decodeWords(text).text : text;
}

// ---------------------------------------------------------------- parameters

export interface ParsedValue {
  /** The value before the first `;`, lower-cased (`text/plain`, `attachment`). */
  value: string;
  params: Record<string, string>;
}

function unquote(s: string): string {
  s = s.trim();
  if (s.length >= 2 && s[0] === '"') {
    const end = s.endsWith('"') ? s.length - 1 : s.length;
    return s.slice(1, end).replace(/\\(.)/g, '$1');
  }
  return s;
}

function splitParams(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      cur += c;
      if (c === '\\' && i + 1 < s.length) cur += s[++i];
      else if (c === '"') quoted = false;
    } else if (c === '"') {
      quoted = true;
      cur += c;
    } else if (c === ';') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function percentBytes(s: string, out: number[]): void {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) out.push(c);
    else for (const b of new TextEncoder().encode(s[i]!)) out.push(b);
  }
}

/**
 * Parses `type/subtype; name=value; name*0*=utf-8''%E6…; name*1*=…` (RFC 2045, RFC 2231
 * continuations and charsets). Parameter names are lower-cased; encoded words in values (sent
 * by many mailers though not allowed there) are decoded too.
 */
export function parseParams(raw: string): ParsedValue {
  const items = splitParams(raw);
  const value = (items[0] ?? '')
    .replace(/\([^)]*\)/g, '')
    .trim()
    .toLowerCase();
  const params: Record<string, string> = {};
  const cont = new Map<string, { n: number; ext: boolean; v: string }[]>();
  for (const item of items.slice(1)) {
    const eq = item.indexOf('=');
    if (eq < 0) continue;
    const key = item.slice(0, eq).trim().toLowerCase();
    if (!key) continue;
    const v = unquote(item.slice(eq + 1));
    const m = /^(.*?)\*(\d+)?(\*)?$/.exec(key);
    if (m && (m[2] !== undefined || m[3] !== undefined || key.endsWith('*'))) {
      const base = m[1]!;
      const n = m[2] === undefined ? 0 : Number(m[2]);
      const ext = m[3] !== undefined || (m[2] === undefined && key.endsWith('*'));
      let list = cont.get(base);
      if (!list) {
        list = [];
        cont.set(base, list);
      }
      if (list.length < 1000) list.push({ n, ext, v });
    } else if (!(key in params)) params[key] = v;
  }
  for (const [base, list] of cont) {
    list.sort((a, b) => a.n - b.n);
    let charset = 'utf-8';
    const bytes: number[] = [];
    list.forEach((seg, i) => {
      let v = seg.v;
      if (seg.ext && i === 0) {
        const q = /^([^']*)'[^']*'([\s\S]*)$/.exec(v);
        if (q) {
          charset = q[1] || 'utf-8';
          v = q[2]!;
        }
      }
      if (seg.ext) percentBytes(v, bytes);
      else for (const b of new TextEncoder().encode(v)) bytes.push(b);
    });
    const cs = resolveCharset(charset) ?? resolveCharset('utf-8')!;
    params[base] = decodeWith(cs.name, Uint8Array.from(bytes));
  }
  for (const k of Object.keys(params)) params[k] = decodeWordsText(params[k]!);
  return { value, params };
}
