import { ITEM_PLACEHOLDER } from '../../analysis/placeholders';
import { analyzeCounts, placeholderText } from '../../analysis/promises';
import { defineRule } from '../../engine/rule';
import { promiseInWords } from './count-mismatch';

export const countUnfulfilled = defineRule({
  id: 'structure/count-unfulfilled',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'A stated count (“three points:”, “以下三条：”) is followed by its items.',
    zh: '说了“以下三条：”，后面就要真的列出来。',
  },
  explanation: {
    en: 'When a message announces three points and then stops, the reader waits for items that never come and has to ask for them. Either list the items or drop the announcement.',
    zh: '消息里说了“有三点”却戛然而止，对方只能干等，还得回头追问。要么把这几条列出来，要么删掉这句预告。',
  },
  messages: {
    none: {
      en: 'You promise {{promised}} but no items follow.',
      zh: '说了“{{promised}}”，但后面一项也没有列出。',
    },
    addItems: {
      en: 'Add {{count}} placeholder items after it',
      zh: '在后面补上{{count}}个待补充项',
    },
  },
  check(context) {
    const { draft } = context;
    const placeholder = ITEM_PLACEHOLDER[draft.lang];
    for (const b of analyzeCounts(draft)) {
      if (b.mode !== 'none') continue;
      const p = b.promise;
      const text = b.insertion ? placeholderText(b.insertion, p.value, placeholder) : null;
      context.report({
        messageId: 'none',
        data: { promised: promiseInWords(p.text, p.lang) },
        span: context.bodySpan(p.start, p.end),
        fixes:
          text !== null && b.insertion
            ? [
                {
                  messageId: 'addItems',
                  data: { count: p.value },
                  edits: [context.bodyEdit(b.insertion.at, b.insertion.end, text)],
                },
              ]
            : [],
      });
    }
  },
});
