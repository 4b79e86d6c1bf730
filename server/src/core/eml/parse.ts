import { TextEncoder } from '@exodus/bytes/encoding.js';
import { detectScript } from '../analysis/script';
import { emlContext } from '../context';
import type {
  Address,
  Attachment,
  Block,
  DraftContext,
  DraftInput,
  EmlDraft,
  Header,
  HtmlInfo,
  MimePart,
  ParseProblem,
} from '../draft';
import { dominantEol, LineIndex } from '../lines';
import { detectLang } from '../text/lang';
import { splitParagraphs } from '../text/lines';
import { findQuotedRegions, splitAtQuotes } from '../text/quoted';
import type { Span } from '../types';
import { OpaqueView, SliceView, type TextView } from '../view';
import { parseAddressList } from './address';
import { asciiString, decodeMapped, decodeWith, resolveCharset, Utf8Map } from './charset';
import { htmlText } from './html';
import { ChainView, type SourceMap } from './mapped';
import { decodeHz, decodeUtf7, sevenBitCharset } from './seven';
import { findSignature } from './signature';
import { type Decoded, decodeBase64, decodeIdentity, decodeQuotedPrintable } from './transfer';
import { decodeWords, Pieces, parseParams } from './words';

/*
 * `.eml` drafts: our own MIME splitter over the file's bytes (one line table, boundaries matched
 * on candidate lines only, no recursion), transfer decoders that keep a map back to the file,
 * charsets / HTML from libraries. Never throws on hostile input; caps become `format/mime`
 * problems. See docs: /shared/notes/mime.md.
 */

export const LIMITS = {
  depth: 64,
  parts: 5000,
  headerValue: 65536,
  /** Problems of one kind reported at most. */
  problemsPerKind: 20,
  sniff: 8192,
} as const;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

// ---------------------------------------------------------------- source

interface Src extends SourceMap {
  bytes: Uint8Array;
  map: Utf8Map;
  u(byte: number, ceil?: boolean): number;
}

function makeSource(bytes: Uint8Array, text: string | null): Src {
  const map = new Utf8Map(bytes);
  let source = text ?? decodeWith('utf-8', bytes);
  if (source.length !== map.unitLength) source = decodeWith('utf-8', bytes); // lone surrogates in text
  return {
    bytes,
    map,
    source,
    byteToUnit: (b, ceil = false) => map.byteToUnit(b, ceil),
    u: (b, ceil = false) => map.byteToUnit(b, ceil),
  };
}

/** The file's lines: start byte, content end byte (before the line break). */
class Lines {
  ls: Int32Array;
  le: Int32Array;
  count = 0;
  /** Lines that start with `--` (candidate boundary delimiters). */
  dash: number[] = [];

  constructor(readonly b: Uint8Array) {
    const n = b.length;
    let cap = 1024;
    this.ls = new Int32Array(cap);
    this.le = new Int32Array(cap);
    let pos = 0;
    let nextLf = b.indexOf(10);
    let nextCr = b.indexOf(13);
    while (pos < n) {
      if (nextLf >= 0 && nextLf < pos) nextLf = b.indexOf(10, pos);
      if (nextCr >= 0 && nextCr < pos) nextCr = b.indexOf(13, pos);
      let end: number;
      let next: number;
      if (nextCr >= 0 && (nextLf < 0 || nextCr < nextLf)) {
        end = nextCr;
        next = b[nextCr + 1] === 10 ? nextCr + 2 : nextCr + 1;
      } else if (nextLf >= 0) {
        end = nextLf;
        next = nextLf + 1;
      } else {
        end = n;
        next = n;
      }
      if (this.count === cap) {
        cap *= 2;
        const a = new Int32Array(cap);
        a.set(this.ls);
        this.ls = a;
        const c = new Int32Array(cap);
        c.set(this.le);
        this.le = c;
      }
      this.ls[this.count] = pos;
      this.le[this.count] = end;
      if (b[pos] === 45 && b[pos + 1] === 45) this.dash.push(this.count);
      this.count++;
      pos = next;
    }
  }

