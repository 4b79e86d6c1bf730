import type { ToneEntry } from './types';

/** Numerals that make an estimate concrete: `大概10天`, `差不多三周` are fine. */
const NUMERALS = ['一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '半', '百', '千', '万'];

/** Vague words where a date, a time or a number would let the reader plan. */
export const VAGUE: readonly ToneEntry[] = [
  { text: '尽快', lang: 'zh' },
  { text: '大概', lang: 'zh', notBeforeKind: ['digit'], notBefore: NUMERALS },
  { text: '大约', lang: 'zh', notBeforeKind: ['digit'], notBefore: NUMERALS },
  { text: '差不多', lang: 'zh', notBeforeKind: ['digit'], notBefore: NUMERALS },
  { text: '近期', lang: 'zh' },
  { text: '一些', lang: 'zh' },
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
