import { defineRule } from '../../engine/rule';
import { PhraseMatcher } from '../../text/phrases';
import { ownParagraphs, scanWords } from './scan';
import { HOLD, WAIT_TIME } from './words/hold';

const matcher = new PhraseMatcher(HOLD);

/** The placeholder a fix inserts after the request to wait. */
const TIME = { zh: '（[预计时间]）', en: ' ([time])' } as const;

export const hold = defineRule({
  id: 'tone/hold',
  appliesTo: ['msg', 'eml'],
  severity: 'info',
  fixable: true,
  description: {
    en: 'Asking the reader to wait without saying how long.',
    zh: '让对方等待，却没说等多久。',
  },
  explanation: {
    en: 'A wait with no end makes the reader check back again and again. Say how long (“2 minutes”) or by when (“before 5 pm today”), and come back by then.',
    zh: '没有期限的等待，让对方只能一次次回来追问。请说明要等多久（“2分钟”）或什么时候答复（“今天下班前”），并按时回复。',
  },
  messages: {
    hold: {
      en: '“{{word}}” asks the reader to wait but not for how long. Say how long, or by when you will reply.',
      zh: '“{{word}}”让对方等待，却没说等多久。请说明需要多久，或几点前回复。',
    },
    addTime: { en: 'Add a time placeholder', zh: '补上时间占位' },
  },
  check(context) {
    const text = context.draft.body.text;
    const paragraphs = ownParagraphs(context);
    for (const m of scanWords(context, matcher)) {
      const p = paragraphs.find((x) => x.start <= m.start && m.end <= x.end);
      if (!p) continue;
      const para = text.slice(p.start, p.end);
      if (WAIT_TIME.test(para) || para.includes(TIME.zh) || para.includes(TIME.en.trim())) continue;
      const zh = m.entry.lang === 'zh';
      context.report({
        messageId: 'hold',
        data: { word: m.text },
        span: context.bodySpan(m.start, m.end),
        fixes: [{ messageId: 'addTime', edits: [context.bodyEdit(m.end, m.end, zh ? TIME.zh : TIME.en)] }],
        allow: m.text,
      });
    }
  },
});
