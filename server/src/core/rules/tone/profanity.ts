import { LISTS } from '../../analysis/tone-lists';
import { defineRule } from '../../engine/rule';
import { deletedText, entryEdit, scanWords } from './scan';

const matcher = LISTS.profanity;

export const profanity = defineRule({
  id: 'tone/profanity',
  appliesTo: ['msg', 'eml'],
  severity: 'error',
  fixable: true,
  description: { en: 'Swearing and insults.', zh: '脏话和辱骂。' },
  explanation: {
    en: 'A swear word or an insult in a business message can end the relationship and will be forwarded. However frustrated you are, state the problem and what you need, calmly.',
    zh: '商务消息里的一句脏话或辱骂可能直接断送合作，还可能被转发。再着急，也请平静地说明问题和需要对方做什么。',
  },
  messages: {
    profanity: {
      en: '“{{word}}” is swearing or an insult; it can end the relationship. State the problem and what you need, calmly.',
      zh: '“{{word}}”是脏话或辱骂，可能断送合作。请平静地说明问题和需要对方做什么。',
    },
    fixDelete: { en: 'Delete “{{word}}”', zh: '删除“{{word}}”' },
  },
  check(context) {
    for (const m of scanWords(context, matcher)) {
      const edit = entryEdit(context, m);
      context.report({
        messageId: 'profanity',
        data: { word: m.text },
        span: context.bodySpan(m.start, m.end),
        fixes: edit
          ? [
              {
                messageId: 'fixDelete',
                data: { word: deletedText(context.draft.body.text, m.start, m.end) },
                edits: [edit],
              },
            ]
          : [],
      });
    }
  },
});
