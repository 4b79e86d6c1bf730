import { isCardNumber, isChineseId, maskAllButLastFour } from '../../analysis/digits';
import { defineRule } from '../../engine/rule';

/** 18 characters not inside a longer run of digits or letters. */
const ID = /(?<![A-Za-z0-9])\d{17}[\dXx](?![A-Za-z0-9])/g;
/** 16–19 digits, maybe in groups separated by single spaces or hyphens. */
const CARD = /(?<![A-Za-z0-9-])\d(?:[ -]?\d){15,18}(?![A-Za-z0-9])/g;
/** `密码：…`, `password: …`, `pwd is …`: the value, up to white space or a clause mark. */
const PASSWORD =
  /(?:密码|口令|password|passwd|pwd)\s*(?:是|为|[:：=]|is\b)\s*[“"'‘]?([^\s“”"'‘’，。；,;、)）]{3,64})/giu;
/** What is plainly not a password written out: placeholders and masks. */
const NOT_A_PASSWORD = /^(?:\*+|x+|•+|\.+|…+|\[.*\]|<.*>|\{.*\}|空|无|不变|已重置|reset|none|n\/a)$/iu;
/** Words right before a number that make it an order, tracking or phone number. */
const NOT_PERSONAL =
  /(?:订单|单号|运单|快递|物流|批号|型号|编号|order|tracking|invoice|po|sku|ref)\s*(?:号|no\.?|number|#)?\s*[:：#]?\s*$/i;

export const personalData = defineRule({
  id: 'privacy/personal-data',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'An ID-card number, a bank-card number or a password written into a message.',
    zh: '消息里写了身份证号、银行卡号或密码。',
  },
  explanation: {
    en: 'Messages are forwarded, screenshotted and archived; anyone who sees this one can read the number. Send only the last four digits, or share it through a channel meant for it.',
    zh: '消息会被转发、截图和存档，看到它的任何人都能读到这个号码。只写后四位，或通过专门的安全渠道提供。',
  },
  messages: {
    id: {
      en: 'A full ID-card number is written here; anyone the message reaches can read it.',
      zh: '这里写了完整的身份证号，消息转到谁手里，谁都能看到。',
    },
    card: {
      en: 'A full bank-card number is written here; anyone the message reaches can read it.',
      zh: '这里写了完整的银行卡号，消息转到谁手里，谁都能看到。',
    },
    password: {
      en: 'A password is written out here; anyone the message reaches can use it.',
      zh: '这里写出了密码，消息转到谁手里，谁都能用它。',
    },
    mask: { en: 'Mask all but the last four characters', zh: '只保留后四位，其余打码' },
  },
  check(context) {
    const text = context.draft.body.text;
    const report = (messageId: 'id' | 'card' | 'password', start: number, end: number) => {
      if (context.isQuoted(start, end)) return;
      const value = text.slice(start, end);
      context.report({
        messageId,
        span: context.bodySpan(start, end),
        fixes: [{ messageId: 'mask', edits: [context.bodyEdit(start, end, maskAllButLastFour(value))] }],
      });
    };
    const taken: [number, number][] = [];
    const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
    const notPersonal = (start: number) => NOT_PERSONAL.test(text.slice(Math.max(0, start - 16), start));
    if (/\d{16}/.test(text.replace(/[ -]/g, ''))) {
      ID.lastIndex = 0;
      for (let m = ID.exec(text); m; m = ID.exec(text)) {
        if (!isChineseId(m[0]) || notPersonal(m.index)) continue;
        taken.push([m.index, m.index + m[0].length]);
        report('id', m.index, m.index + m[0].length);
      }
      CARD.lastIndex = 0;
      for (let m = CARD.exec(text); m; m = CARD.exec(text)) {
        const digits = m[0].replace(/[ -]/g, '');
        // Groups must be regular (`6222 0212 3456 7890`), not a phone number and a date side by side.
        if (
          /[ -]/.test(m[0]) &&
          !/^\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?$|^\d{4}[ -]\d{6}[ -]\d{5}$/.test(m[0])
        )
          continue;
        const end = m.index + m[0].length;
        if (!free(m.index, end) || !isCardNumber(digits) || notPersonal(m.index)) continue;
        taken.push([m.index, end]);
        report('card', m.index, end);
      }
    }
    PASSWORD.lastIndex = 0;
    for (let m = PASSWORD.exec(text); m; m = PASSWORD.exec(text)) {
      // A full stop after the value ends the sentence.
      const value = m[1]!.replace(/\.+$/, '');
      if (NOT_A_PASSWORD.test(value)) continue;
      const start = m.index + m[0].length - m[1]!.length;
      report('password', start, start + value.length);
    }
  },
});
