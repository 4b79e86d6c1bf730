import type { LocalText } from '../../../types';
import type { ToneEntry } from './types';

export const POSITIVE: LocalText = {
  en: 'I’ll find out and get back to you by … / What we can do is …',
  zh: '我马上帮您确认，……前回复您／我们可以为您……',
};
const zh = (text: string, extra: Partial<ToneEntry> = {}): ToneEntry => ({
  text,
  lang: 'zh',
  suggestion: POSITIVE,
  ...extra,
});
const en = (text: string, extra: Partial<ToneEntry> = {}): ToneEntry => ({
  text,
  lang: 'en',
  suggestion: POSITIVE,
  ...extra,
});

/** Flat refusals and dead ends. `不能`/`can't` alone are too common: see `REFUSAL_*` below. */
export const NEGATIVE: readonly ToneEntry[] = [
  // `行不行` asks, `不行的话` means “otherwise”.
  zh('不行', { notAfter: ['行'], notBefore: ['的话'] }),
  zh('没办法', { notAfter: ['有', '不是'] }),
  zh('不可能', { notAfter: ['不是'] }),
  zh('做不到', { notAfter: ['不是'] }),
  zh('办不到', { notAfter: ['不是'] }),
  zh('不归我管'),
  zh('不是我的问题'),
  zh('不关我的事'),
  zh('关我什么事'),
  // `我不知道您是否方便` is a polite question; only the bare dead end counts.
  zh('我不知道', { clauseEnd: true }),
  en("I don't know", { clauseEnd: true }),
  en('I do not know', { clauseEnd: true }),
  // `No way to reproduce it so far` describes a problem; `no way` alone refuses.
  en('no way', { notAfter: ['in '], notBefore: [' to '] }),
  en('not my job'),
  en('not my problem'),
  en('not my responsibility'),
  en('not my department'),
  en('impossible', { notAfter: ['not '] }),
  en("can't help you"),
  en('cannot help you'),
  en('nothing I can do'),
  en('nothing we can do'),
  // Dead ends seen in customer-service chats.
  // `如有不清楚的地方` invites questions; only the bare `不清楚` is a dead end.
  zh('不清楚', {
    notAfter: ['如有', '有', '若有', '哪里', '任何'],
    notBefore: ['的', '之处', '地方'],
    clauseEnd: true,
  }),
  zh('不知道什么时候到'),
  zh('没货了', { clauseEnd: true }),
  zh('你问快递吧'),
  zh('您问快递吧'),
  zh('问快递吧'),
  zh('系统没办法'),
  en("I don't know when"),
  en('I do not know when'),
  en('ask the courier', { clauseEnd: true }),
];

/** Dead ends that are fine when the same message offers an alternative (`没货了，可以换蓝色`). */
export const UNLESS_ALTERNATIVE: ReadonlySet<string> = new Set(['没货了', '不清楚']);

/** A refusal that opens a sentence: `我们不能退款`, `We can't refund`. */
export const REFUSAL_ZH =
  /^(?:我们|我|我方|本公司|我司|公司)(?:这边|暂时|目前|真的|实在|恐怕)?(?:不能|无法|没法|不可以)/;
export const REFUSAL_EN =
  /^(?:(?:sorry|unfortunately),?\s+)?(?:we|i)\s+(?:can't|can’t|cannot|can not|won't be able to|am unable to|are unable to|are not able to)\b/i;
/** Words that offer an alternative; a refusal followed by one of them is fine. */
export const ALTERNATIVE_ZH =
  /但|不过|可以|可为|建议|替代|改为|换成|或者|另外|如果|如需|帮您|为您|给您|最快|最早/;
export const ALTERNATIVE_EN =
  /\b(?:but|however|instead|can|could|alternatively|happy to|glad to|offer|suggest|if|would|will|may|let me)\b/i;