  /** Index of the first dash line `>= line`. */
  firstDash(line: number): number {
    let lo = 0;
    let hi = this.dash.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.dash[mid]! < line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// ---------------------------------------------------------------- header blocks

interface Field {
  name: string;
  key: string;
  first: number;
  /** Exclusive. */
  last: number;
  nameEnd: number;
  colon: number;
}

interface HeaderBlock {
  fields: Field[];
  /** First body line, or -1 when the block runs to the end of the part. */
  bodyLine: number;
  /** The blank line ending the block, or -1. */
  blankLine: number;
  noColon: number[];
  /** The body began without a blank line, at this line (or -1). */
  noBlank: number;
  /** Last line consumed as header (-1 when none). */
  lastLine: number;
}

/** The end of a field name at `pos` when the line is `Name:` (optional white space before the colon), else -1. */
function fieldName(b: Uint8Array, pos: number, end: number): { nameEnd: number; colon: number } | null {
  let i = pos;
  while (i < end && i - pos < 256) {
    const c = b[i]!;
    if (c === 58 || c === 32 || c === 9) break;
    if (c < 33 || c > 126) return null;
    i++;
  }
  if (i === pos) return null;
  const nameEnd = i;
  while (i < end && (b[i] === 32 || b[i] === 9)) i++;
  return i < end && b[i] === 58 ? { nameEnd, colon: i } : null;
}

function parseHeaderBlock(L: Lines, l0: number, l1: number, top: boolean): HeaderBlock {
  const b = L.b;
  const hb: HeaderBlock = { fields: [], bodyLine: -1, blankLine: -1, noColon: [], noBlank: -1, lastLine: -1 };
  let cur: Field | null = null;
  const headerish = (i: number) => {
    if (i >= l1) return true;
    const s = L.ls[i]!;
    const e = L.le[i]!;
    return s === e || b[s] === 32 || b[s] === 9 || fieldName(b, s, e) !== null;
  };
  for (let i = l0; i < l1; i++) {
    const s = L.ls[i]!;
    const e = L.le[i]!;
    // a mailbox envelope line (`From sender@host date`, as mbox exports save it) at the very top
    if (top && i === 0 && isEnvelope(b, s, e)) continue;
    if (s === e) {
      hb.blankLine = i;
      hb.bodyLine = i + 1;
      return hb;
    }
    if (b[s] === 32 || b[s] === 9) {
      if (cur) {
        cur.last = i + 1;
        hb.lastLine = i;
        continue;
      }
    } else {
      const f = fieldName(b, s, e);
      if (f) {
        cur = { name: '', key: '', first: i, last: i + 1, nameEnd: f.nameEnd, colon: f.colon };
        cur.name = asciiString(b.subarray(s, f.nameEnd));
        cur.key = cur.name.toLowerCase();
        hb.fields.push(cur);
        hb.lastLine = i;
        continue;
      }
    }
    // not a header line
    if (!top && hb.fields.length === 0) {
      hb.bodyLine = i;
      return hb;
    }
    if (i + 1 < l1 && headerish(i + 1)) {
      hb.noColon.push(i);
      hb.lastLine = i;
      cur = null;
      continue;
    }
    hb.noBlank = i;
    hb.bodyLine = i;
    return hb;
  }
  return hb;
}

/** `From sender@host Mon Nov  3 10:02:00 2026`: the mbox envelope line (no colon after `From`). */
function isEnvelope(b: Uint8Array, s: number, e: number): boolean {
  // F r o m SP, then a non-space
  return (
    e - s > 6 &&
    b[s] === 70 &&
    b[s + 1] === 114 &&
    b[s + 2] === 111 &&
    b[s + 3] === 109 &&
    b[s + 4] === 32 &&
    b[s + 5] !== 32
  );
}

/** The unfolded value of a field as source pieces (capped). */
function fieldPieces(L: Lines, src: Src, f: Field): { pieces: Pieces; raw: string; capped: boolean } {
  const pieces = new Pieces();
  let total = 0;
  let capped = false;
  const chunks: string[] = [];
  for (let i = f.first; i < f.last; i++) {
    const s = i === f.first ? f.colon + 1 : L.ls[i]!;
    let e = L.le[i]!;
    if (total + (e - s) > LIMITS.headerValue) {
      e = s + Math.max(0, LIMITS.headerValue - total);
      capped = true;
    }
    const us = src.u(s);
    const ue = src.u(e, true);
    pieces.add(us, ue);
    chunks.push(src.source.slice(us, ue));
    total += e - s;
    if (capped) break;
  }
  return { pieces, raw: chunks.join(''), capped };
}

function rawValue(L: Lines, src: Src, f: Field): string {
  return fieldPieces(L, src, f).raw.trim();
}

// ---------------------------------------------------------------- parts

interface PartRec {
  part: MimePart;
  /** Body bytes. */
  bodyStart: number;
  bodyEnd: number;
  /** Source span of the Content-Type field (or the part's headers). */
  ctSpan: Span;
  /** A multipart whose parts could not be separated: read as text. */
  asText: boolean;
  leaf: boolean;
}

interface Work {
  l0: number;
  l1: number;
  end: number;
  depth: number;
  path: string;
  digest: boolean;
  /** A child of `multipart/related` (parts of an HTML body: its images). */
  related: boolean;
}

/** Signature and certificate parts, and the images an HTML body embeds (a logo in the signature). */
const SIGNATURE_TYPES =
  /^application\/(?:pkcs7-signature|x-pkcs7-signature|pgp-signature|pkcs7-mime-signature|x-pkcs7-certificates|pkix-cert)$/;
const SIGNATURE_FILES = /^(?:smime\.p7s|signature\.asc|pgp-signature\.asc)$/i;

function notAnAttachment(
  contentType: string,
  filename: string | null,
  contentId: boolean,
  disposition: string | null,
  related: boolean,
): boolean {
  if (SIGNATURE_TYPES.test(contentType) || (filename !== null && SIGNATURE_FILES.test(filename.trim())))
    return true;
  // an image the HTML shows in place (`cid:`), not a file to open
  return (
    contentType.startsWith('image/') &&
    disposition !== 'attachment' &&
    (related || (contentId && disposition === 'inline'))
  );
}

// ---------------------------------------------------------------- the parser

export function parseEml(input: DraftInput): EmlDraft {
  try {
    return parse(input);
  } catch (e) {
    // never throws: a bug here must not take the linter down
    let source = input.text ?? '';
    try {
      if (input.bytes) source = decodeWith('utf-8', input.bytes);
    } catch {
      source = '';
    }
    return blockedDraft(source, [
      {
        ruleId: 'format/internal-error',
        messageId: 'crashed',
        data: { rule: 'eml parser', error: e instanceof Error ? e.message : String(e) },
        span: { start: 0, end: 0 },
      },
    ]);
  }
}

function firstLineSpan(source: string): Span {
  const m = /\r|\n/.exec(source.slice(0, 256));
  return { start: 0, end: Math.min(m ? m.index : source.length, 64) };
}

function parse(input: DraftInput): EmlDraft {
  let bytes: Uint8Array;
  let text: string | null = null;
  if (input.bytes) {
    bytes = input.bytes;
    if (OLE.every((x, i) => bytes[i] === x)) {
      const source = decodeWith('utf-8', bytes);
      return blockedDraft(source, [
        { ruleId: 'format/outlook-binary', messageId: 'outlook', span: firstLineSpan(source) },
      ]);
    }
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    const nul = bytes.subarray(0, LIMITS.sniff).indexOf(0);
    if (nul >= 0) {
      const source = decodeWith('utf-8', bytes);
      return blockedDraft(source, [
        { ruleId: 'format/binary', messageId: 'binary', span: firstLineSpan(source) },
      ]);
    }
  } else {
    text = input.text ?? '';
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (/^(?:\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1|\ufffd\ufffd\u0011\u0871\u001a)/.test(text))
      return blockedDraft(text, [
        { ruleId: 'format/outlook-binary', messageId: 'outlook', span: firstLineSpan(text) },
      ]);
    if (text.slice(0, LIMITS.sniff).includes('\0'))
      return blockedDraft(text, [
        { ruleId: 'format/binary', messageId: 'binary', span: firstLineSpan(text) },
      ]);
    bytes = new TextEncoder().encode(text);
  }

  const src = makeSource(bytes, text);
  const source = src.source;
  const L = new Lines(bytes);
  const problems: ParseProblem[] = [];
  const counts = new Map<string, number>();
  const problem = (ruleId: string, messageId: string, span: Span, data?: Record<string, string | number>) => {
    const k = ruleId + '/' + messageId;
    const c = counts.get(k) ?? 0;
    counts.set(k, c + 1);
    if (c >= LIMITS.problemsPerKind) return;
    const p: ParseProblem = { ruleId, messageId, span };
    if (data) p.data = data;
    problems.push(p);
  };
  const lineSpan = (i: number): Span => ({ start: src.u(L.ls[i]!), end: src.u(L.le[i]!, true) });
  const byteSpan = (s: number, e: number): Span => ({ start: src.u(s), end: src.u(e, true) });
  const n = bytes.length;

  // -------------------------------------------------------------- MIME structure
  const recs: PartRec[] = [];
  let topBlock: HeaderBlock | null = null;
  let topFields: Field[] = [];
  let tooDeep = false;
  const stack: Work[] = [{ l0: 0, l1: L.count, end: n, depth: 0, path: '', digest: false, related: false }];
  while (stack.length) {
    const w = stack.pop()!;
    if (recs.length >= LIMITS.parts) {
      problem('format/mime', 'tooManyParts', recs[0]!.ctSpan, { limit: LIMITS.parts });
      break;
    }
    const top = recs.length === 0;
    const start = w.l0 < w.l1 ? L.ls[w.l0]! : w.end;
    const hb = parseHeaderBlock(L, w.l0, w.l1, top);
    if (top) {
      topBlock = hb;
      topFields = hb.fields;
    }
    for (const i of hb.noColon) problem('format/mime', 'headerNoColon', lineSpan(i));
    if (hb.noBlank >= 0) problem('format/mime', 'noBlankLine', lineSpan(hb.noBlank));
    const headerEnd = hb.lastLine >= 0 ? L.le[hb.lastLine]! : start;
    const bodyStart = hb.bodyLine >= 0 && hb.bodyLine < w.l1 ? L.ls[hb.bodyLine]! : w.end;
    const get = (key: string) => {
      const f = hb.fields.find((x) => x.key === key);
      return f ? { f, v: rawValue(L, src, f) } : null;
    };
    const ctf = get('content-type');
    const ct = parseParams(ctf ? ctf.v : '');
    let contentType = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(ct.value)
      ? ct.value
      : w.digest
        ? 'message/rfc822'
        : 'text/plain';
    if (!ctf && w.digest) contentType = 'message/rfc822';
    const cte = get('content-transfer-encoding');
    const transferEncoding = (cte?.v ?? '7bit').toLowerCase().replace(/[\s"]/g, '') || '7bit';
    const cdf = get('content-disposition');
    const cd = cdf ? parseParams(cdf.v) : null;
    const filename = cd?.params.filename ?? ct.params.name ?? null;
    const disposition = cd?.value || null;
    const ctSpan = ctf
      ? { start: src.u(L.ls[ctf.f.first]!), end: src.u(L.le[ctf.f.last - 1]!, true) }
      : byteSpan(start, headerEnd);
    const multipart = contentType.startsWith('multipart/');
    const part: MimePart = {
      path: w.path,
      depth: w.depth,
      contentType,
      params: ct.params,
      charset: ct.params.charset ?? null,
      transferEncoding,
      disposition,
      filename,
      span: byteSpan(start, w.end),
      headerSpan: byteSpan(start, headerEnd),
      bodySpan: byteSpan(bodyStart, w.end),
      isAttachment:
        !notAnAttachment(contentType, filename, get('content-id') !== null, disposition, w.related) &&
        (disposition === 'attachment' ||
          (!contentType.startsWith('text/') && !multipart && filename !== null)),
    };
    const rec: PartRec = { part, bodyStart, bodyEnd: w.end, ctSpan, asText: false, leaf: !multipart };
    recs.push(rec);
    if (!multipart) continue;
    if (w.depth >= LIMITS.depth) {
      if (!tooDeep) problem('format/mime', 'tooDeep', ctSpan, { limit: LIMITS.depth });
      tooDeep = true;
      rec.leaf = true;
      continue;
    }
    const boundary = ct.params.boundary;
    if (!boundary) {
      problem('format/mime', 'noBoundary', ctSpan);
      rec.asText = true;
      rec.leaf = true;
      continue;
    }
    // delimiter lines within the body
    const bb = new TextEncoder().encode(boundary);
    const delims: number[] = [];
    let closed = -1;
    const bodyLine = hb.bodyLine >= 0 ? hb.bodyLine : w.l1;
    for (let k = L.firstDash(bodyLine); k < L.dash.length; k++) {
      const li = L.dash[k]!;
      if (li >= w.l1) break;
      const s = L.ls[li]! + 2;
      const e = L.le[li]!;
      if (e - s < bb.length) continue;
      let ok = true;
      for (let j = 0; j < bb.length; j++)
        if (bytes[s + j] !== bb[j]) {
          ok = false;
          break;
        }
      if (!ok) continue;
      let p = s + bb.length;
      const close = bytes[p] === 45 && bytes[p + 1] === 45;
      if (close) p += 2;
      while (p < e && (bytes[p] === 32 || bytes[p] === 9)) p++;
      if (p !== e) continue;
      if (close) {
        closed = li;
        break;
      }
      delims.push(li);
    }
    if (delims.length === 0) {
      problem('format/mime', 'missingBoundary', ctSpan, { boundary });
      rec.asText = true;
      rec.leaf = true;
      continue;
    }
    if (closed < 0) problem('format/mime', 'unclosed', ctSpan, { boundary });
    const ends = [...delims.slice(1), closed >= 0 ? closed : -1];
    const children: Work[] = [];
    const digest = contentType === 'multipart/digest';
    const related = contentType === 'multipart/related';
    for (let k = 0; k < delims.length; k++) {
      const l0 = delims[k]! + 1;
      const next = ends[k]!;
      const l1 = next >= 0 ? next : w.l1;
      const end = next >= 0 ? (l1 > l0 ? L.le[l1 - 1]! : L.ls[next]!) : w.end;
      children.push({
        l0,
        l1,
        end,
        depth: w.depth + 1,
        path: w.path ? `${w.path}.${k + 1}` : String(k + 1),
        digest,
        related,
      });
    }
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }

  const root = recs[0]!;
  const tb = topBlock!;

  // -------------------------------------------------------------- top-level headers
  const headers: Header[] = [];
  for (const f of topFields) {
    const { pieces, raw, capped } = fieldPieces(L, src, f);
    const fs = src.u(L.ls[f.first]!);
    const fe = src.u(L.le[f.last - 1]!, true);
    if (capped)
      problem(
        'format/mime',
        'headerTooLong',
        { start: fs, end: src.u(L.le[f.first]!, true) },
        {
          limit: LIMITS.headerValue,
        },
      );
    let a = 0;
    while (a < raw.length && /\s/.test(raw[a]!)) a++;
    let z = raw.length;
    while (z > a && /\s/.test(raw[z - 1]!)) z--;
    const vs = a < raw.length ? pieces.toSrc(a) : fe;
    let value: string;
    let view: TextView;
    if (!raw.includes('=?') && pieces.n.length === 1) {
      value = raw.slice(a, z);
      view = new SliceView(value, vs);
    } else {
      const d = decodeWords(raw, pieces, a, z);
      value = d.text;
      view = d.view.length ? d.view : new SliceView('', vs);
      d.unknown.forEach((label) => {
        problem('format/encoding', 'unknownCharset', { start: vs, end: fe }, { charset: label });
      });
    }
    headers.push({
      name: f.name,
      key: f.key,
      value,
      raw,
      span: { start: fs, end: fe },
      nameSpan: { start: fs, end: src.u(f.nameEnd, true) },
      valueSpan: { start: vs, end: Math.max(vs, fe) },
      view,
    });
  }
  const header = (key: string) => headers.find((h) => h.key === key) ?? null;
  const addresses = (key: string): Address[] =>
    headers.filter((h) => h.key === key).flatMap((h) => parseAddressList(h.raw));

  let headerInsertAt: number;
  if (tb.blankLine >= 0) headerInsertAt = src.u(L.ls[tb.blankLine]!);
  else if (tb.noBlank >= 0) headerInsertAt = src.u(L.ls[tb.noBlank]!);
  else {
    headerInsertAt = source.length;
    const last = tb.lastLine >= 0 ? lineSpan(tb.lastLine) : { start: source.length, end: source.length };
    problem('format/mime', 'noBody', last);
  }
  const headerSpan: Span = { start: 0, end: tb.lastLine >= 0 ? src.u(L.le[tb.lastLine]!, true) : 0 };

  // -------------------------------------------------------------- body
  const decodePart = (rec: PartRec): TextView => {
    const enc = rec.part.transferEncoding;
    let d: Decoded;
    if (enc === 'quoted-printable') d = decodeQuotedPrintable(bytes, rec.bodyStart, rec.bodyEnd);
    else if (enc === 'base64') d = decodeBase64(bytes, rec.bodyStart, rec.bodyEnd);
    else d = decodeIdentity(bytes, rec.bodyStart, rec.bodyEnd);
    if (d.bad > 0)
      problem('format/mime', 'badEncoding', byteSpan(d.firstBad, Math.min(n, d.firstBad + 1)), {
        encoding: enc === 'base64' ? 'base64' : 'quoted-printable',
      });
    const seven = sevenBitCharset(rec.part.charset);
    if (seven) {
      // HZ-GB-2312 and UTF-7 are 7-bit: the bytes are the same whether the editor or the file gave them
      const m = seven === 'utf-7' ? decodeUtf7(d.bytes) : decodeHz(d.bytes);
      return new ChainView(m.text, m.map, d.map, src);
    }
    let cs = resolveCharset(rec.part.charset);
    if (!cs) {
      problem('format/encoding', 'unknownCharset', rec.ctSpan, { charset: rec.part.charset ?? '' });
      cs = resolveCharset('utf-8')!;
    }
    const identity = enc !== 'quoted-printable' && enc !== 'base64';
    // From the editor, an unencoded part is already text: the editor decoded the file (in the
    // part's charset if it was told to, else as UTF-8). Decoding those characters again as GBK
    // or Big5 would garble them, so the text is read as the editor shows it.
    if (identity && (cs.kind === 'utf-8' || input.bytes === undefined)) {
      const us = src.u(rec.bodyStart);
      return new SliceView(source.slice(us, src.u(rec.bodyEnd, true)), us);
    }
    const m = decodeMapped(d.bytes, cs);
    if (m.invalid > 0 && !identity) {
      const t = d.map.map(m.firstInvalid, m.firstInvalid + 1);
      problem('format/encoding', 'invalidUtf8', byteSpan(t.start, t.end), { count: m.invalid });
    }
    return new ChainView(m.text, m.map, d.map, src);
  };

  const leaves = recs.filter((r) => r.leaf);
  const plain = leaves.find((r) => !r.part.isAttachment && (r.part.contentType === 'text/plain' || r.asText));
  const htmlRec = leaves.find((r) => !r.part.isAttachment && r.part.contentType === 'text/html');
  let body: TextView | null = null;
  let bodyPart: MimePart | null = null;
  let bodyFormat: 'plain' | 'html' | 'none' = 'none';
  let html: HtmlInfo | null = null;
  if (htmlRec) {
    const inner = decodePart(htmlRec);
    const h = htmlText(inner, htmlRec.part.bodySpan);
    html = { text: h.view.text, decorations: h.decorations, part: htmlRec.part };
    if (!plain) {
      body = h.view.length ? h.view : new OpaqueView('', htmlRec.part.bodySpan);
      bodyPart = htmlRec.part;
      bodyFormat = 'html';
    }
  }
  if (plain) {
    body = decodePart(plain);
    bodyPart = plain.part;
    bodyFormat = 'plain';
  }
  body ??= new OpaqueView('', root.part.bodySpan);

  // invalid UTF-8 in the file, outside parts that declare a legacy charset or are binary
  if (src.map.invalid > 0) {
    const skip = leaves
      .filter((r) => {
        if (r.part.isAttachment || (!r.part.contentType.startsWith('text/') && !r.asText)) return true;
        const cs = resolveCharset(r.part.charset);
        return cs !== null && cs.kind !== 'utf-8';
      })
      .map((r) => [r.bodyStart, r.bodyEnd] as const);
    // 8-bit header text in a message written in a declared legacy charset is in that charset
    const legacy = leaves.some((r) => {
      if (r.part.isAttachment || !r.part.contentType.startsWith('text/')) return false;
      const cs = resolveCharset(r.part.charset);
      return cs !== null && cs.kind !== 'utf-8';
    });
    if (legacy) skip.push([0, root.bodyStart] as const);
    const counted = src.map.invalidAt.filter((b) => !skip.some(([s, e]) => b >= s && b < e));
    const extra = src.map.invalid - src.map.invalidAt.length;
    if (counted.length > 0) {
      const at = counted[0]!;
      problem(
        'format/encoding',
        'invalidUtf8',
        { start: src.u(at), end: src.u(at) + 1 },
        {
          count: counted.length + Math.max(0, extra),
        },
      );
    }
  }

  // -------------------------------------------------------------- the writer's text
  const bodyText = body.text;
  const quoted = findQuotedRegions(bodyText);
  const signature = findSignature(bodyText, quoted);
  const blocks: Block[] = splitAtQuotes(splitParagraphs(bodyText), quoted).map((p) => ({
    start: p.start,
    end: p.end,
    text: p.text,
    quoted: p.quoted,
    signature: signature !== null && p.start >= signature.start && p.start < signature.end,
  }));
  const subject = header('subject');
  // the writer's own text, sampled (the language of 20,000 characters is clear enough)
  const ownParts: string[] = [];
  let ownLen = 0;
  for (const b of blocks) {
    if (b.quoted || b.signature || ownLen > 20000) continue;
    ownParts.push(b.text.slice(0, 20000));
    ownLen += b.text.length;
  }
  const own = ownParts.join('\n');
  const lang = /[A-Za-z\u3400-\u9fff]/.test(own) ? detectLang(own) : detectLang(subject?.value ?? '');
  const to = addresses('to');
  const from = addresses('from');
  const cc = addresses('cc');
  const context = emlContext({
    subject: subject?.value ?? '',
    inReplyTo: (header('in-reply-to')?.value.trim() ?? '') !== '',
    references: (header('references')?.value.trim() ?? '') !== '',
    relationHeader: header('x-cordial-relation')?.value ?? null,
    from,
    recipients: [...to, ...cc],
    body: bodyText,
    quoted,
  });
  const disabled = headers
    .filter((h) => h.key === 'x-cordial-disable')
    .flatMap((h) => h.value.split(/[\s,;]+/))
    .filter(Boolean);
  const attachments: Attachment[] = recs
    .filter((r) => r.part.isAttachment)
    .map((r) => ({ filename: r.part.filename ?? '', contentType: r.part.contentType, part: r.part }));

  return {
    kind: 'eml',
    source,
    lines: new LineIndex(source),
    body,
    blocks,
    quoted,
    signature,
    lang,
    script: detectScript(/[\u3400-\u9fff]/.test(own) ? own : (subject?.value ?? '')),
    recipientName: to[0]?.name || null,
    firstContact: context.firstContact,
    context,
    disabled,
    problems,
    blocked: false,
    eol: dominantEol(source),
    headers,
    headerSpan,
    headerInsertAt,
    subject,
    from,
    to,
    cc,
    bcc: addresses('bcc'),
    parts: recs.map((r) => r.part),
    attachments,
    bodyPart,
    bodyFormat,
    html,
    unsent: header('x-unsent')?.value.trim() === '1',
    isReply: context.reply || context.forward,
  };
}

const NO_CONTEXT: DraftContext = {
  reply: false,
  forward: false,
  internal: false,
  relation: 'new',
  firstContact: true,
  evidence: [],
};

function blockedDraft(source: string, problems: ParseProblem[]): EmlDraft {
  const empty: Span = { start: 0, end: 0 };
  return {
    kind: 'eml',
    source,
    lines: new LineIndex(source),
    body: new OpaqueView('', empty),
    blocks: [],
    quoted: [],
    signature: null,
    lang: 'en',
    script: 'hans',
    recipientName: null,
    firstContact: true,
    context: NO_CONTEXT,
    disabled: [],
    problems,
    blocked: true,
    eol: dominantEol(source),
    headers: [],
    headerSpan: empty,
    headerInsertAt: 0,
    subject: null,
    from: [],
    to: [],
    cc: [],
    bcc: [],
    parts: [],
    attachments: [],
    bodyPart: null,
    bodyFormat: 'none',
    html: null,
    unsent: false,
    isReply: false,
  };
}
