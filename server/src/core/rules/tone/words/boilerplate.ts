import type { ToneEntry } from './types';

/** Self-praise every supplier writes; the rule keeps it only when its sentence has no figure. */
export const BOILERPLATE: readonly ToneEntry[] = [
  { text: 'professional manufacturer', lang: 'en' },
  { text: 'professional supplier', lang: 'en' },
  { text: 'high quality and competitive price', lang: 'en' },
  { text: 'high quality and low price', lang: 'en' },
  { text: 'competitive price', lang: 'en' },
  { text: 'competitive prices', lang: 'en' },
  { text: 'best service', lang: 'en' },
  { text: 'excellent service', lang: 'en' },
  { text: 'leading supplier', lang: 'en' },
  { text: 'leading manufacturer', lang: 'en' },
  { text: 'one-stop solution', lang: 'en' },
  { text: 'win-win cooperation', lang: 'en' },
  { text: 'customer first', lang: 'en' },
  { text: '质量好、价格优、服务一流', lang: 'zh' },
  { text: '质量好，价格优，服务一流', lang: 'zh' },
  { text: '质优价廉', lang: 'zh' },
  { text: '物美价廉', lang: 'zh' },
  { text: '价格优惠，质量可靠', lang: 'zh' },
  { text: '专业生产', lang: 'zh' },
  { text: '信誉第一', lang: 'zh' },
  { text: '服务一流', lang: 'zh' },
  { text: '客户至上', lang: 'zh' },
  { text: '互利共赢', lang: 'zh' },
  { text: '一站式服务', lang: 'zh' },
];
