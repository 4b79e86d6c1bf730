import { firstLineOf, ownBlocks } from '../../analysis/email';
import { defineRule } from '../../engine/rule';
import { countEnglishWords, countHan } from '../../text/lang';

/**
 * Share of the budget a count uses. A zero budget means “nothing at all”: any text exceeds it.
 */
function share(count: number, budget: number): number {
  if (count === 0) return 0;
  return budget <= 0 ? Number.POSITIVE_INFINITY : count / budget;
}

export const length = defineRule({
  id: 'email/length',
  appliesTo: ['eml'],
  severity: 'info',
  fixable: false,
  description: {
    en: 'Keep the body within about 300 English words or 600 Chinese characters (quoted text and signature excluded).',
    zh: '正文控制在约300个英文单词或600个汉字以内（不含引用和签名）。',
  },
  explanation: {
    en: 'Busy clients read the first screen and skim the rest. A long e-mail buries the point and the request; put both in the first lines, cut the rest, and attach the details. Mixed Chinese and English count together: 150 words and 300 characters are a full budget.',
    zh: '忙碌的客户只看第一屏，后面一扫而过。邮件太长会淹没要点和请求：请把这两样放在开头，删去其余内容，细节放附件。中英文混写时合并计算：150个单词加300个汉字即为满额。',
  },
  messages: {
    long: {
      en: 'The body runs to {{words}} English words and {{chars}} Chinese characters, over the budget of {{wordBudget}} words / {{charBudget}} characters: the client will skim past the point. Put the key point first and cut the rest.',
      zh: '正文有{{words}}个英文单词、{{chars}}个汉字，超出{{wordBudget}}词／{{charBudget}}字的篇幅：客户会略过要点。请把要点放在最前面，删减其余内容。',
    },
  },
  check(context) {
    const draft = context.draft;
    const { emailWords, emailChars } = context.config.budgets;
    let words = 0;
    let chars = 0;
    let over: { start: number; end: number } | null = null;
    for (const b of ownBlocks(draft)) {
      words += countEnglishWords(b.text);
      chars += countHan(b.text);
      // Mixed text shares one budget: the two fractions add up.
      if (!over && share(words, emailWords) + share(chars, emailChars) > 1) over = b;
    }
    if (!over) return;
    const line = firstLineOf(draft.body.text, over.start, over.end);
    context.report({
      messageId: 'long',
      data: { words, chars, wordBudget: emailWords, charBudget: emailChars },
      span: context.bodySpan(line.start, line.end),
    });
  },
});
