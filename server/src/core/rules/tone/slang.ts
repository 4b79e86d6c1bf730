import { LISTS } from '../../analysis/tone-lists';
import { defineRule } from '../../engine/rule';
import { deletedText, entryEdit, scanWords } from './scan';

const matcher = LISTS.slang;

export const slang = defineRule({
  id: 'tone/slang',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'Internet slang and chat shorthand in a business message.',
    zh: '商务消息中的网络用语和聊天缩写。',
  },
  explanation: {
    en: 'Slang such as “u”, “thx”, “lol” or “3Q” reads as careless to a client and may not be understood across languages. Plain words cost a few letters and read as respect.',
    zh: '“晕”“倒”“神马”“3Q”之类的网络用语在客户看来显得随意，跨语言时对方也未必看得懂。多打几个字写成规范用语，是对对方的尊重。',
  },
  messages: {
    replace: {
      en: '“{{word}}” is chat slang; a client reads it as careless. Write “{{replacement}}”.',
      zh: '“{{word}}”是网络用语，客户会觉得随意。请写成“{{replacement}}”。',
    },
    reaction: {
      en: '“{{word}}” is a chat reaction, not a word for a client. Say what you mean, or leave it out.',
      zh: '“{{word}}”是网络聊天里的情绪反应，不宜发给客户。请直接说明意思，或删去。',
    },
    unclear: {
      en: '“{{word}}” is chat shorthand; write the whole word ({{replacement}}).',
      zh: '“{{word}}”是聊天缩写，请写完整（{{replacement}}）。',
    },
    fixReplace: { en: 'Replace with “{{replacement}}”', zh: '改为“{{replacement}}”' },
    fixDelete: { en: 'Delete “{{word}}”', zh: '删除“{{word}}”' },
  },
  check(context) {
    for (const m of scanWords(context, matcher)) {
      const e = m.entry;
      const edit = entryEdit(context, m);
      const span = context.bodySpan(m.start, m.end);
      if (e.replacement === '') {
        context.report({
          messageId: 'reaction',
          data: { word: m.text },
          span,
          fixes: edit
            ? [
                {
                  messageId: 'fixDelete',
                  data: { word: deletedText(context.draft.body.text, m.start, m.end) },
                  edits: [edit],
                },
              ]
            : [],
          allow: m.text,
        });
      } else if (e.replacement !== undefined) {
        const data = { word: m.text, replacement: edit?.newText ?? e.replacement };
        context.report({
          messageId: 'replace',
          data,
          span,
          fixes: edit ? [{ messageId: 'fixReplace', data, edits: [edit] }] : [],
          suggestion: data.replacement,
          allow: m.text,
        });
      } else {
        const replacement = e.suggestion?.en ?? '';
        context.report({
          messageId: 'unclear',
          data: { word: m.text, replacement },
          span,
          suggestion: replacement,
          allow: m.text,
        });
      }
    }
  },
});
