import type { Draft } from '../draft';
import { memo } from '../memo';
import {
  addressableName,
  type Greeting,
  greetingOf,
  NAME_PLACEHOLDERS,
  onlyPresenceOf,
} from '../text/opening';
import type { Span } from '../types';

/** A paragraph of the body (a chat message, an e-mail paragraph), in `body` view offsets. */
export interface Paragraph extends Span {
  text: string;
  /** The writer's own text: not quoted, not the signature. */
  own: boolean;
}

/** Every paragraph of the body, in order. Computed once per draft: shared, treat it as read-only. */
export function paragraphs(draft: Draft): readonly Paragraph[] {
  return memo(draft, 'greeting/paragraphs', () =>
    draft.blocks.map((b) => ({
      start: b.start,
      end: b.end,
      text: b.text,
      own: !b.quoted && !b.signature,
    })),
  );
}

/** The name to address the reader by, or null. */
export function recipient(draft: Draft): string | null {
  return memo(draft, 'greeting/recipient', () => addressableName(draft.recipientName));
}

/** True when a paragraph of the draft is nothing but presence checks (computed once per draft). */
export function onlyPresence(draft: Draft, para: Paragraph): boolean {
  return onlyPresenceOf(draft, para.text, recipient(draft));
}

/** The opening paragraph: the first own one that is not only a presence check (their own rule's). */
export function openingParagraph(draft: Draft, all?: readonly Paragraph[]): Paragraph | null {
  if (!all)
    return memo(draft, 'greeting/opening-paragraph', () => openingParagraph(draft, paragraphs(draft)));
  for (const p of all) if (p.own && !onlyPresence(draft, p)) return p;
  return null;
}

/** The greeting at the start of the opening paragraph, in view offsets. */
export function openingGreeting(draft: Draft, para: Paragraph | null): Greeting | null {
  if (!para) return null;
  const g = greetingOf(draft, para.text, recipient(draft));
  if (!g) return null;
  const shift = (s: Span): Span => ({ start: s.start + para.start, end: s.end + para.start });
  return { ...g, span: shift(g.span), address: shift(g.address) };
}

/** The greeting a fix writes: `王经理，您好！`, `Dear Jac, good morning!` (chat) or `Dear Jac,` (e-mail). */
export function greetingText(draft: Draft): string {
  const name = recipient(draft);
  if (draft.lang === 'zh') return `${name ?? NAME_PLACEHOLDERS.zh}，您好！`;
  const n = name ?? NAME_PLACEHOLDERS.en;
  return draft.kind === 'eml' ? `Dear ${n},` : `Dear ${n}, good morning!`;
}

/** The end of the first line of a paragraph (for findings about a paragraph's start). */
export function firstLine(para: Paragraph): Span {
  const m = /[\r\n]/.exec(para.text);
  return { start: para.start, end: para.start + (m ? m.index : para.text.length) };
}
