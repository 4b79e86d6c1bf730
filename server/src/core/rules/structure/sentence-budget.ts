import { defineRule } from '../../engine/rule';
import { chatSentences } from '../../measure';

export const sentenceBudget = defineRule({
  id: 'structure/sentence-budget',
  appliesTo: ['msg'],
  severity: 'warning',
  fixable: false,
  description: {
    en: 'A work conversation in chat stays within ten sentences.',
    zh: '工作聊天全部内容不超过十句话。',
  },
  explanation: {
    en: 'Chat is for short exchanges. Past about ten sentences the reader scrolls, loses the thread and postpones the answer. Cut to the point, list facts as 1, 2, 3 — or send an e-mail (or a document) and say so in one line.',
    zh: '聊天适合简短的交流。超过十句话，对方就要来回翻看，抓不住重点，回复也会一拖再拖。请删繁就简，把事实按 1、2、3 列出；内容确实多时，改发邮件或文档，并在聊天里用一句话说明。',
  },
  messages: {
    over: {
      en: 'The conversation runs to {{count}} sentences; keep a work chat to {{budget}}. This is sentence {{n}}.',
      zh: '这段对话共 {{count}} 句，工作聊天请控制在 {{budget}} 句以内。这是第 {{n}} 句。',
    },
  },
  check(context) {
    const { draft } = context;
    const budget = context.config.budgets.sentences;
    const sentences = chatSentences(draft);
    if (sentences.length <= budget) return;
    const s = sentences[budget]!;
    context.report({
      messageId: 'over',
      data: { count: sentences.length, budget, n: budget + 1 },
      span: s,
    });
  },
});
