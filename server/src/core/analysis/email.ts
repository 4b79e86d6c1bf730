/**
 * What the `email/*` rules share: the writer's own paragraphs (quoted thread, signature and
 * legal disclaimers excluded), display widths, the subject's place in the source, an
 * attachment's header line, and the places where a fix may add text to a body.
 */
import type { Block, EmlDraft, Header, MimePart } from '../draft';
import { splitLines } from '../text/lines';
import type { MappedSpan, Span } from '../types';

// ---------------------------------------------------------------- disclaimers

/**
 * Legal boilerplate that mail servers and templates append: it mentions attachments and
 * confidentiality but is nobody's writing. Recognised per paragraph.
 */
const DISCLAIMER: RegExp[] = [
  /\b(?:this|the)\s+(?:e-?mail|message|communication|transmission)\b[\s\S]{0,160}\b(?:confidential|privileged|intended\s+(?:solely|only|exclusively)\s+for)/i,
  /\b(?:confidentiality\s+(?:notice|note|statement)|disclaimer|legal\s+notice)\b\s*[:：]/i,
  /\bif\s+you\s+(?:have\s+received\s+this|are\s+not\s+the\s+intended\s+recipient)/i,
  /本(?:邮件|电子邮件|郵件|信息|函)[\s\S]{0,80}(?:保密|机密|機密|仅供|仅限|僅供|专供)/,
  /(?:保密|免责|免責|法律)声明[:：]?/,
  /(?:如果|若|如)(?:您|你)(?:并)?不是(?:本邮件|本郵件|该邮件)?的?(?:指定|预期|预定)?收件人/,
];

export function isDisclaimer(text: string): boolean {
  return DISCLAIMER.some((re) => re.test(text));
}

const ownCache = new WeakMap<EmlDraft, Block[]>();

/** Paragraphs the writer wrote and the reader reads as the message: no quote, signature or disclaimer. */
export function ownBlocks(draft: EmlDraft): Block[] {
  let own = ownCache.get(draft);
  if (!own) {
    own = draft.blocks.filter((b) => !b.quoted && !b.signature && !isDisclaimer(b.text));
    ownCache.set(draft, own);
  }
  return own;
}

/**
 * Where the writer's own text ends (before a quoted thread), in body offsets: the end of the
 * last paragraph that is not quoted, or -1 when the writer wrote nothing.
 */
export function ownTextEnd(draft: EmlDraft): number {
  let end = -1;
  for (const b of draft.blocks) if (!b.quoted && !isDisclaimer(b.text)) end = b.end;
  return end;
}

// ---------------------------------------------------------------- widths

/** Display columns of one code point: East Asian wide and full-width characters (and emoji) take two. */
export function columns(cp: number): number {
  if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x300 && cp <= 0x36f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2;
  return 1;
}

/** Display width of a text in columns (CJK and full-width count double). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += columns(ch.codePointAt(0)!);
  return w;
}

/** The longest prefix of `text` no wider than `max` columns (whole code points). */
export function fitColumns(text: string, max: number): string {
  let w = 0;
  let i = 0;
  for (const ch of text) {
    const c = columns(ch.codePointAt(0)!);
    if (w + c > max) break;
    w += c;
    i += ch.length;
  }
  return text.slice(0, i);
}

// ---------------------------------------------------------------- the subject

/** Reply and forward prefixes, in the languages mail clients write them. */
export const PREFIX_WORD = 're|fwd?|aw|wg|sv|vs|antw|答复|答覆|回复|回覆|转发|转寄|轉寄|轉發';
/** One prefix with its colon and the white space after it: `Re: `, `RE：`, `回复：`, `Re[2]: `. */
export const PREFIX = new RegExp(`(?:${PREFIX_WORD})\\s*(?:\\[\\d+\\])?\\s*[:：]\\s*`, 'iy');

/** The prefixes at the start of a subject: their spans, in value offsets. */
export function subjectPrefixes(value: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < value.length && /\s/.test(value[i]!)) i++;
  for (;;) {
    PREFIX.lastIndex = i;
    const m = PREFIX.exec(value);
    if (!m) break;
    out.push({ start: i, end: i + m[0].length });
    i += m[0].length;
  }
  return out;
}

