import type { ToneEntry } from './types';

/**
 * Internet slang. Reactions (`晕`, `倒`, `汗`, `lol`) are deleted; shorthand gets its plain word.
 * Single characters count only as a reaction standing alone (`晕！`, `汗，我看错了`): inside a
 * word (`晕船`, `倒是`, `汗衫`) the segmenter or the `alone` condition keeps them silent.
 */
export const SLANG: readonly ToneEntry[] = [
  // Chinese reactions: deleted.
  { text: '晕', lang: 'zh', replacement: '', alone: true },
  { text: '我晕', lang: 'zh', replacement: '', alone: true },
  { text: '晕死', lang: 'zh', replacement: '', alone: true },
  { text: '倒', lang: 'zh', replacement: '', alone: true },
  { text: '我倒', lang: 'zh', replacement: '', alone: true },
  { text: '汗', lang: 'zh', replacement: '', alone: true },
  { text: '狂汗', lang: 'zh', replacement: '', alone: true },
  { text: '汗死', lang: 'zh', replacement: '', alone: true },
  { text: '囧', lang: 'zh', replacement: '尴尬', boundary: 'none' },
  // Chinese shorthand: the plain word.
  { text: '神马', lang: 'zh', replacement: '什么' },
  { text: '酱紫', lang: 'zh', replacement: '这样' },
  { text: '木有', lang: 'zh', replacement: '没有' },
  { text: '有木有', lang: 'zh', replacement: '有没有' },
  { text: '肿么', lang: 'zh', replacement: '怎么' },
  { text: '灰常', lang: 'zh', replacement: '非常' },
  { text: '不造', lang: 'zh', replacement: '不知道', notBefore: ['成', '假', '谣', '型'] },
  { text: '表酱紫', lang: 'zh', replacement: '不要这样' },
  { text: '3Q', lang: 'zh', replacement: '谢谢', alone: true },
  { text: '3q', lang: 'zh', replacement: '谢谢', alone: true, caseSensitive: true },
  { text: '886', lang: 'zh', replacement: '再见', alone: true },
  { text: '88', lang: 'zh', replacement: '再见', alone: true },
  // English shorthand.
  {
    text: 'u',
    lang: 'en',
    replacement: 'you',
    caseSensitive: true,
    notBeforeKind: ['han', 'digit'],
    notAfterKind: ['digit'],
  },
  { text: 'ur', lang: 'en', caseSensitive: true, suggestion: { en: 'your / you’re', zh: 'your / you’re' } },
  { text: 'pls', lang: 'en', replacement: 'please' },
  { text: 'plz', lang: 'en', replacement: 'please' },
  { text: 'plse', lang: 'en', replacement: 'please' },
  { text: 'thx', lang: 'en', replacement: 'thanks' },
  { text: 'thanx', lang: 'en', replacement: 'thanks' },
  { text: 'tks', lang: 'en', replacement: 'thanks' },
  { text: 'tmr', lang: 'en', replacement: 'tomorrow' },
  { text: 'btw', lang: 'en', replacement: 'by the way' },
  { text: 'lol', lang: 'en', replacement: '' },
  { text: 'lmao', lang: 'en', replacement: '' },
  { text: 'omg', lang: 'en', replacement: '' },
];
