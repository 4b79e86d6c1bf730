import type { ToneEntry } from './types';

const suggestion = {
  en: 'Say what you need: “Could you confirm the delivery date by Friday?”',
  zh: '直接说明需要对方做什么：“麻烦您周五前确认交货日期。”',
};

/** Verbal filler typed out. Stutters keep one copy (`然后然后` → `然后`); pure filler is deleted. */
export const FILLER: readonly ToneEntry[] = [
  { text: '嗯嗯', lang: 'zh', replacement: '' },
  { text: '嗯嗯嗯', lang: 'zh', replacement: '' },
  { text: '那个那个', lang: 'zh', replacement: '' },
  { text: '这个这个', lang: 'zh', replacement: '这个' },
  { text: '然后然后', lang: 'zh', replacement: '然后' },
  { text: '就是就是', lang: 'zh', replacement: '就是' },
  // `也就是说` and `这就是说` are connectives that mean “that is”; only the bare filler counts.
  {
    text: '就是说',
    lang: 'zh',
    replacement: '',
    notAfter: ['也', '这', '那', '这也', '那也'],
    clauseStart: true,
  },
  { text: '呃', lang: 'zh', replacement: '' },
  { text: '额', lang: 'zh', replacement: '', clauseStart: true, notBefore: ['度', '外', '定', '头', '满'] },
  { text: '那啥', lang: 'zh', replacement: '' },
  { text: 'just checking in', lang: 'en', replacement: '', fixAlone: true, suggestion },
  { text: 'just wanted to check in', lang: 'en', replacement: '', fixAlone: true, suggestion },
  { text: 'touching base', lang: 'en', replacement: '', fixAlone: true, suggestion },
  { text: 'just touching base', lang: 'en', replacement: '', fixAlone: true, suggestion },
  { text: 'just wanted to touch base', lang: 'en', replacement: '', fixAlone: true, suggestion },
  { text: 'um', lang: 'en', replacement: '', clauseStart: true },
  { text: 'umm', lang: 'en', replacement: '', clauseStart: true },
  { text: 'uh', lang: 'en', replacement: '', clauseStart: true },
  { text: 'erm', lang: 'en', replacement: '', clauseStart: true },
  { text: 'hmm', lang: 'en', replacement: '', clauseStart: true },
  { text: 'hmmm', lang: 'en', replacement: '', clauseStart: true },
];
