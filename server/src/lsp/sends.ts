/**
 * What "Copy Messages", "Copy This Message" and "Copy Next Message" copy, and the counts the
 * status bar shows beside it, from one place: a chat draft's sends (its messages that hold text,
 * one paste each) and how many of them are the opening, the writer's content, or quoted text.
 */
import type { Range } from 'vscode-languageserver';
import type { Locale, MsgDraft } from '../core';
import { type CopiedText, copyMessageAt } from '../core/actions/copy';
import { contentMessages, openingMessages } from '../core/text/opening';
import { type CoreView, toRange } from './convert';

/** One message ready to paste: its text, the media left out, and where it is in the document. */
export interface Send {
  text: string;
  media: string[];
  range: Range;
}

/** Every message of the draft that holds text, in order: what Copy Messages pastes, one send each. */
export function sendsOf(view: CoreView, draft: MsgDraft, locale: Locale): Send[] {
  const out: Send[] = [];
  for (const m of draft.messages) {
    const c = copyMessageAt(draft, m.start, locale);
    if (c?.text) out.push({ text: c.text, media: c.media, range: toRange(view, m.start, m.end) });
  }
  return out;
}

/** How a chat draft's messages divide up; every count the editor shows comes from here. */
export interface MessageCounts {
  /** Messages that hold text (what Copy Messages copies, one send each). */
  sends: number;
  /** The writer's own messages that open the chat (greeting, self-introduction, asking for time). */
  opening: number;
  /** The writer's own messages after the opening: what the message budget counts. */
  content: number;
  /** Quoted messages (`>` lines, a forwarded block). */
  quoted: number;
  /** Messages with media only (sent as attachments, not as text). */
  mediaOnly: number;
}

export function messageCounts(view: CoreView, draft: MsgDraft, locale: Locale): MessageCounts {
  const sends = sendsOf(view, draft, locale).length;
  return {
    sends,
    opening: openingMessages(draft),
    content: contentMessages(draft).length,
    quoted: draft.messages.filter((m) => m.quoted).length,
    mediaOnly: draft.messages.length - sends,
  };
}

/** `cordial/copy`'s answer with where the copied messages are, so the client can warn about findings there. */
export interface CopyAnswer extends CopiedText {
  /** The copied messages' ranges in the document. */
  ranges: Range[];
  /** For "Copy Next Message": which send was copied (0-based) and how many there are. */
  index?: number;
  total?: number;
}

/** The `index`-th send (wrapping around), or null when the draft has none. */
export function copySend(view: CoreView, draft: MsgDraft, index: number, locale: Locale): CopyAnswer | null {
  const sends = sendsOf(view, draft, locale);
  if (!sends.length) return null;
  const i = ((Math.trunc(index) % sends.length) + sends.length) % sends.length;
  const s = sends[i]!;
  return { text: s.text, media: s.media, messages: 1, ranges: [s.range], index: i, total: sends.length };
}
