import { defineRule } from '../../engine/rule';
import { ASK_TIME, BRIDGE, openingMessages } from '../../text/opening';
import { firstLine, openingGreeting, openingParagraph } from './common';

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
    // After the opening (greeting, self-introduction); before the first message when there is none.
    const edit =
      opening > 0
        ? { start: own[opening - 1]!.end, end: own[opening - 1]!.end, newText: `${eol}${eol}${ask}` }
        : { start: own[0]!.start, end: own[0]!.start, newText: `${ask}${eol}${eol}` };
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
