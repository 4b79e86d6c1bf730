import type { ChatMessage, Media, MsgDraft } from '../draft';
import { countEnglishWords, countHan } from '../text/lang';

/** Words that say a neighbouring message is about a recording or a video. */
const VOICE_WORDS = /语音|录音|听一下|听听|请听|收听|\b(?:voice|audio|recording|listen)/i;
const VIDEO_WORDS = /视频|視頻|录像|影片|短片|\b(?:video|clip|footage|film)\b/i;

/** A message's text without its media placeholders. */
export function textWithoutMedia(m: ChatMessage): string {
  let out = '';
  let pos = m.start;
  for (const x of m.media) {
    out += m.text.slice(pos - m.start, x.start - m.start);
    pos = x.end;
  }
  return out + m.text.slice(pos - m.start);
}

function substantial(text: string, han: number, words: number): boolean {
  return countHan(text) >= han || countEnglishWords(text) >= words;
}

/**
 * The captions of a media placeholder: its own message's text (when it says something), and
 * the own message right before or after it when that one refers to the recording or video.
 */
export function captionsOf(draft: MsgDraft, m: ChatMessage, media: Media): string[] {
  const words = media.kind === 'voice' ? VOICE_WORDS : VIDEO_WORDS;
  const out: string[] = [];
  const own = textWithoutMedia(m);
  if (words.test(own) || substantial(own, 4, 3)) out.push(own);
  for (const k of [m.index - 1, m.index + 1]) {
    const n = draft.messages[k];
    if (n && !n.quoted && n.media.length === 0 && words.test(n.text)) out.push(n.text);
  }
  return out;
}
