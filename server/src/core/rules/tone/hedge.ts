import { defineRule } from '../../engine/rule';
import { PhraseMatcher } from '../../text/phrases';
import { scanWords } from './scan';
import { HEDGE } from './words/hedge';

const matcher = new PhraseMatcher(HEDGE);

export const hedge = defineRule({
  id: 'tone/hedge',
  appliesTo: ['msg', 'eml'],
  severity: 'info',
  fixable: false,
  description: {
    en: 'A hedge where the reader wants a commitment.',
    zh: '对方要一个确定的答复，回复却模棱两可。',
  },
  explanation: {
    en: '“Maybe” and “I guess” leave the reader unable to plan, and sound as if nobody checked. Give the fact, or say when you will know it.',
    zh: '“应该可以吧”“估计”让对方无法安排，也像是没有核实过。请给出确定的事实，或者说明什么时候能确认。',
  },
  messages: {
    hedge: {
      en: '“{{word}}” hedges; the reader cannot plan with it. Give the fact, or say when you will know.',
      zh: '“{{word}}”模棱两可，对方无法据此安排。请给出确定的答复，或说明何时能确认。',
    },
  },
  check(context) {
    const suggestion = {
      en: 'e.g. “Yes, we can.” / “I’ll confirm with the warehouse by 3 pm.”',
      zh: '例如“可以的。”／“我向仓库确认后，下午3点前回复您。”',
    };
    for (const m of scanWords(context, matcher)) {
      context.report({
        messageId: 'hedge',
        data: { word: m.text },
        span: context.bodySpan(m.start, m.end),
        suggestion,
        allow: m.text,
      });
    }
  },
});
