import { ITEM_PLACEHOLDER } from '../../analysis/placeholders';
import { analyzeCounts, placeholderText } from '../../analysis/promises';
import { defineRule, type FixSpec } from '../../engine/rule';
import { formatLike, formatNumeral } from '../../text/numerals';

type Ids = 'fewer' | 'more' | 'item' | 'changeCount' | 'addPlaceholders';

export const countMismatch = defineRule({
  id: 'structure/count-mismatch',
  appliesTo: ['msg', 'eml'],
  severity: 'error',
  fixable: true,
  description: {
    en: 'A stated count (“three points”, “三条”) matches the number of items that follow.',
    zh: '说了几条（“三条”“three points”），后面就列几条。',
  },
  explanation: {
    en: 'Announcing three points and delivering two looks careless, and it sends the reader searching for the one that is missing — or wondering what else was left out. Announcing three and delivering four makes the structure hard to trust. Say how many, then deliver all of them.',
    zh: '说了三条却只写两条，显得不用心，对方还会回头去找缺的那一条，甚至怀疑还漏了什么；说三条却列了四条，结构就让人难以信任。说几条，就列几条。',
  },
  messages: {
    fewer: {
      en: 'You promise {{promised}} but list {{delivered}}.',
      zh: '说了“{{promised}}”，但只列了{{delivered}}{{unit}}。',
    },
    more: {
      en: 'You promise {{promised}} but list {{delivered}}, more than announced.',
      zh: '说了“{{promised}}”，却列了{{delivered}}{{unit}}，比说的多。',
    },
    item: { en: 'Counted item {{n}} of {{delivered}}', zh: '计入的第{{n}}项（共{{delivered}}项）' },
    changeCount: { en: 'Change “{{from}}” to “{{to}}”', zh: '把“{{from}}”改为“{{to}}”' },
    addPlaceholders: {
      en: 'Add {{count}} placeholder item(s) after the last one',
      zh: '在最后一项后补上{{count}}个待补充项',
    },
  },
  check(context) {
    const { draft } = context;
    const placeholder = ITEM_PLACEHOLDER[draft.lang];
    for (const b of analyzeCounts(draft)) {
      const p = b.promise;
      if (b.mode === 'none' || b.delivered === p.value) continue;
      const fewer = b.delivered < p.value;
      // Messages after a promise are its items only as far as we can tell: extra messages may
      // be about something else, so only a shortfall is reported there.
      if (!fewer && b.mode === 'messages') continue;
      const fixes: FixSpec<Ids>[] = [];
      // With an empty item (`3. ` alone) the writer meant the count: the blank is to fill, not the count to change.
      if (!b.empty && b.delivered >= (p.lang === 'en' ? 2 : 1)) {
        const numeral = formatLike(b.delivered, p.numeral, { beforeMeasure: true });
        const to = numeral + p.text.slice(p.numeral.end - p.start);
        fixes.push({
          messageId: 'changeCount',
          data: { from: p.text, to },
          edits: [context.bodyEdit(p.numeral.start, p.numeral.end, numeral)],
        });
      }
      if (fewer && b.insertion) {
        const missing = p.value - b.delivered;
        const text = placeholderText(b.insertion, missing, placeholder);
        if (text !== null)
          fixes.push({
            messageId: 'addPlaceholders',
            data: { count: missing },
            edits: [context.bodyEdit(b.insertion.at, b.insertion.end, text)],
          });
      }
      context.report({
        messageId: fewer ? 'fewer' : 'more',
        data: {
          // A promise in English words is answered in words, mid-sentence: "You promise three
          // points but list two." (one in digits, "3 things", keeps digits: "… but list 2").
          promised: promiseInWords(p.text, p.lang),
          delivered:
            p.lang === 'en' && p.numeral.style === 'word' ? formatNumeral(b.delivered, 'word') : b.delivered,
          unit: p.unit,
        },
        span: context.bodySpan(p.start, p.end),
        fixes,
        related: b.items.map((it, i) => {
          const head = it.item?.head ?? it;
          const start = it.item ? it.item.start : it.start;
          return {
            span: context.bodySpan(start, Math.max(start, Math.min(head.end, it.end))),
            messageId: 'item' as const,
            data: { n: i + 1, delivered: b.delivered },
          };
        }),
      });
    }
  },
});

/** A promise as a message quotes it mid-sentence: an English one in lower case ("Three points" → "three points"). */
export function promiseInWords(text: string, lang: string): string {
  if (lang !== 'en') return text;
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
