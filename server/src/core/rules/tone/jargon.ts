import { LISTS } from '../../analysis/tone-lists';
import { defineRule } from '../../engine/rule';
import { PhraseMatcher } from '../../text/phrases';
import { scanWords } from './scan';
import type { ToneEntry } from './words/types';

const builtIn = LISTS.jargon;

/** The user's `jargon` list is plain text: it becomes a PhraseMatcher (never a regex), built once per list. */
const userMatchers = new Map<string, PhraseMatcher<ToneEntry>>();
function userMatcher(words: readonly string[]): PhraseMatcher<ToneEntry> | null {
  if (!words.length) return null;
  const key = words.join('\u0000');
  let m = userMatchers.get(key);
  if (!m) {
    if (userMatchers.size >= 16) userMatchers.clear();
    m = new PhraseMatcher(
      words.map((text): ToneEntry => ({ text, lang: /\p{Script=Han}/u.test(text) ? 'zh' : 'en' })),
    );
    userMatchers.set(key, m);
  }
  return m;
}

export const jargon = defineRule({
  id: 'tone/jargon',
  appliesTo: ['msg', 'eml'],
  severity: 'info',
  fixable: false,
  description: { en: 'Insider terms the customer may not know.', zh: '客户可能不懂的行话。' },
  explanation: {
    en: 'Terms from your own trade or office (“sell-through”, “synergy”, “circle back”) make a customer guess, and many will not ask. Plain words get the point across the first time.',
    zh: '“终端”“动销”“赋能”这类行业或公司内部用语，客户要靠猜，很多人也不会开口问。用平实的话说，对方一次就能看懂。',
  },
  messages: {
    jargon: {
      en: '“{{word}}” is insider jargon the customer may not know. Say it plainly: {{plain}}.',
      zh: '“{{word}}”是行话，客户未必懂。请说得直白些：{{plain}}。',
    },
    custom: {
      en: '“{{word}}” is on your team’s jargon list: the customer may not know it. Say it plainly.',
      zh: '“{{word}}”在团队的行话清单中，客户未必懂。请说得直白些。',
    },
  },
  check(context) {
    const lang = context.draft.lang;
    const seen = new Set<number>();
    for (const m of scanWords(context, builtIn)) {
      seen.add(m.start);
      const plain = m.entry.suggestion!;
      context.report({
        messageId: 'jargon',
        data: { word: m.text, plain: lang === 'zh' ? plain.zh : plain.en },
        span: context.bodySpan(m.start, m.end),
        suggestion: plain,
        allow: m.text,
      });
    }
    const user = userMatcher(context.config.jargon);
    if (!user) return;
    for (const m of scanWords(context, user)) {
      if (seen.has(m.start)) continue;
      context.report({
        messageId: 'custom',
        data: { word: m.text },
        span: context.bodySpan(m.start, m.end),
        allow: m.text,
      });
    }
  },
});
