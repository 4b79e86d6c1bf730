import { splitLines } from '../text/lines';
import type { Span } from '../types';

/** A signature delimiter line (`-- `, RFC 3676; many editors strip the trailing space). */
const SIG_DELIMITER = /^-- ?$/;

/** Closing lines that open a sign-off block. */
const CLOSING =
  /^\s*(?:(?:best|kind|warm|warmest|kindest|many|with best|with kind)\s+(?:regards|wishes|thanks)|best|regards|thanks(?: again| and regards| & regards)?|thank you(?: very much)?|many thanks|sincerely|yours sincerely|sincerely yours|yours truly|yours faithfully|faithfully|cheers|respectfully|all the best|br|rgds|此致|敬礼|此致敬礼|顺祝商祺|顺颂商祺|顺颂时祺|祝商祺|祝好|祝工作顺利|祝一切顺利|谢谢|多谢|感谢|谢谢您|非常感谢|期待您的回复|期待回复|顺祝|敬上|谨上)[\s,，.。!！~～:：]*$/i;

/** At most this many non-blank lines may follow a closing line. */
const MAX_AFTER = 8;
/** Lines of a sign-off block are short: name, title, company, phone, address. */
const MAX_LINE = 80;

/**
 * Finds the signature block of the writer's own text, in `text` offsets: from a `-- ` line to
 * the start of the quoted text (or the end), or else from a closing line (`Best regards,`, `此致`,
 * `谢谢！` …) followed by at most a few short lines. Returns null when there is none.
 */
export function findSignature(text: string, quoted: Span[]): Span | null {
  const lines = splitLines(text);
  const inQuote = (pos: number) => quoted.some((q) => pos >= q.start && pos < q.end);
  const quoteAfter = (pos: number) => {
    let best = text.length;
    for (const q of quoted) if (q.start >= pos && q.start < best) best = q.start;
    return best;
  };
  const trimEnd = (start: number, end: number) => {
    let e = end;
    while (e > start && /[\s\u3000]/.test(text[e - 1]!)) e--;
    return e;
  };

  // 1. a signature delimiter
  for (const line of lines) {
    if (SIG_DELIMITER.test(line.text) && !inQuote(line.start)) {
      const end = trimEnd(line.start, quoteAfter(line.start));
      return { start: line.start, end: Math.max(end, line.end) };
    }
  }

  // 2. a closing line near the end of the writer's own text
  const textEnd = trimEnd(0, text.length);
  let ownEnd = text.length;
  for (const q of quoted) if (q.end >= textEnd && q.start < ownEnd) ownEnd = q.start;
  const own = lines.filter((l) => l.end <= ownEnd && !inQuote(l.start) && l.text.trim() !== '');
  let start = -1;
  for (let i = own.length - 1; i >= 0 && own.length - 1 - i <= MAX_AFTER; i--) {
    const l = own[i]!;
    if (l.text.length > MAX_LINE) break;
    if (CLOSING.test(l.text)) start = i;
  }
  if (start < 0) return null;
  const first = own[start]!;
  // a closing line that is the writer's whole text is not a signature
  if (own.length === 1) return null;
  const last = own[own.length - 1]!;
  return { start: first.start, end: last.end };
}
