import { openingGreeting, openingParagraph, recipient } from '../../analysis/greeting';
import { defineRule } from '../../engine/rule';
import { NAME_PLACEHOLDERS } from '../../text/opening';

/** Warm forms of address in an answer (a shop's `亲，`). */
const WARM = /^(?:亲|亲爱的|親|親愛的)$/;

/** Formal openers that are right when the name is unknown. */
const FORMAL_UNKNOWN = /^(?:sir or madam|sir\/madam|sirs|sir|madam|to whom it may concern)$/i;

export const generic = defineRule({
  id: 'greeting/generic',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'The greeting names the reader (“Dear Jac”, “王经理，您好”), not nobody (“Hello”, “您好”).',
    zh: '问候应当称呼对方（“王经理，您好”“Dear Jac”），而不是泛泛的“您好”“Hello”。',
  },
  explanation: {
    en: '“Dear Jac” tells the reader the message was written for them; “Hello” or “Dear Sir or Madam” could be sent to anyone and reads like a mass mailing. Use the name you know; when you do not know it, find it out before the first contact if you can.',
    zh: '称呼对方的名字，对方才知道这条消息是写给他的；“您好”“Hello”“Dear Sir or Madam”谁都可以收到，读起来像群发。知道名字就用名字；不知道的话，最好在第一次联系前先打听清楚。',
  },
  messages: {
    generic: {
      en: '“{{greeting}}” names nobody, but you know the reader’s name: greet {{name}} by name.',
      zh: '“{{greeting}}”没有称呼对方，而您知道对方的称呼：请称呼“{{name}}”。',
    },
    genericUnknown: {
      en: '“{{greeting}}” names nobody. Greet the reader by name if you can find it out.',
      zh: '“{{greeting}}”没有称呼对方。如能了解到对方的称呼，请用称呼问候。',
    },
    useName: { en: 'Greet by name: “{{greeting}}”', zh: '改为称呼对方：“{{greeting}}”' },
  },
  check(context) {
    const { draft } = context;
    // between colleagues `Hi` is enough
    if (draft.context.internal) return;
    const para = openingParagraph(draft);
    const g = openingGreeting(draft, para);
    if (!g?.generic) return;
    const name = recipient(draft);
    // answering someone whose name you do not know, `亲` / `亲爱的` carry the warmth
    if (!name && draft.context.reply && WARM.test(g.word)) return;
    const text = draft.body.text;
    const addressed = text.slice(g.address.start, g.address.end);
    // `Dear Sir or Madam` is the right form when the name is not known.
    if (!name && FORMAL_UNKNOWN.test(addressed.trim())) return;
    const inFront = g.address.start === g.span.start && g.address.end === g.span.start;
    const n = name ?? (draft.lang === 'zh' || inFront ? NAME_PLACEHOLDERS.zh : NAME_PLACEHOLDERS.en);
    // Before `您好` the name goes in front with a comma; after `Hello` it follows with a space;
    // a generic term (`there`, `Sir or Madam`, `客户`, `亲`) is replaced by it.
    const newText = inFront ? `${n}，` : g.address.start === g.address.end ? ` ${n}` : n;
    const fixed = text.slice(g.span.start, g.address.start) + newText + text.slice(g.address.end, g.span.end);
    const greeting = text.slice(g.span.start, g.span.end);
    context.report({
      messageId: name ? 'generic' : 'genericUnknown',
      severity: name ? 'warning' : 'info',
      data: { greeting, name: name ?? '' },
      span: context.bodySpan(g.span.start, g.span.end),
      suggestion: fixed,
      fixes: [
        {
          messageId: 'useName',
          data: { greeting: fixed },
          edits: [context.bodyEdit(g.address.start, g.address.end, newText)],
        },
      ],
    });
  },
});
