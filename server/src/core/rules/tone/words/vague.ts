import type { ToneEntry } from './types';

/** Numerals that make an estimate concrete: `大概10天`, `差不多三周` are fine. */
const NUMERALS = ['一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '半', '百', '千', '万'];

/** Adjectives that make `一些` a comparative: `小一些`, `便宜一些`, `偏大一些`. */
const COMPARATIVES = [
  ...'小大高低多少快慢轻重长短早晚好厚薄宽窄深浅软硬松紧强弱贵近远亮暗细粗冷热新旧稳'.split(''),
  '便宜',
  '简单',
  '清楚',
  '详细',
  '具体',
  '明确',
  '方便',
  '容易',
  '仔细',
  '耐心',
  '灵活',
  '干净',
];

/** Vague words where a date, a time or a number would let the reader plan. */
export const VAGUE: readonly ToneEntry[] = [
  { text: '尽快', lang: 'zh' },
  { text: '大概', lang: 'zh', notBeforeKind: ['digit'], notBefore: NUMERALS },
  { text: '大约', lang: 'zh', notBeforeKind: ['digit'], notBefore: NUMERALS },
  // `差不多软`, `差不多大`: a comparison (“about as soft”), not a vague estimate.
  {
    text: '差不多',
    lang: 'zh',
    notBeforeKind: ['digit'],
    notBefore: [...NUMERALS, ...COMPARATIVES, '一样', '的'],
  },
  { text: '近期', lang: 'zh' },
  // `小一些`, `便宜一些`: a comparative (“a bit smaller”), not a vague quantity.
  { text: '一些', lang: 'zh', notAfter: COMPARATIVES },
  { text: '过几天', lang: 'zh' },
  { text: '改天', lang: 'zh' },
  { text: '回头', lang: 'zh', notBefore: ['客', '率'] },
  { text: 'ASAP', lang: 'en' },
  { text: 'A.S.A.P.', lang: 'en', boundary: 'none' },
  { text: 'as soon as possible', lang: 'en' },
  // `as soon as we receive the deposit` names a trigger: it is not vague.
  { text: 'soon', lang: 'en', notAfter: ['as '], notBefore: [' as', ' after'] },
  { text: 'at some point', lang: 'en' },
  { text: 'sometime', lang: 'en' },
  { text: 'in the near future', lang: 'en' },
  { text: 'shortly', lang: 'en' },
];
