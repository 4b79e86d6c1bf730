import { LISTS } from '../../analysis/tone-lists';
import { defineRule } from '../../engine/rule';
import { reportedSpeech, scanWords } from './scan';

const matcher = LISTS.blame;

export const blame = defineRule({
  id: 'tone/blame',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: false,
  description: { en: 'Criticising or blaming the reader.', zh: '指责或埋怨对方。' },
  explanation: {
    en: 'Telling a client they are wrong, or that you said so already, puts them on the defensive and the problem stays unsolved. Restate the point neutrally and move to what happens next.',
    zh: '说客户“错了”“我早就说过”会让对方产生防御心理，问题反而解决不了。请用中性的方式重新说明，并说下一步怎么办。',
  },
  messages: {
    blame: {
      en: '“{{word}}” blames the reader and puts them on the defensive. Restate it neutrally, e.g. “{{rewrite}}”.',
      zh: '“{{word}}”是在指责对方，会让对方产生抵触。请换成中性的说法，例如“{{rewrite}}”。',
    },
  },
  check(context) {
    const text = context.draft.body.text;
    for (const m of scanWords(context, matcher)) {
      // A customer's words pasted in quotes, or someone else's reported, are not the writer's blame.
      if (reportedSpeech(text, m.start, m.end)) continue;
      const s = m.entry.suggestion!;
      context.report({
        messageId: 'blame',
        data: { word: m.text, rewrite: m.entry.lang === 'zh' ? s.zh : s.en },
        span: context.bodySpan(m.start, m.end),
        suggestion: s,
      });
    }
  },
});
