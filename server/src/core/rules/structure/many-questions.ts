import { questionHints, questionsIn } from '../../analysis/questions';
import { defineRule } from '../../engine/rule';

/** Three questions in one message are too many for the reader to answer them all. */
const LIMIT = 3;

export const manyQuestions = defineRule({
  id: 'structure/many-questions',
  appliesTo: ['msg'],
  severity: 'info',
  fixable: false,
  description: {
    en: 'One chat message that asks three or more questions.',
    zh: '一条消息里问了三个或更多问题。',
  },
  explanation: {
    en: 'The reader answers the first question and forgets the rest. Ask one at a time, or number them so that each gets its answer.',
    zh: '对方往往只回答第一个问题，其余的就忘了。请一次问一个，或者把问题编上号，方便逐条回答。',
  },
  messages: {
    many: {
      en: 'This message asks {{count}} questions; the reader will answer the first. Ask one at a time, or number them.',
      zh: '这条消息问了{{count}}个问题，对方多半只回答第一个。请一次问一个，或给问题编号。',
    },
    question: { en: 'Question {{n}}', zh: '问题{{n}}' },
  },
  check(context) {
    const { draft } = context;
    const text = draft.body.text;
    for (const m of draft.blocks) {
      if (m.quoted || questionHints(m.text, LIMIT) < LIMIT) continue;
      // Numbered questions are already the remedy.
      if (/^\s*(?:\d+[.)、]|[①-⑳]|[（(]\d+[)）])/m.test(m.text)) continue;
      const qs = questionsIn(text, m.start, m.end);
      if (qs.length < LIMIT) continue;
      const nl = m.text.search(/[\r\n]/);
      context.report({
        messageId: 'many',
        data: { count: qs.length },
        span: context.bodySpan(m.start, m.start + (nl < 0 ? m.text.length : nl)),
        related: qs.map((q, i) => ({
          span: context.bodySpan(q.start, q.end),
          messageId: 'question' as const,
          data: { n: i + 1 },
        })),
      });
    }
  },
});
