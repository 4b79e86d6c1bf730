import type { ToneEntry } from './types';

const zh = (text: string): ToneEntry => ({ text, lang: 'zh' });
const en = (text: string): ToneEntry => ({ text, lang: 'en' });

/** Who is being run down: competitors and “others”. */
export const RIVALS: readonly ToneEntry[] = [
  ...[
    '他们的产品',
    '他们家',
    '别家',
    '别人家',
    '其他家',
    '其他厂家',
    '其他工厂',
    '其他供应商',
    '别的厂家',
    '别的供应商',
  ].map(zh),
  ...['同行', '竞争对手', '友商', '市面上的', '外面的', '那些厂家', '某些厂家', '小厂'].map(zh),
  ...['their product', 'their products', 'their quality', 'their goods', 'their factory', 'their stuff'].map(
    en,
  ),
  ...[
    'our competitors',
    'our competitor',
    'competitors',
    "competitors'",
    'other suppliers',
    'other factories',
  ].map(en),
  ...['other vendors', 'other companies', 'the other supplier', 'other brands', 'cheaper suppliers'].map(en),
];

/** What is said of them, in the same sentence. */
export const SLURS: readonly ToneEntry[] = [
  ...[
    '很差',
    '太差',
    '差劲',
    '垃圾',
    '很烂',
    '太烂',
    '烂货',
    '骗人',
    '骗子',
    '忽悠',
    '坑人',
    '黑心',
    '偷工减料',
  ].map(zh),
  ...['以次充好', '山寨', '假货', '劣质', '不靠谱', '没法比', '比不上我们', '不如我们', '质量差', '不行'].map(
    zh,
  ),
  ...[
    'junk',
    'garbage',
    'trash',
    'crap',
    'rubbish',
    'terrible',
    'awful',
    'useless',
    'fake',
    'scam',
    'scammers',
  ].map(en),
  ...[
    'cheats',
    'a joke',
    'poor quality',
    'low quality',
    'shoddy',
    'knockoff',
    'knockoffs',
    'cut corners',
  ].map(en),
  ...["can't compare", 'cannot compare', 'worse than ours', 'no match for us'].map(en),
];
