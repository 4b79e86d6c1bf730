import { LISTS } from '../../analysis/tone-lists';
import { defineRule } from '../../engine/rule';
import { scanWords } from './scan';

const matcher = LISTS.vague;

export const vague = defineRule({
  id: 'tone/vague',
  appliesTo: ['msg', 'eml'],
  severity: 'hint',
  fixable: false,
  description: { en: 'Vague words where a number would help.', zh: '含糊的说法，给个具体数字更好。' },
  explanation: {
    en: '“Soon” and “ASAP” mean different things to different readers; a date, a time or a quantity lets them plan and holds both sides to the same expectation.',
    zh: '“尽快”“近期”在不同的人眼里意思不同；给出日期、时间或数量，对方才能安排，双方的预期也一致。',
  },
  messages: {
    vague: {
      en: '“{{word}}” is vague; the reader cannot plan with it. Give a date, a time or a number.',
      zh: '“{{word}}”比较含糊，对方无法据此安排。请给出具体日期、时间或数量。',
    },
  },
  check(context) {
    const suggestion =
      context.draft.lang === 'zh'
        ? { en: 'e.g. “周五下午5点前”, “3天内”, “约200件”', zh: '例如“周五下午5点前”“3天内”“约200件”' }
        : {
            en: 'e.g. “by Friday 5 pm”, “within 3 days”, “about 200 pieces”',
            zh: '例如 “by Friday 5 pm”、“within 3 days”、“about 200 pieces”',
          };
    for (const m of scanWords(context, matcher)) {
      context.report({
        messageId: 'vague',
        data: { word: m.text },
        span: context.bodySpan(m.start, m.end),
        suggestion,
        allow: m.text,
      });
    }
  },
});
