import type { ToneEntry } from './types';

/** Hedges where the reader wants a commitment (`应该可以吧`, `not sure`). */
export const HEDGE: readonly ToneEntry[] = [
  { text: '应该可以吧', lang: 'zh' },
  { text: '应该没问题吧', lang: 'zh' },
  { text: '应该行吧', lang: 'zh' },
  // `估计值`, `预估计` name an estimate; `估计` alone hedges.
  { text: '估计', lang: 'zh', notAfter: ['预', '低', '高', '难以'], notBefore: ['值', '数', '量'] },
  { text: '可能吧', lang: 'zh' },
  { text: '大概吧', lang: 'zh' },
  { text: '也许吧', lang: 'zh' },
  { text: '说不好', lang: 'zh' },
  { text: '不好说', lang: 'zh' },
  { text: '说不准', lang: 'zh' },
  { text: '不太确定', lang: 'zh' },
  { text: '不太清楚', lang: 'zh' },
  { text: 'maybe', lang: 'en', notInQuestion: true },
  { text: 'not sure', lang: 'en', notInQuestion: true, notBefore: [' whether you', ' if you'] },
  { text: 'I guess', lang: 'en' },
  { text: 'I think it should', lang: 'en' },
  { text: 'should be fine, I think', lang: 'en' },
  { text: 'hopefully', lang: 'en', notInQuestion: true },
];
