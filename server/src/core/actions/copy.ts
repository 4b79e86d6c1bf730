/**
 * "Copy Messages" / "Copy This Message": a chat draft as text to paste into WhatsApp, WeChat or
 * LINE. The front matter stays behind; media placeholders are left out of the text (so nothing
 * bracketed is sent by accident) and listed, to attach by hand.
 */
import type { ChatMessage, Media, MsgDraft } from '../draft';
import type { Locale } from '../types';

export interface CopiedText {
  /** The messages, one paragraph each, separated by a blank line; `\n` line breaks. */
  text: string;
  /** One line per media placeholder left out, in order: `video 3 min 2.0 MB`. */
  media: string[];
  /** How many messages hold text (media-only messages are not counted). */
  messages: number;
}

/** Every message of the draft, without front matter and media placeholders. */
export function copyMessages(draft: MsgDraft, locale: Locale = 'en'): CopiedText {
  return copy(draft, draft.messages, locale);
}

/**
 * The message under `offset` (a source offset); between two messages, the one before. Null in
 * the front matter or before the first message.
 */
export function copyMessageAt(draft: MsgDraft, offset: number, locale: Locale = 'en'): CopiedText | null {
  const message = messageAt(draft, offset);
  return message ? copy(draft, [message], locale) : null;
}

export function messageAt(draft: MsgDraft, offset: number): ChatMessage | null {
  if (offset < draft.bodyStart) return null;
  let found: ChatMessage | null = null;
  for (const m of draft.messages) {
    if (m.start > offset) break;
    found = m;
  }
  return found;
}

function copy(draft: MsgDraft, messages: readonly ChatMessage[], locale: Locale): CopiedText {
  const texts: string[] = [];
  const media: string[] = [];
  for (const m of messages) {
    const text = withoutMedia(draft.source, m);
    if (text) texts.push(text);
    for (const x of m.media) media.push(describeMedia(x, locale));
  }
  return { text: texts.join('\n\n'), media, messages: texts.length };
}

/** A message's text with its placeholders (and one space beside each) removed, lines trimmed at the end. */
function withoutMedia(source: string, m: ChatMessage): string {
  let text = '';
  let at = m.start;
  for (const x of m.media) {
    let start = x.start;
    let end = x.end;
    if (/[ \t\u3000]/.test(source[end] ?? '')) while (end < m.end && /[ \t\u3000]/.test(source[end]!)) end++;
    else while (start > at && /[ \t\u3000]/.test(source[start - 1]!)) start--;
    text += source.slice(at, start);
    at = end;
  }
  text += source.slice(at, m.end);
  const emptied = m.media.length > 0;
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trimEnd())
    .filter((l) => !(emptied && l.trim() === ''))
    .join('\n')
    .trim();
}

const KIND_LABEL: Record<Locale, Record<Media['kind'], string>> = {
  en: { voice: 'voice', video: 'video', image: 'image', file: 'file', sticker: 'sticker' },
  zh: { voice: '语音', video: '视频', image: '图片', file: '文件', sticker: '表情' },
  'zh-tw': { voice: '語音', video: '影片', image: '圖片', file: '檔案', sticker: '貼圖' },
};

/**
 * A placeholder in words: its kind and annotation, numbers set apart from their units
 * (`[video 3min 2.0MB]` → `video 3 min 2.0 MB`, `【语音 40秒】` → `语音 40秒`).
 */
export function describeMedia(media: Media, locale: Locale = 'en'): string {
  const annotation = media.annotation.replace(/(\d)([A-Za-z])/g, '$1 $2').replace(/\s+/g, ' ');
  return `${KIND_LABEL[locale][media.kind]} ${annotation}`.trim();
}
