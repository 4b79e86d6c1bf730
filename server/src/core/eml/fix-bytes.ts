import { TextDecoder } from '@exodus/bytes/encoding.js';
import { createMultibyteEncoder } from '@exodus/bytes/multi-byte.js';
import { createSinglebyteEncoder } from '@exodus/bytes/single-byte.js';
import type { Draft, MimePart } from '../draft';
import type { Finding, TextEdit } from '../types';
import { resolveCharset, Utf8Map } from './charset';

/*
 * Fixes on a file's bytes (the CLI's `--fix` of an e-mail): each fix edit, made on the text, is
 * placed on the bytes and its new text encoded in the charset of the part it falls in — UTF-8
 * outside legacy parts, the part's own charset (GBK, Big5, Shift_JIS …) inside one — or refused
 * when that cannot be done exactly. A UTF-8 character is never written into a GB2312 body.
 */

/** A fix that was not applied, and the charset that refused it. */
export interface RefusedFix {
  ruleId: string;
  charset: string;
}

/** Bytes as a string of char codes 0–255 (so the string-based fixer can edit bytes). */
export function bytesToBinary(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192)
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]));
  return parts.join('');
}

export function binaryToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const utf8 = new TextEncoder();
type Encoder = (s: string) => Uint8Array;
const encoders = new Map<string, Encoder | null>();
const fatalDecoders = new Map<string, InstanceType<typeof TextDecoder>>();

function encoderFor(name: string): Encoder | null {
  if (encoders.has(name)) return encoders.get(name)!;
  let e: Encoder | null = null;
  try {
    const cs = resolveCharset(name);
    // ISO-2022-JP is stateful (escape sequences): a spliced edit could change what follows.
    if (cs?.kind === 'multi' && cs.name !== 'iso-2022-jp') e = createMultibyteEncoder(cs.name);
    else if (cs?.kind === 'single') e = createSinglebyteEncoder(cs.name);
  } catch {
    e = null;
  }
  encoders.set(name, e);
  return e;
}

function fatalDecode(name: string, bytes: Uint8Array): string | null {
  let d = fatalDecoders.get(name);
  if (!d) {
    d = new TextDecoder(name, { fatal: true, ignoreBOM: true });
    fatalDecoders.set(name, d);
  }
  try {
    return d.decode(bytes);
  } catch {
    return null;
  }
}

/** The innermost leaf part whose body holds [start, end], or null (headers, or across parts). */
function partAt(parts: readonly MimePart[], start: number, end: number): MimePart | null {
  let best: MimePart | null = null;
  for (const p of parts)
    if (p.bodySpan.start <= start && end <= p.bodySpan.end && (!best || p.depth > best.depth)) best = p;
  return best;
}

/**
 * The findings of a draft parsed from `bytes`, with each preferred fix's edits moved to byte
 * offsets in `bytes` (new text as a binary string of the encoded bytes); a fix that cannot be
 * placed exactly is dropped and listed in `refused`.
 */
export function fixesOnBytes(
  findings: readonly Finding[],
  draft: Draft,
  bytes: Uint8Array,
  refused: RefusedFix[],
): Finding[] {
  let map: Utf8Map | null = null;
  const parts = draft.kind === 'eml' ? draft.parts : [];
  const source = draft.source;
  const place = (e: TextEdit): TextEdit | string => {
    map ??= new Utf8Map(bytes);
    const part = partAt(parts, e.start, e.end);
    const label = part?.charset ?? null;
    const cs = resolveCharset(label);
    const encoded =
      part && (part.transferEncoding === 'quoted-printable' || part.transferEncoding === 'base64');
    if (encoded) return part.transferEncoding;
    const bs = map.unitToByte(e.start, false);
    const be = map.unitToByte(e.end, true);
    if (!cs || cs.kind === 'utf-8') {
      // Only where the text is what the bytes say: no undecodable byte at or beside the edit.
      const around = source.slice(Math.max(0, e.start - 1), e.end + 1);
      if (around.includes('\uFFFD') && !e.newText.includes('\uFFFD')) return label ?? 'utf-8';
      return { start: bs, end: be, newText: bytesToBinary(utf8.encode(e.newText)) };
    }
    const enc = encoderFor(cs.name);
    if (!enc) return label ?? cs.name;
    let newBytes: Uint8Array;
    try {
      newBytes = enc(e.newText);
    } catch {
      return label ?? cs.name; // a character the charset has no code for
    }
    // The edit must fall on character boundaries of the part's charset: decoding the line(s) it
    // touches in three pieces must give the same text as decoding them whole. A line break is
    // always a boundary in these charsets.
    let ls = bs;
    while (ls > 0 && bytes[ls - 1] !== 0x0a) ls--;
    let le = be;
    while (le < bytes.length && bytes[le] !== 0x0a) le++;
    const whole = fatalDecode(cs.name, bytes.subarray(ls, le));
    const a = fatalDecode(cs.name, bytes.subarray(ls, bs));
    const b = fatalDecode(cs.name, bytes.subarray(bs, be));
    const c = fatalDecode(cs.name, bytes.subarray(be, le));
    if (whole === null || a === null || b === null || c === null || a + b + c !== whole)
      return label ?? cs.name;
    return { start: bs, end: be, newText: bytesToBinary(newBytes) };
  };
  return findings.map((f) => {
    const fix = f.fixes[0];
    if (!fix) return f;
    const edits: TextEdit[] = [];
    for (const e of fix.edits) {
      const placed = place(e);
      if (typeof placed === 'string') {
        refused.push({ ruleId: f.ruleId, charset: placed });
        return { ...f, fixes: [] };
      }
      edits.push(placed);
    }
    return { ...f, fixes: [{ ...fix, edits }] };
  });
}

/**
 * For fixes on text (the editor's fix-all): drops the preferred fix of a finding whose edit would
 * put non-ASCII text into a part declared in another charset than UTF-8 — the text would be
 * saved as UTF-8 under a GB2312 or Big5 label, and the reader would see mojibake.
 */
export function charsetSafeFixes(findings: readonly Finding[], draft: Draft): Finding[] {
  if (draft.kind !== 'eml') return findings as Finding[];
  const legacy = draft.parts.filter((p) => p.charset && resolveCharset(p.charset)?.kind !== 'utf-8');
  if (legacy.length === 0) return findings as Finding[];
  return findings.map((f) => {
    const fix = f.fixes[0];
    if (!fix) return f;
    const bad = fix.edits.some(
      (e) =>
        /[^\u0000-\u007f]/.test(e.newText) &&
        partAt(draft.parts, e.start, e.end)?.charset &&
        legacy.includes(partAt(draft.parts, e.start, e.end)!),
    );
    return bad ? { ...f, fixes: [] } : f;
  });
}
