import { LISTS } from '../../analysis/tone-lists';
import { defineRule } from '../../engine/rule';
import type { Span } from '../../types';
import { deletedText, deletion, scanWords, skipSpan } from './scan';

const matcher = LISTS.emoticon;

/**
 * One emoji as the reader sees it: any RGI sequence (ZWJ families, skin tones, flags, keycaps,
 * variation selectors), then, for older or non-standard sequences, an emoji-presentation
 * character or a pictograph asking for emoji style, with its modifiers and ZWJ continuations.
 * Text-style symbols such as ©, ® and ™ stay silent: brand names carry them.
 */
// biome-ignore lint/complexity/useRegexLiterals: a `v`-flag literal needs an ES2024 target; Node 20 runs it.
const EMOJI = new RegExp(
  '\\p{RGI_Emoji}|(?:\\p{Emoji_Presentation}|\\p{Extended_Pictographic}\\uFE0F)[\\u{1F3FB}-\\u{1F3FF}\\uFE0F\\u20E3]*(?:\\u200D\\p{Extended_Pictographic}[\\u{1F3FB}-\\u{1F3FF}\\uFE0F]*)*',
  'yv',
);
/** Where an emoji can start: `\p{RGI_Emoji}` is slow to try at every position, so it runs only here. */
const EMOJI_START =
  /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Presentation}|[#*0-9](?=\uFE0F?\u20E3)/gu;

/**
 * Where `EMOJI_START` may next match at or after `from`, or -1 when it cannot. An emoji starts
 * at © or ®, at a code unit from U+203C to U+2BFF (‼ ™ arrows, symbols, dingbats), at one of
 * the four CJK-block pictographs (〰 〽 ㊗ ㊙) or at a high surrogate (every emoji beyond the
 * BMP); a keycap starts up to two units before its U+FE0F / U+20E3. Han characters, Latin
 * text, dashes, quotes and ellipses, CJK and full-width punctuation are none of these: the
 * emoji regexes skip a stretch made of them alone, or a whole draft.
 */
function nextEmojiFrom(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa9) continue;
    if (
      c === 0xa9 ||
      c === 0xae ||
      (c >= 0x203c && c <= 0x2bff) ||
      (c >= 0xd800 && c <= 0xdbff) ||
      c === 0xfe0f ||
      c === 0x3030 ||
      c === 0x303d ||
      c === 0x3297 ||
      c === 0x3299
    )
      return Math.max(from, i - 2);
  }
  return -1;
}

interface Hit extends Span {
  kind: 'emoji' | 'emoticon' | 'sticker';
}

/** True when an emoticon ending in `)` closes a parenthesis opened earlier on its line: `(note:)`. */
function closesParen(text: string, start: number): boolean {
  let depth = 0;
  for (let i = start - 1; i >= 0 && i >= start - 80; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') break;
    if (c === ')' || c === '）') depth--;
    else if (c === '(' || c === '（') {
      depth++;
      if (depth > 0) return true;
    }
  }
  return false;
}

export const emoticon = defineRule({
  id: 'tone/emoticon',
  appliesTo: ['msg', 'eml'],
  severity: { msg: 'info', eml: 'warning' },
  fixable: true,
  description: {
    en: 'Emoji, emoticons and stickers in a business message.',
    zh: '商务消息中的表情符号、颜文字和表情包。',
  },
  explanation: {
    en: 'In a familiar chat an emoji can warm the thread; in an e-mail or a first contact it reads as unprofessional, and it may show as a box or a different face on the client’s device. Say it in words instead (“Thank you!”, “Glad to help.”).',
    zh: '熟悉的聊天里偶尔一个表情可以拉近距离；但在邮件或初次联系时会显得不专业，而且在对方设备上可能显示成方框或别的表情。请用文字表达（“谢谢！”“很高兴为您服务。”）。',
  },
  messages: {
    emoji: {
      en: 'Emoji “{{text}}”: to a client it reads as unprofessional and may not display. Say it in words.',
      zh: '表情“{{text}}”：客户会觉得不够专业，对方设备也可能显示不出。请用文字表达。',
    },
    emoticon: {
      en: 'Emoticon “{{text}}”: to a client it reads as unprofessional. Say it in words.',
      zh: '颜文字“{{text}}”：客户会觉得不够专业。请用文字表达。',
    },
    sticker: {
      en: 'A sticker in a business chat reads as unprofessional. Say it in words.',
      zh: '商务聊天中发表情包显得不够专业。请用文字表达。',
    },
    fixDelete: { en: 'Delete “{{text}}”', zh: '删除“{{text}}”' },
  },
  check(context) {
    const text = context.draft.body.text;
    const hits: Hit[] = [];
    // Text emoticons (`:)`, `^_^`, `orz`) come from the word list below, emoji or not.
    // Only from where an emoji may start: the same matches as a scan of the whole body.
    for (let from = nextEmojiFrom(text, 0); from >= 0; from = nextEmojiFrom(text, EMOJI_START.lastIndex)) {
      EMOJI_START.lastIndex = from;
      const c = EMOJI_START.exec(text);
      if (!c) break;
      EMOJI.lastIndex = c.index;
      const m = EMOJI.exec(text);
      if (!m) continue;
      const end = m.index + m[0].length;
      EMOJI_START.lastIndex = end;
      if (!skipSpan(context, m.index, end) && !context.isAllowed(m[0]))
        hits.push({ start: m.index, end, kind: 'emoji' });
    }
    for (const m of scanWords(context, matcher)) {
      if (m.text.endsWith(')') && !m.text.startsWith('(') && closesParen(text, m.start)) continue;
      hits.push({ start: m.start, end: m.end, kind: 'emoticon' });
    }
    if (context.draft.kind === 'msg') {
      const offset = context.draft.bodyStart;
      for (const msg of context.draft.messages) {
        if (msg.quoted) continue;
        for (const media of msg.media)
          if (media.kind === 'sticker')
            hits.push({ start: media.start - offset, end: media.end - offset, kind: 'sticker' });
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    // Emoji written back to back are one finding and one deletion.
    const runs: Hit[] = [];
    for (const h of hits) {
      const last = runs[runs.length - 1];
      if (last && h.start <= last.end) {
        last.end = Math.max(last.end, h.end);
        if (last.kind !== h.kind && h.kind === 'emoji') last.kind = 'emoji';
      } else runs.push({ ...h });
    }
    for (const r of runs) {
      const t = text.slice(r.start, r.end);
      const d = deletion(text, r.start, r.end, { separator: r.kind === 'emoji' });
      context.report({
        messageId: r.kind,
        data: { text: t },
        span: context.bodySpan(r.start, r.end),
        fixes: [
          {
            messageId: 'fixDelete',
            data: { text: deletedText(text, r.start, r.end) },
            edits: [context.bodyEdit(d.start, d.end, d.newText)],
          },
        ],
      });
    }
  },
});
