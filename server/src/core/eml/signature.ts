import { splitLines } from '../text/lines';
import { insideSorted } from '../text/quoted';
import type { Span } from '../types';

/** A signature delimiter line (`-- `, RFC 3676; many editors strip the trailing space). */
const SIG_DELIMITER = /^-- ?$/;

/** Closing lines that open a sign-off block. */
export const CLOSING =
  /^\s*(?:(?:best|kind|warm|warmest|kindest|many|with best|with kind)\s+(?:regards|wishes|thanks)|best|regards|thanks(?: again| and regards| & regards)?|thank you(?: very much)?|many thanks|sincerely|yours sincerely|sincerely yours|yours truly|yours faithfully|faithfully|cheers|respectfully|all the best|br|rgds|此致|敬礼|此致敬礼|顺祝商祺|顺颂商祺|顺颂时祺|祝商祺|祝好|祝工作顺利|祝一切顺利|谢谢|多谢|感谢|谢谢您|非常感谢|期待您的回复|期待回复|顺祝|敬上|谨上)(?:[\s,，.。!！~～:：]|\p{Extended_Pictographic}|\ufe0f)*$/iu;

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
  // `quoted` is sorted and merged: binary searches keep long threads linear
  const inQuote = (pos: number) => insideSorted(quoted, pos);
  const quoteAfter = (pos: number) => {
    let lo = 0;
    let hi = quoted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quoted[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo < quoted.length ? quoted[lo]!.start : text.length;
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
  if (start < 0) return nameBlock(text, own);
  const first = own[start]!;
  // a closing line that is the writer's whole text is not a signature
  if (own.length === 1) return null;
  const last = own[own.length - 1]!;
  return { start: first.start, end: last.end };
}

// ---------------------------------------------------------------- who is writing

/** A line that is only a personal name: `Lin Wei`, `Jac`, `林伟`, `林伟 Lin Wei`, `[Your name]`. */
export function isNameLine(line: string): boolean {
  // emoji and symbols decorate a name without being part of it
  const t = line.replace(/[\p{Extended_Pictographic}\u200d\ufe0f]/gu, '').trim();
  if (t.length === 0 || t.length > 40) return false;
  if (/^\[[^\]]{1,30}\]$/.test(t)) return true;
  if (/^[\u4e00-\u9fff·]{2,5}(?:\s*[/（(]?\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s*[)）]?)?$/.test(t))
    return true;
  return /^(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-zA-Z'’.-]*(?:\s+[A-Z][a-zA-Z'’.-]*){0,3}$/.test(t);
}

/**
 * What a signature line says about the writer besides the name: a title, a company, a phone
 * number, an address or a way to reach them (e-mail, website, messenger) — or a placeholder.
 */
export const IDENTITY: Record<'phone' | 'contact' | 'company' | 'title' | 'address' | 'placeholder', RegExp> =
  {
    phone:
      /(?:\+?\d[\d\s().-]{6,}\d)|\b(?:tel|phone|mobile|mob|cell|fax|whatsapp|wechat|skype)\b|电话|電話|手机|手機|座机|传真|傳真|微信/i,
    contact: /[\w.+-]+@[\w-]+\.[\w.-]+|\bwww\.|https?:\/\//i,
    company:
      /\b(?:co\.|ltd|inc|llc|gmbh|corp(?:oration)?|company|group|limited|plc|s\.?a\.?|packaging|trading|industr\w*|technolog\w*|factory|enterprises?|holdings?)\b|公司|集团|集團|工厂|工廠|有限|贸易|貿易|科技|实业|實業|股份|事务所|研究院|包装|包裝/i,
    title:
      /\b(?:manager|director|engineer|sales|purchasing|procurement|buyer|officer|ceo|cto|cfo|coo|president|vice|founder|owner|head|lead|specialist|assistant|representative|consultant|coordinator|executive|partner|export|marketing|account|department|dept)\b|经理|經理|总监|總監|主管|工程师|工程師|销售|銷售|采购|採購|董事|主任|助理|专员|專員|顾问|顧問|代表|部门|部$|业务|業務|总裁|總裁|老板|厂长|廠長/i,
    address:
      /\b(?:road|rd\.|street|st\.|avenue|ave\.?|building|bldg|floor|suite|district|province|zip)\b|路\d|街\d|\d+号|大厦|大廈|[省市区區]\S{0,8}[路街道]/i,
    placeholder: /\[[^\]]{1,30}\]/,
  };

/** True when a line says something about the writer besides the name. */
export function isIdentityLine(line: string): boolean {
  return Object.values(IDENTITY).some((re) => re.test(line));
}

/**
 * 3. No closing: the last paragraph of the writer's own text is a signature when it is a few
 * short lines, the first a name, and another a title, company, phone or address.
 */
function nameBlock(text: string, own: { start: number; end: number; text: string }[]): Span | null {
  if (own.length < 3) return null;
  const last = own[own.length - 1]!;
  // the paragraph's lines: consecutive own lines (the caller dropped blank lines; find the gap)
  let first = own.length - 1;
  const block = [last];
  for (let i = own.length - 2; i >= 0 && block.length < 6; i--) {
    const line = own[i]!;
    if (!/^(?:\r\n?|\n)$/.test(text.slice(line.end, own[i + 1]!.start))) break;
    block.unshift(line);
    first = i;
  }
  if (first === 0 || block.length > 6) return null;
  if (block.some((l) => l.text.length > MAX_LINE)) return null;
  // `林伟 | 恒达包装`, `Lin Wei, Sales Manager`: a name and more on one line
  const parts = block[0]!.text.split(/\s*[|｜,，/]\s*|\s{2,}|\t/).filter(Boolean);
  const rest = [...parts.slice(1), ...block.slice(1).map((l) => l.text)];
  if (!isNameLine(parts[0] ?? '')) return null;
  if (!rest.some((l) => isIdentityLine(l))) return null;
  return { start: block[0]!.start, end: last.end };
}
