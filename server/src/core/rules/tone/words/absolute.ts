import type { ToneEntry } from './types';

const zh = (text: string, extra: Partial<ToneEntry> = {}): ToneEntry => ({
  text,
  lang: 'zh',
  notInQuestion: true,
  ...extra,
});
const en = (text: string, extra: Partial<ToneEntry> = {}): ToneEntry => ({
  text,
  lang: 'en',
  notInQuestion: true,
  ...extra,
});

/**
 * Absolute, unprovable claims (several are banned in Chinese advertising). Ordinals and advice
 * are not claims: `第一次`, `第一批`, `质量第一` and `您最好先…` stay silent, so `第一` and
 * `最好` are listed only in the phrases that claim (and `最好`, `100%` have their own check).
 * A question (`这是你们的最低价吗？`) asks; it does not claim.
 */
export const ABSOLUTE: readonly ToneEntry[] = [
  zh('全网最', { boundary: 'none' }),
  zh('史上最', { boundary: 'none' }),
  ...[
    '全国第一',
    '全球第一',
    '世界第一',
    '国内第一',
    '行业第一',
    '销量第一',
    '市场第一',
    '全网第一',
    '排名第一',
  ].map((w) => zh(w)),
  zh('天下第一'),
  zh('第一品牌'),
  ...['全国唯一', '全球唯一', '国内唯一', '行业唯一', '业内唯一', '唯一一家', '独一无二'].map((w) => zh(w)),
  ...['全国最低', '市场最低', '行业最低', '全球最低'].map((w) => zh(w, { boundary: 'none' })),
  // `绝对值`, `绝对湿度` are measurements.
  zh('绝对', { notBefore: ['值', '温度', '压力', '湿度', '误差', '零度', '坐标', '路径'] }),
  zh('零风险'),
  // `国家级高新技术企业` and the like are official titles, quoted as certificates.
  zh('国家级', {
    notBefore: [
      '高新技术企业',
      '高新企业',
      '专精特新',
      '重点实验室',
      '实验室',
      '检测中心',
      '企业技术中心',
      '非物质文化遗产',
      '示范',
    ],
  }),
  zh('顶级', { notBefore: ['域名'] }),
  zh('世界级'),
  zh('无敌'),
  ...[
    'best in the world',
    "world's best",
    'best in the industry',
    'best on the market',
    'best in the market',
  ].map((w) => en(w)),
  ...[
    'the best quality',
    'the best product',
    'the best products',
    'the best supplier',
    'the best factory',
  ].map((w) => en(w)),
  ...['No.1', 'No. 1', 'number one', '#1'].map((w) =>
    en(w, {
      boundary: 'none',
      onlyAfter: ['the ', 'is ', 'are ', "we're ", 'ranked ', "world's ", 'industry '],
      notBefore: [' priority'],
    }),
  ),
  // `payment guaranteed by L/C`, `guaranteed for 12 months` are specific terms, not boasts.
  en('guaranteed', {
    notBefore: [' by', ' under', ' for ', ' in writing', ' in the contract'],
    // `contractually guaranteed`: a term of a contract, not a boast.
    notAfter: ['contractually ', 'legally ', 'contractually\n', 'legally\n'],
  }),
  en('risk-free'),
  en('risk free'),
  en('zero risk'),
  en('no risk at all'),
  ...[
    'lowest price in',
    'lowest prices in',
    'cheapest in',
    'unbeatable',
    'unrivaled',
    'unrivalled',
    'flawless',
  ].map((w) => en(w)),
  en('perfect quality'),
];

/** `100%` claims only with one of these right after it (`100%满意`, `100% safe`); `100%棉`, `100% T/T` are facts. */
export const HUNDRED_CLAIMS = [
  '满意',
  '保证',
  '保障',
  '正品',
  '安全',
  '无风险',
  '没问题',
  '放心',
  '好评',
  '原装',
  '真品',
  '可靠',
  '成功',
  '准时',
  'satisfaction',
  'satisfied',
  'guaranteed',
  'guarantee',
  'safe',
  'genuine',
  'original',
  'authentic',
  'sure',
  'reliable',
  'risk-free',
  'quality',
  'on time',
  'success',
  'perfect',
];
/** … or one of these right before it (`保证100%`, `we are 100%`). */
export const HUNDRED_CLAIMS_BEFORE = [
  '保证',
  '确保',
  'guarantee',
  'guaranteed',
  'we are',
  "we're",
  "i'm",
  'i am',
];
/** `最好` claims when it praises one of these (`最好的产品`, `质量最好`); `最好的办法` and `您最好先…` advise. */
export const BEST_NOUNS = [
  '产品',
  '质量',
  '价格',
  '服务',
  '品质',
  '工厂',
  '厂家',
  '供应商',
  '材料',
  '做工',
  '工艺',
  '品牌',
  '货',
];
export const BEST_SUBJECTS = ['我们', '我司', '本公司', '本厂', '咱们', ...BEST_NOUNS, '效果'];
