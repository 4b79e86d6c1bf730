import { LISTS } from '../../analysis/tone-lists';
import { defineRule } from '../../engine/rule';
import { PhraseMatcher } from '../../text/phrases';
import { scanWords, sentenceAround } from './scan';
import { SLURS } from './words/disparage';

const rivals = LISTS.rivals;
const slurs = new PhraseMatcher(SLURS);
/** How far after the rival the judgement may come (characters). */
const REACH = 60;

export const disparage = defineRule({
  id: 'tone/disparage',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: false,
  description: { en: 'Running down competitors or others.', zh: '贬低竞争对手或他人。' },
  explanation: {
    en: 'Running down a competitor makes the client wonder what you say about them, and it is often unprovable. Show your own strengths with facts: test results, lead times, references.',
    zh: '贬低同行会让客户联想您在背后怎么评价他们，而且往往无法证实。请用事实展示自己的优势：检测结果、交期、客户案例。',
  },
  messages: {
    disparage: {
      en: '“{{text}}” runs down others; clients distrust it. Show your own strengths with facts instead.',
      zh: '“{{text}}”在贬低他人，客户反而会不信任。请用事实展示自己的优势。',
    },
  },
  check(context) {
    const text = context.draft.body.text;
    let after = 0;
    for (const r of scanWords(context, rivals)) {
      if (r.start < after) continue;
      const limit = Math.min(sentenceAround(text, r.start, r.end).end, r.end + REACH);
      const slur = slurs.find(text, r.end, limit).find((m) => m.end <= limit);
      if (!slur) continue;
      after = slur.end;
      context.report({
        messageId: 'disparage',
        data: { text: text.slice(r.start, slur.end) },
        span: context.bodySpan(r.start, slur.end),
      });
    }
  },
});
