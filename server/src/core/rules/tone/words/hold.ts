import type { ToneEntry } from './types';

/** Asking the reader to wait; the rule keeps it only when its message says for how long. */
export const HOLD: readonly ToneEntry[] = [
  { text: '请稍等', lang: 'zh' },
  { text: '请稍候', lang: 'zh' },
  { text: '稍等', lang: 'zh', notAfter: ['请'] },
  { text: '稍后回复您', lang: 'zh' },
  { text: '稍后回复', lang: 'zh' },
  { text: '等一下', lang: 'zh' },
  { text: '等一等', lang: 'zh' },
  { text: '回头再说', lang: 'zh' },
  { text: 'hold on', lang: 'en' },
  { text: 'one moment', lang: 'en' },
  { text: 'just a moment', lang: 'en' },
  { text: 'give me a moment', lang: 'en' },
  { text: "I'll get back to you", lang: 'en' },
  { text: 'I’ll get back to you', lang: 'en' },
  { text: 'I will get back to you', lang: 'en' },
  { text: 'we will get back to you', lang: 'en' },
  { text: "we'll get back to you", lang: 'en' },
  { text: 'will revert', lang: 'en' },
];

/** A time the wait ends, or how long it lasts: `2分钟`, `今天下班前`, `by 5 pm`, `tomorrow`. */
export const WAIT_TIME =
  /[\d一二两三四五六七八九十半]+\s*(?:个)?(?:分钟|分|小时|秒|天|工作日)|今天|今晚|明天|下班前|中午|上午|下午|晚上|\d+\s*点|[一二三四五六七八九十]+点|周[一二三四五六日天]|星期|马上|立刻|\b(?:\d+\s*(?:min|mins|minutes?|hours?|hrs?|h|seconds?|secs?)|today|tonight|tomorrow|this (?:morning|afternoon|evening)|by \d|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|eod|end of (?:day|today)|the end of)|within|before \d|at \d|\d\s*(?:am|pm))\b/i;
