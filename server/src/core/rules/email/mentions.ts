/**
 * Where the writer says there is an attachment (`附件`, `见附件`, `随信附上`, `attached`,
 * `enclosed`, `please find attached` …), in the writer's own text only: not in quoted text, the
 * signature or a legal disclaimer. Each candidate is confirmed on its clause, so `attached to
 * the wall`, `a fully enclosed cabinet`, `汽车附件` and `your attachment` stay silent.
 */

import { ownBlocks } from '../../analysis/email';
import type { EmlDraft } from '../../draft';
import { type PhraseEntry, PhraseMatcher } from '../../text/phrases';
import type { Span } from '../../types';

interface MentionEntry extends PhraseEntry {
  lang: 'zh' | 'en';
}

/** Someone else's attachment, or none: `your attachment`, `您发来的附件`, `无附件`, `收到附件`. */
const NOT_OURS_ZH = [
  '您的',
  '你的',
  '贵司的',
  '贵方的',
  '您发来的',
  '你发来的',
  '您发的',
  '您所发',
  '收到',
  '无',
  '没有',
  '不带',
  '不含',
];
const NOT_OURS_EN = [
  'your ',
  'you ',
  'you have ',
  "you've ",
  'no ',
  'without ',
  'received the ',
  'received your ',
  'for the ',
];
/** `附件` meaning accessories or fittings (a product category), not an attachment. */
const FITTINGS = ['汽车', '机械', '机床', '管道', '管件', '卫浴', '阀门', '电梯', '服装', '配件及', '五金'];

const ENTRIES: MentionEntry[] = [
  { text: '随信附上', lang: 'zh', notAfter: NOT_OURS_ZH },
  { text: '随信附', lang: 'zh', notAfter: NOT_OURS_ZH },
  { text: '见附件', lang: 'zh', notAfter: NOT_OURS_ZH, boundary: 'none' },
  {
    text: '附件',
    lang: 'zh',
    notAfter: [...NOT_OURS_ZH, ...FITTINGS],
    notBefore: ['厂', '市场', '加工'],
    boundary: 'none',
  },
  { text: '附上', lang: 'zh', notAfter: NOT_OURS_ZH, boundary: 'none' },
  { text: '附档', lang: 'zh', notAfter: NOT_OURS_ZH, boundary: 'none' },
  {
    text: 'attached',
    lang: 'en',
    notAfter: [...NOT_OURS_EN, 'strings ', 'firmly ', 'securely '],
    notBefore: [' to ', ' with ', ' at the ', ' on the '],
  },
  { text: 'attachment', lang: 'en', notAfter: NOT_OURS_EN, notBefore: [' point', ' to ', ' style', ' kit'] },
  { text: 'attachments', lang: 'en', notAfter: NOT_OURS_EN, notBefore: [' point', ' to ', ' style', ' kit'] },
  { text: 'enclosed', lang: 'en', notAfter: NOT_OURS_EN },
  // Common misspellings.
  { text: 'attachement', lang: 'en', notAfter: NOT_OURS_EN },
  { text: 'attachements', lang: 'en', notAfter: NOT_OURS_EN },
  { text: 'attachemnt', lang: 'en', notAfter: NOT_OURS_EN },
  { text: 'please find', lang: 'en' },
];

const matcher = new PhraseMatcher(ENTRIES);

export interface Mention extends Span {
  text: string;
  lang: 'zh' | 'en';
}

/** The clause around a position: between clause punctuation or line breaks. */
function clause(text: string, start: number, end: number): { before: string; after: string } {
  let a = start;
  while (a > 0 && start - a < 120 && !/[\r\n。！？!?；;，,]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < 120 && !/[\r\n。！？!?；;]/.test(text[b]!)) b++;
  return { before: text.slice(a, start), after: text.slice(end, b) };
}

/** `enclosed` as in “enclosed is …”, “please find enclosed”, “the invoice is enclosed.” — not “an enclosed cabinet”. */
function enclosedMeansAttachment(text: string, start: number, end: number): boolean {
  const { before, after } = clause(text, start, end);
  if (/^\s*(?:in|by|within|space|area|room|cabinet|housing|design|type|motor|box|case)\b/i.test(after))
    return false;
  if (before.trim() === '') return true; // “Enclosed is/are/please find …”
  return /\b(?:find|have|'ve|has|had|is|are|been|we|i|please|herewith|also)\s*$/i.test(before);
}

/** `please find` only with something attached: “please find attached/enclosed/herewith …”. */
function pleaseFindAttaches(text: string, end: number): boolean {
  return /^\s+(?:(?:the|our|my)\s+)?(?:attached|enclosed|herewith|attachment|in\s+the\s+attachment)/i.test(
    text.slice(end, end + 60),
  );
}

const cache = new WeakMap<EmlDraft, Mention[]>();
/** Enough to report and relate; a body with more is not a letter. */
const MAX_MENTIONS = 100;

/** Attachment mentions in the writer's own paragraphs, in body offsets, left to right. */
export function attachmentMentions(draft: EmlDraft): Mention[] {
  const hit = cache.get(draft);
  if (hit) return hit;
  const text = draft.body.text;
  const out: Mention[] = [];
  // Each paragraph is searched on its own text: a search bounded only by `to` would scan on to
  // the next candidate in the rest of the body, once per paragraph.
  outer: for (const b of ownBlocks(draft)) {
    for (const m of matcher.find(b.text)) {
      const start = b.start + m.start;
      const end = b.start + m.end;
      const t = m.text.toLowerCase();
      if (t === 'enclosed' && !enclosedMeansAttachment(text, start, end)) continue;
      if (t === 'please find' && !pleaseFindAttaches(text, end)) continue;
      // `attached` as a past tense of someone else: “the file you attached”.
      if (t === 'attached' && /\byou\s+(?:have\s+)?$/i.test(text.slice(Math.max(0, start - 12), start)))
        continue;
      out.push({ start, end, text: m.text, lang: m.entry.lang });
      if (out.length >= MAX_MENTIONS) break outer;
    }
  }
  cache.set(draft, out);
  return out;
}

/** The sentence around a body range (between sentence ends or line breaks). */
export function sentenceAround(text: string, start: number, end: number): Span {
  let a = start;
  while (a > 0 && !/[\r\n。！？!?；;]/.test(text[a - 1]!) && !(text[a - 1] === ' ' && text[a - 2] === '.'))
    a--;
  let b = end;
  while (
    b < text.length &&
    !/[\r\n。！？!?；;]/.test(text[b]!) &&
    !(text[b] === '.' && /\s|$/.test(text[b + 1] ?? ''))
  )
    b++;
  return { start: a, end: Math.min(text.length, b + 1) };
}
