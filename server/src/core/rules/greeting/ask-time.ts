import { firstLine, openingGreeting, openingParagraph, recipient } from '../../analysis/greeting';
import type { MsgDraft } from '../../draft';
import { defineRule } from '../../engine/rule';
import { ASK_TIME, BRIDGE, greetingOf, isOpeningSentence, openingMessages } from '../../text/opening';
import { splitSentences } from '../../text/sentences';
import type { TextEdit } from '../../types';

const ASK = { zh: '请问您现在方便占用三分钟吗？', en: 'Do you have three minutes?' };

export const askTime = defineRule({
  id: 'greeting/ask-time',
  appliesTo: ['msg'],
  severity: 'hint',
  fixable: true,
  description: {
    en: 'A first-contact chat asks for a few minutes, or says it can be read later.',
    zh: '第一次在聊天中联系对方时，先问对方是否方便占用几分钟，或说明可以有空再看。',
  },
  explanation: {
    en: 'A chat message interrupts whatever the reader is doing. Asking for three minutes (“Do you have three minutes?”) or telling them they can read it when convenient respects their time, and a reader who agreed to three minutes reads to the end.',
    zh: '聊天消息会打断对方手头的事。问一句“请问您现在方便占用三分钟吗？”，或说明“您有空的时候看一下就好”，是对对方时间的尊重；答应了给您三分钟的人，会把消息读完。',
  },
  messages: {
    missing: {
      en: 'Ask the reader for a few minutes, or tell them they can read it when convenient.',
      zh: '请问一下对方是否方便占用几分钟，或说明可以有空再看。',
    },
    insert: { en: 'Insert “{{ask}}”', zh: '插入“{{ask}}”' },
  },
  check(context) {
    const { draft } = context;
    if (!draft.context.firstContact) return;
    const own = draft.messages.filter((m) => !m.quoted);
    if (!own.length) return;
    if (own.some((m) => ASK_TIME.test(m.text) || BRIDGE.test(m.text))) return;
    const ask = ASK[draft.lang];
    const eol = draft.eol;
    const opening = openingMessages(draft);
    // After the opening (greeting, self-introduction), inside the message when content follows
    // them there; before the first message only when nothing greets.
    const target = own[Math.max(0, opening - 1)]!;
    const edit = placeAsk(draft, target, ask, opening > 0) ?? {
      start: own[0]!.start,
      end: own[0]!.start,
      newText: `${ask}${eol}${eol}`,
    };
    const para = openingParagraph(draft);
    const g = openingGreeting(draft, para);
    const span = g ? g.span : para ? firstLine(para) : { start: 0, end: 0 };
    context.report({
      messageId: 'missing',
      span: context.bodySpan(span.start, span.end),
      suggestion: ASK,
      fixes: [{ messageId: 'insert', data: { ask }, edits: [edit] }],
    });
  },
});

/**
 * The ask placed after the greeting and self-introduction sentences that open message `m`
 * (`王经理，您好！我是…。` + ask + `我们的…`): a new message after `m` when nothing else follows
 * them, the next line after a greeting line of its own, or inline. Null when `m` neither opens
 * the draft (`opening`) nor starts with a greeting.
 */
function placeAsk(
  draft: MsgDraft,
  m: { start: number; end: number; text: string },
  ask: string,
  opening: boolean,
): TextEdit | null {
  const eol = draft.eol;
  const g = greetingOf(draft, m.text, recipient(draft));
  if (!g && !opening) return null;
  let at = -1;
  for (const s of splitSentences(m.text)) {
    const sentence = m.text.slice(s.start, s.end);
    const greetingOnly =
      !!g && s.start <= g.span.start && !/[\p{L}\p{N}]/u.test(m.text.slice(g.span.end, s.end));
    if (!greetingOnly && !isOpeningSentence(sentence)) break;
    at = s.end;
  }
  const rest = at < 0 ? m.text : m.text.slice(at);
  if (at < 0 && !opening) return { start: m.end, end: m.end, newText: `${eol}${eol}${ask}` };
  if (!rest.trim() || at < 0) return { start: m.end, end: m.end, newText: `${eol}${eol}${ask}` };
  const abs = m.start + at;
  // The greeting ends its line (`Hi Jac,`): the ask takes a line of its own.
  if (/^[^\S\r\n]*[\r\n]/.test(rest)) return { start: abs, end: abs, newText: `${eol}${ask}` };
  if (/[,，:：]$/.test(m.text.slice(0, at))) return { start: abs, end: abs, newText: `${eol}${ask}${eol}` };
  return { start: abs, end: abs, newText: draft.lang === 'zh' ? ask : ` ${ask}` };
}
