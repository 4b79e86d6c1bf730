import type { MsgDraft } from './draft';
import { splitSentences } from './text/sentences';
import type { Span } from './types';

/**
 * The sentences of a chat's own (non-quoted) messages, in source offsets, with media
 * placeholders blanked out (a `[voice 40s]` is not a sentence anyone reads). Shared by
 * `structure/sentence-budget` and the status bar so the two always agree.
 */
export function chatSentences(draft: MsgDraft): Span[] {
  const sentences: Span[] = [];
  for (const m of draft.messages) {
    if (m.quoted) continue;
    let text = m.text;
    for (const x of m.media)
      text = text.slice(0, x.start - m.start) + ' '.repeat(x.end - x.start) + text.slice(x.end - m.start);
    for (const s of splitSentences(text)) sentences.push({ start: m.start + s.start, end: m.start + s.end });
  }
  return sentences;
}
