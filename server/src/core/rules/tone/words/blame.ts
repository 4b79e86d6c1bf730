import type { LocalText } from '../../../types';
import type { ToneEntry } from './types';

const clarify: LocalText = {
  en: 'To clarify, … / Let me put it another way: …',
  zh: '可能是我没说清楚，……／我再补充说明一下：……',
};
const zh = (text: string, extra: Partial<ToneEntry> = {}): ToneEntry => ({
  text,
  lang: 'zh',
  suggestion: clarify,
  ...extra,
});
const en = (text: string, extra: Partial<ToneEntry> = {}): ToneEntry => ({
  text,
  lang: 'en',
  suggestion: clarify,
  ...extra,
});
/** `It's not your fault`, `不是你的问题` are kind, not blame. */
const NEGATED_EN = ['not ', "n't ", 'no '];
const NEGATED_ZH = ['不', '并不', '没'];

/** Criticising or blaming the reader. */
export const BLAME: readonly ToneEntry[] = [
  zh('你错了'),
  zh('你们错了'),
  zh('你搞错了'),
  zh('你们搞错了'),
  zh('你弄错了'),
  zh('你理解错了'),
  zh('你没看清楚'),
  zh('你没仔细看'),
  zh('你自己看'),
  zh('这都不懂'),
  zh('这都不知道'),
  zh('我早就说过'),
  zh('我早说过'),
  zh('我不是说过了吗'),
  zh('说了多少遍'),
  zh('跟你说过多少次'),
  zh('你怎么又'),
  zh('你们怎么搞的'),
  zh('怎么搞的'),
  zh('是你的问题', { notAfter: NEGATED_ZH }),
  zh('是你们的问题', { notAfter: NEGATED_ZH }),
  zh('是你的错', { notAfter: NEGATED_ZH }),
  zh('都怪你'),
  zh('怪你们', { notAfter: NEGATED_ZH }),
  zh('你的责任', { notAfter: NEGATED_ZH }),
  zh('你们的责任', { notAfter: NEGATED_ZH }),
  // Blaming the customer's use or memory (customer-service chats).
  zh('您使用不当'),
  zh('你使用不当'),
  zh('人为损坏', { notAfter: [...NEGATED_ZH, '不属于', '非', '不是'] }),
  zh('操作失误', { notAfter: ['我们的', '我的', '我方', '我们', '我', '本人', '同事', '仓库'] }),
  zh('您一直没回'),
  zh('你一直没回'),
  // Flat contradiction.
  zh('您说的不对'),
  zh('你说的不对'),
  zh('不是这样的', { clauseStart: true }),
  en('you are wrong'),
  en("you're wrong"),
  en('you got it wrong'),
  en('your fault', { notAfter: NEGATED_EN }),
  en('your mistake', { notAfter: NEGATED_EN }),
  en('you failed to'),
  en('you forgot to'),
  en("you didn't read"),
  en('you did not read'),
  en('you misunderstood'),
  en('as I already told you'),
  en('as I told you'),
  en('as I already said'),
  en('as I said before'),
  en('I already told you'),
  en('like I said'),
  en('as per my last email'),
  en('as per my last e-mail'),
  en('as per my previous email'),
  en('as stated in my last email'),
  en("that's your problem"),
  en('that is your problem'),
  en('user error', { notAfter: NEGATED_EN }),
  en('you never replied'),
  en('you never answered'),
  en('that is not true'),
  en("that's not true"),
  en('you are mistaken'),
  en("you're mistaken"),
];
