import { defineRule } from '../../engine/rule';
import { PhraseMatcher } from '../../text/phrases';
import { scanWords, sentenceAround } from './scan';
import { BOILERPLATE } from './words/boilerplate';

const matcher = new PhraseMatcher(BOILERPLATE);

export const boilerplate = defineRule({
  id: 'tone/boilerplate',
  appliesTo: ['msg', 'eml'],
  severity: 'info',
  fixable: false,
  description: {
    en: 'Empty self-praise that every supplier writes.',
    zh: '每家供应商都会写的空洞自夸。',
  },
  explanation: {
    en: 'Buyers read “professional manufacturer with high quality and competitive price” in every message and skip it. One concrete fact — years in business, a defect rate, a customer, a certificate — persuades.',
    zh: '“专业生产、质量好、价格优”买家每封信都会看到，早已视而不见。一个具体的事实——多少年经验、不良率、服务过的客户、认证——才有说服力。',
  },
  messages: {
    boilerplate: {
      en: '“{{word}}” is what every supplier writes; the reader skips it. Give one concrete fact instead.',
      zh: '“{{word}}”是套话，读者会直接略过。请换成一个具体的事实。',
    },
  },
  check(context) {
    const text = context.draft.body.text;
    const suggestion = {
      en: 'e.g. “15 years making cups; 0.3% defect rate last year; FDA-certified.”',
      zh: '例如“做杯子15年，去年不良率0.3%，通过FDA认证。”',
    };
    let lastEnd = -1;
    for (const m of scanWords(context, matcher)) {
      if (m.start < lastEnd) continue;
      // A figure in the same sentence backs the claim.
      const s = sentenceAround(text, m.start, m.end);
      if (/\d/.test(text.slice(s.start, s.end))) continue;
      lastEnd = m.end;
      context.report({
        messageId: 'boilerplate',
        data: { word: m.text },
        span: context.bodySpan(m.start, m.end),
        suggestion,
        allow: m.text,
      });
    }
  },
});
