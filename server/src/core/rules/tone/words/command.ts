import type { LocalText } from '../../../types';
import type { ToneEntry } from './types';

const ask: LocalText = { en: 'Could you please … by …?', zh: '请您……／麻烦您……' };
const zh = (text: string, replacement: string | undefined, extra: Partial<ToneEntry> = {}): ToneEntry => ({
  text,
  lang: 'zh',
  ...(replacement === undefined ? {} : { replacement }),
  suggestion: ask,
  ...extra,
});
const en = (text: string, replacement: string | undefined, extra: Partial<ToneEntry> = {}): ToneEntry => ({
  text,
  lang: 'en',
  ...(replacement === undefined ? {} : { replacement }),
  suggestion: ask,
  ...extra,
});
const URGENT = ['now', 'immediately', 'right away', 'at once', 'asap'];
/** `You must be tired`, `you must have received it`: a guess, not an order. */
const GUESS = [' be ', ' have ', "'ve", ' feel', ' know'];

/**
 * Orders where a request would do. A replacement is given only where the rewrite keeps the
 * sentence grammatical (`你必须付款` → `请您付款`, `You must sign` → `Please sign`); the rest
 * carry a suggestion.
 */
export const COMMAND: readonly ToneEntry[] = [
  zh('你必须', '请您'),
  zh('您必须', '请您'),
  zh('你们必须', '请你们'),
  zh('贵司必须', '请贵司'),
  zh('你应该马上', '请您及时'),
  zh('你们应该马上', '请你们及时'),
  zh('立刻给我', '麻烦您尽早给我'),
  zh('马上给我', '麻烦您尽早给我'),
  zh('赶紧给我', '麻烦您尽早给我'),
  zh('你赶紧', '请您尽早'),
  zh('你们赶紧', '请你们尽早'),
  zh('赶紧', '请尽早', { clauseStart: true }),
  zh('限你', undefined),
  en('you must', 'please', { notBefore: GUESS }),
  en('you must not', 'please do not'),
  en("you mustn't", 'please do not'),
  en('you need to', 'could you please', { requiresLater: URGENT }),
  en('you have to', 'could you please', { requiresLater: URGENT }),
  en('do it asap', undefined),
  en('do this asap', undefined),
  en('do it now', undefined),
  en('do it immediately', undefined),
  en('hurry up', undefined),
];