/**
 * Where a subject finding goes: the exact value range when the value is written as is, else
 * the whole `Subject:` field (an encoded word has no finer place in the source).
 */
export function subjectSpan(header: Header, start = 0, end?: number): MappedSpan {
  const e = end ?? header.value.length;
  const m = header.view.toSource(start, e);
  if (m.exact && e > start) return m;
  return {
    start: header.span.start,
    end: header.span.end,
    exact: m.exact,
    about: header.value.slice(start, e),
  };
}

// ---------------------------------------------------------------- attachments and parts

/** The extension of a file name, lower-cased, without the dot ('' when there is none). */
export function extension(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})\s*$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

/** A file name without its extension. */
export function baseName(name: string): string {
  return name.replace(/\.[A-Za-z0-9]{1,8}\s*$/, '').trim();
}

/**
 * The header field of a part that names it — `Content-Disposition`, else a `Content-Type` with
 * a `name`, else the part's header block, else the part — as a source span.
 */
export function partHeaderSpan(draft: EmlDraft, part: MimePart, prefer: 'disposition' | 'type'): Span {
  const h = part.headerSpan;
  const text = draft.source.slice(h.start, h.end);
  const field = (name: string): Span | null => {
    const re = new RegExp(`^${name}[ \\t]*:.*(?:\\r\\n?|\\n)?(?:[ \\t].*(?:\\r\\n?|\\n)?)*`, 'im');
    const m = re.exec(text);
    if (!m) return null;
    const v = m[0].replace(/[\r\n]+$/, '');
    return { start: h.start + m.index, end: h.start + m.index + v.length };
  };
  const order =
    prefer === 'disposition'
      ? ['Content-Disposition', 'Content-Type']
      : ['Content-Type', 'Content-Disposition'];
  for (const name of order) {
    const s = field(name);
    if (s) return s;
  }
  return h.end > h.start ? h : part.span;
}

// ---------------------------------------------------------------- lines

/** The first line of a body range, trimmed of trailing white space, in body offsets. */
export function firstLineOf(text: string, start: number, end: number): Span {
  let e = start;
  while (e < end && text[e] !== '\n' && text[e] !== '\r') e++;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return { start, end: Math.max(e, Math.min(end, start + 1)) };
}

/** The lines of a body range with text, in body offsets. */
export function linesIn(text: string, span: Span): { start: number; end: number; text: string }[] {
  return splitLines(text)
    .filter((l) => l.start >= span.start && l.end <= span.end && l.text.trim() !== '')
    .map((l) => ({ start: l.start, end: l.end, text: l.text }));
}

/** A line break before the offset (`\r\n`, `\n` or `\r`), its length, or 0. */
export function breakBefore(text: string, at: number): number {
  if (at >= 2 && text[at - 2] === '\r' && text[at - 1] === '\n') return 2;
  if (at >= 1 && (text[at - 1] === '\n' || text[at - 1] === '\r')) return 1;
  return 0;
}

/**
 * True when text can be written into the body as the editor shows it: a plain-text part that is
 * not transfer-encoded and whose charset is UTF-8 (or US-ASCII, for ASCII text), with no HTML
 * copy. Inserting into quoted-printable, base64, a legacy charset or HTML would corrupt the part;
 * and where an HTML alternative exists, most readers see that copy, which a fix of the plain
 * text would leave unchanged. Those fixes are not offered.
 */
export function bodyWritable(draft: EmlDraft, newText: string): boolean {
  const part = draft.bodyPart;
  if (!part || draft.bodyFormat !== 'plain' || draft.html) return false;
  if (!['7bit', '8bit', 'binary'].includes(part.transferEncoding)) return false;
  const cs = (part.charset ?? 'us-ascii').toLowerCase().replace(/["\s]/g, '');
  if (cs === 'utf-8' || cs === 'utf8') return true;
  return (cs === 'us-ascii' || cs === 'ascii') && /^[\x00-\x7f]*$/.test(newText);
}
