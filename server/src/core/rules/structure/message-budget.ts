import { defineRule } from '../../engine/rule';
import { contentMessages } from '../../text/opening';

export const messageBudget = defineRule({
  id: 'structure/message-budget',
  appliesTo: ['msg'],
  severity: 'warning',
  fixable: false,
  description: {
    en: 'After the opening, a chat says its point in three messages, five at most.',
    zh: '开场之后，聊天内容控制在三条消息以内，最多五条。',
  },
  explanation: {
    en: 'Every message pings the reader’s phone, and their patience runs out at about three. The opening (greeting, who you are, the ask for a few minutes) does not count; the content after it should fit in three messages — combine related points into one numbered message.',
    zh: '每条消息都会让对方的手机响一次，对方的耐心大约只有三条。开场（问候、自我介绍、请对方给几分钟）不算在内；之后的内容应控制在三条以内——把相关的要点合并成一条，编好号。',
  },
  messages: {
    over: {
      en: 'The content runs to {{count}} messages after the opening; keep it to {{budget}}.',
      zh: '开场之后的内容共 {{count}} 条消息，请控制在 {{budget}} 条以内。',
    },
    farOver: {
      en: 'The content runs to {{count}} messages after the opening, more than {{max}}: merge them into {{budget}}.',
      zh: '开场之后的内容共 {{count}} 条消息，超过 {{max}} 条：请合并为 {{budget}} 条以内。',
    },
    budget: { en: 'message {{n}} of the content', zh: '内容第 {{n}} 条' },
  },
  check(context) {
    const { messages: budget, messagesMax: max } = context.config.budgets;
    const content = contentMessages(context.draft);
    if (content.length <= budget) return;
    const far = content.length > max;
    // On the first message over the budget, pointing at the ones after it.
    const first = content[budget]!;
    const nl = /[\r\n]/.exec(first.text);
    context.report({
      messageId: far ? 'farOver' : 'over',
      severity: far ? 'warning' : 'info',
      data: { count: content.length, budget, max },
      span: { start: first.start, end: first.start + (nl ? nl.index : first.text.length) },
      related: content.slice(budget + 1).map((m, i) => ({
        span: { start: m.start, end: m.end },
        messageId: 'budget' as const,
        data: { n: budget + 2 + i },
      })),
    });
  },
});
