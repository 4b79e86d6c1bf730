import type { ToneEntry } from './types';

const en = (text: string, extra: Partial<ToneEntry> = {}): ToneEntry => ({
  text,
  lang: 'en',
  replacement: '',
  ...extra,
});
const zh = (text: string, extra: Partial<ToneEntry> = {}): ToneEntry => ({
  text,
  lang: 'zh',
  replacement: '',
  ...extra,
});

/**
 * Swearing and insults. Whole words only, so `Scunthorpe`, `shiitake`, `assistant`, `class`,
 * `USB` and `操作` stay silent; words that are also ordinary (`滚`, `靠`, `操`, `SB`) count only
 * where they can only be an oath.
 */
export const PROFANITY: readonly ToneEntry[] = [
  ...['fuck', 'fucking', 'fucked', 'fucker', 'fck', 'f*ck', 'f**k', 'motherfucker', 'wtf', 'stfu'].map((w) =>
    en(w),
  ),
  ...['shit', 'shitty', 'sh*t', 'bullshit', 'crap', 'crappy'].map((w) => en(w)),
  ...['damn', 'dammit', 'goddamn', 'goddamnit', 'bitch', 'bastard', 'asshole', 'jackass', 'dumbass'].map(
    (w) => en(w),
  ),
  ...[
    'idiot',
    'idiots',
    'idiotic',
    'moron',
    'morons',
    'retard',
    'retarded',
    'piss off',
    'pissed off',
    'screw you',
  ].map((w) => en(w)),
  ...[
    'you stupid',
    'are you stupid',
    "you're stupid",
    'you are stupid',
    'so stupid',
    'how stupid',
    'stupid question',
  ].map((w) => en(w)),
  zh('他妈的'),
  zh('妈的'),
  zh('他娘的'),
  zh('特么'),
  zh('卧槽'),
  zh('我操'),
  zh('操', { alone: true }),
  zh('我靠', { alone: true }),
  zh('靠', { alone: true }),
  zh('傻逼'),
  zh('傻B', { boundary: 'none' }),
  zh('煞笔'),
  zh('SB', { caseSensitive: true, nextToHan: true }),
  zh('混蛋'),
  zh('王八蛋'),
  zh('白痴'),
  zh('弱智'),
  zh('脑残'),
  zh('蠢货'),
  zh('笨蛋'),
  zh('神经病'),
  zh('狗屎'),
  zh('去死'),
  zh('滚', { alone: true }),
  zh('你滚'),
  zh('滚蛋'),
  zh('滚开'),
  zh('你妹', { alone: true }),
  zh('日了狗'),
];
