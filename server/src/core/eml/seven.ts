import { decodeWith, type UnitToByte } from './charset';

/*
 * Two 7-bit charsets that the WHATWG Encoding standard (and so the decoding library) does not
 * decode: HZ-GB-2312 (RFC 1843, old Chinese mail and Usenet) and UTF-7 (RFC 2152, old Outlook
 * and some web mailers). Both are small state machines; each returns the text with a map from
 * every UTF-16 unit back to the byte it came from.
 */

export type SevenBit = 'hz-gb-2312' | 'utf-7';

/** The 7-bit charset a label names, or null. */
export function sevenBitCharset(label: string | null | undefined): SevenBit | null {
  const l = (label ?? '')
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (l === 'hz-gb-2312' || l === 'hz' || l === 'hz-gb2312' || l === 'x-hz') return 'hz-gb-2312';
  if (l === 'utf-7' || l === 'utf7' || l === 'x-utf-7' || l === 'unicode-1-1-utf-7') return 'utf-7';
  return null;
}

/** `starts[u]` and `ends[u]` are the bytes unit `u` came from. */
class RangeMap implements UnitToByte {
  constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly end: number,
  ) {}
  unitToByte(unit: number, ceil: boolean): number {
    if (unit <= 0) return 0;
    const n = this.starts.length;
    if (unit >= n) return this.end;
    return ceil ? this.ends[unit - 1]! : this.starts[unit]!;
  }
}

class Out {
  private parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  /** `text` came from the bytes at `byte`, each unit `width` bytes long, `step` bytes after the last. */
  add(text: string, byte: number, width = 1, step = 0): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(byte + i * step);
      this.ends.push(byte + i * step + width);
    }
  }
  done(end: number): { text: string; map: UnitToByte } {
    return {
      text: this.parts.join(''),
      map: new RangeMap(Int32Array.from(this.starts), Int32Array.from(this.ends), end),
    };
  }
}

/** HZ: ASCII, `~{` … `~}` around GB2312 in 7-bit pairs, `~~` for a tilde, `~` + line break to join lines. */
export function decodeHz(bytes: Uint8Array): { text: string; map: UnitToByte } {
  const out = new Out();
  const n = bytes.length;
  let i = 0;
  let gb = false;
  while (i < n) {
    const b = bytes[i]!;
    if (b === 0x7e) {
      const c = bytes[i + 1];
      if (!gb && c === 0x7e) {
        out.add('~', i, 2);
        i += 2;
      } else if (!gb && c === 0x7b) {
        gb = true;
        i += 2;
      } else if (gb && c === 0x7d) {
        gb = false;
        i += 2;
      } else if (!gb && c === 0x0a) i += 2;
      else if (!gb && c === 0x0d) i += bytes[i + 2] === 0x0a ? 3 : 2;
      else {
        out.add('~', i);
        i++;
      }
      continue;
    }
    if (gb && b >= 0x21 && b <= 0x7d && (bytes[i + 1] ?? 0) >= 0x21 && (bytes[i + 1] ?? 0) <= 0x7e) {
      // a run of pairs, decoded at once: every GB2312 pair is one BMP character
      const start = i;
      const buf: number[] = [];
      while (
        i + 1 < n &&
        bytes[i]! >= 0x21 &&
        bytes[i]! <= 0x7d &&
        bytes[i + 1]! >= 0x21 &&
        bytes[i + 1]! <= 0x7e
      ) {
        buf.push(bytes[i]! | 0x80, bytes[i + 1]! | 0x80);
        i += 2;
      }
      const t = decodeWith('gbk', Uint8Array.from(buf));
      if (t.length === buf.length / 2) out.add(t, start, 2, 2);
      else
        for (let k = 0; k < buf.length; k += 2)
          out.add(decodeWith('gbk', Uint8Array.from(buf.slice(k, k + 2))), start + k, 2);
      continue;
    }
    if (b === 0x0a || b === 0x0d) gb = false; // a line break ends GB mode
    out.add(String.fromCharCode(b < 0x80 ? b : 0xfffd), i);
    i++;
  }
  return out.done(n);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(128).fill(-1);
for (let k = 0; k < B64.length; k++) B64_VALUE[B64.charCodeAt(k)] = k;

/** UTF-7: ASCII, `+` … `-` around modified base64 of UTF-16, `+-` for a plus sign. */
export function decodeUtf7(bytes: Uint8Array): { text: string; map: UnitToByte } {
  const out = new Out();
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b !== 0x2b) {
      out.add(String.fromCharCode(b < 0x80 ? b : 0xfffd), i);
      i++;
      continue;
    }
    if (bytes[i + 1] === 0x2d) {
      out.add('+', i, 2);
      i += 2;
      continue;
    }
    // a shifted run
    let j = i + 1;
    let bits = 0;
    let acc = 0;
    let unitStart = j;
    while (j < n && bytes[j]! < 128 && B64_VALUE[bytes[j]!]! >= 0) {
      if (bits === 0) unitStart = j;
      acc = ((acc << 6) | B64_VALUE[bytes[j]!]!) & 0xffffff;
      bits += 6;
      j++;
      if (bits >= 16) {
        bits -= 16;
        out.add(String.fromCharCode((acc >> bits) & 0xffff), unitStart, j - unitStart);
        unitStart = j;
      }
    }
    if (j < n && bytes[j] === 0x2d) j++; // the `-` that ends the run is absorbed
    i = j;
  }
  return out.done(n);
}
