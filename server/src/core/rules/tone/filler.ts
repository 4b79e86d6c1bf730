import { LISTS } from '../../analysis/tone-lists';
import { defineRule } from '../../engine/rule';
import { deletedText, entryEdit, scanWords } from './scan';

const matcher = LISTS.filler;

export const filler = defineRule({
  id: 'tone/filler',
  appliesTo: ['msg', 'eml'],
  severity: 'info',
  fixable: true,
  description: { en: 'Verbal filler typed out.', zh: '打出来的口头禅和语气词。' },
  explanation: {
    en: 'Filler such as “um” or “just checking in” costs the reader time and says nothing. Written words can go straight to the point: say what you need and by when.',
    zh: '“嗯嗯”“那个那个”“就是说”这类口头禅占用对方的阅读时间，却没有内容。书面沟通可以直奔主题：说清需要什么、什么时候要。',
  },
  messages: {
    filler: {
      en: '“{{word}}” is filler: it costs the reader time and says nothing. Leave it out.',
      zh: '“{{word}}”是口头禅，占用对方时间却没有内容，请删去。',
    },
    stutter: {
      en: '“{{word}}” repeats itself; write it once.',
      zh: '“{{word}}”重复了，写一次即可。',
    },
    checkIn: {
      en: '“{{word}}” says nothing the reader can act on. Say what you need and by when.',
      zh: '“{{word}}”没有对方可以处理的内容。请直接说明需要什么、什么时候要。',
    },
    fixDelete: { en: 'Delete “{{word}}”', zh: '删除“{{word}}”' },
    fixOnce: { en: 'Write “{{replacement}}” once', zh: '只写一次“{{replacement}}”' },
  },
  check(context) {
    for (const m of scanWords(context, matcher)) {
      const e = m.entry;
      const edit = entryEdit(context, m);
      const span = context.bodySpan(m.start, m.end);
      const data = { word: m.text, replacement: e.replacement ?? '' };
      if (e.replacement) {
        context.report({
          messageId: 'stutter',
          data,
          span,
          fixes: edit ? [{ messageId: 'fixOnce', data, edits: [edit] }] : [],
        });
      } else {
        context.report({
          messageId: e.suggestion ? 'checkIn' : 'filler',
          data,
          span,
          fixes: edit
            ? [
                {
                  messageId: 'fixDelete',
                  data: { ...data, word: deletedText(context.draft.body.text, m.start, m.end) },
                  edits: [edit],
                },
              ]
            : [],
          ...(e.suggestion ? { suggestion: e.suggestion } : {}),
        });
      }
    }
  },
});
