import { defineRule } from '../../engine/rule';
import { LISTS } from './lists';
import { ownParagraphs, scanWords, sentenceAround, skipSpan } from './scan';
import {
  ALTERNATIVE_EN,
  ALTERNATIVE_ZH,
  POSITIVE,
  REFUSAL_EN,
  REFUSAL_ZH,
  UNLESS_ALTERNATIVE,
} from './words/negative';

const matcher = LISTS.negative;
/** The modal verbs of a refusal: paragraphs without one are not looked at again. */
const REFUSAL_HINT = /不能|无法|没法|不可以|can['’]?t|cannot|can not|unable|won['’]t be able|not able/gi;

export const negative = defineRule({
  id: 'tone/negative',
  appliesTo: ['msg', 'eml'],
  severity: 'info',
  fixable: false,
  description: { en: 'Flat refusals and dead ends.', zh: '生硬的拒绝和“死胡同”式的回答。' },
  explanation: {
    en: 'A bare “no” or “I don’t know” leaves the client with nowhere to go. Even when the answer is no, say what you can do, or when you will know.',
    zh: '一句“不行”“我不知道”让客户无路可走。即使答案是否定的，也请说明能做什么，或什么时候能给答复。',
  },
  messages: {
    negative: {
      en: '“{{word}}” is a dead end for the reader. Say what you can do instead, e.g. “{{rewrite}}”.',
      zh: '“{{word}}”让对方无路可走。请说明您能做什么，例如“{{rewrite}}”。',
    },
    refusal: {
      en: 'The message ends on a refusal (“{{word}}”) with no alternative. Offer what you can do.',
      zh: '消息以拒绝（“{{word}}”）结尾，没有给出替代方案。请说明可以为对方做什么。',
    },
  },
  check(context) {
    const text = context.draft.body.text;
    const seen = new Set<number>();
    for (const m of scanWords(context, matcher)) {
      seen.add(m.start);
      if (UNLESS_ALTERNATIVE.has(m.entry.text)) {
        const p = ownParagraphs(context).find((x) => x.start <= m.start && m.end <= x.end);
        const rest = p ? text.slice(p.start, m.start) + text.slice(m.end, p.end) : '';
        if (ALTERNATIVE_ZH.test(rest) || ALTERNATIVE_EN.test(rest)) continue;
      }
      context.report({
        messageId: 'negative',
        data: { word: m.text, rewrite: m.entry.lang === 'zh' ? POSITIVE.zh : POSITIVE.en },
        span: context.bodySpan(m.start, m.end),
        suggestion: POSITIVE,
      });
    }
    // `不能` / `can't` only as a refusal that ends the message with nothing offered instead.
    REFUSAL_HINT.lastIndex = 0;
    if (!REFUSAL_HINT.test(text)) return;
    for (const p of ownParagraphs(context)) {
      REFUSAL_HINT.lastIndex = p.start;
      const hint = REFUSAL_HINT.exec(text);
      if (!hint || hint.index >= p.end) continue;
      let end = p.end;
      while (end > p.start && /[\s。.！!]/.test(text[end - 1]!)) end--;
      if (end <= p.start) continue;
      const s = sentenceAround(text, end - 1, end);
      const start = Math.max(s.start, p.start);
      const sentence = text.slice(start, end).replace(/^\s+/, '');
      const lead = start + (end - start - sentence.length);
      const m = REFUSAL_ZH.exec(sentence) ?? REFUSAL_EN.exec(sentence);
      if (!m || seen.has(lead) || skipSpan(context, lead, lead + m[0].length)) continue;
      // `We can't ship on Sunday; Monday works.`: a further clause may well be the alternative.
      if (/[;；,，:：—]/.test(sentence.slice(m[0].length))) continue;
      const rest = text.slice(p.start, lead) + text.slice(lead + m[0].length, p.end);
      if (ALTERNATIVE_ZH.test(rest) || ALTERNATIVE_EN.test(rest)) continue;
      context.report({
        messageId: 'refusal',
        data: { word: m[0] },
        span: context.bodySpan(lead, lead + m[0].length),
        suggestion: POSITIVE,
      });
    }
  },
});
