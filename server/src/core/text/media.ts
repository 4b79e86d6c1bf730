import { toTraditional } from '../analysis/script';
import type { MediaKind } from '../draft';

/** Kind words of media placeholders, English and Chinese. */
const KIND_WORDS: Record<string, MediaKind> = {
  voice: 'voice',
  'voice note': 'voice',
  'voice message': 'voice',
  audio: 'voice',
  语音: 'voice',
  video: 'video',
  视频: 'video',
  視頻: 'video',
  image: 'image',
  photo: 'image',
  picture: 'image',
  pic: 'image',
  图片: 'image',
  照片: 'image',
  圖片: 'image',
  file: 'file',
  document: 'file',
  文件: 'file',
  sticker: 'sticker',
  表情: 'sticker',
  贴图: 'sticker',
};

// The Traditional forms of the Chinese kind words (`語音`, `貼圖`): a Traditional chat names its media so.
for (const [word, kind] of Object.entries(KIND_WORDS))
  if (/[\u3400-\u9fff]/.test(word)) KIND_WORDS[toTraditional(word)] ??= kind;

const KIND_ALT = Object.keys(KIND_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** `[kind …]` or `【kind …】`; group 1/3 the inner text of each bracket style. */
export const MEDIA_RE = new RegExp(
  `\\[\\s*((?:${KIND_ALT})(?![A-Za-z])[^\\]\\n\\r]*)\\]|【\\s*((?:${KIND_ALT})(?![A-Za-z])[^】\\n\\r]*)】`,
  'giu',
);

export function mediaKind(inner: string): { kind: MediaKind; word: string } | null {
  const lower = inner.toLowerCase();
  for (const w of Object.keys(KIND_WORDS).sort((a, b) => b.length - a.length)) {
    if (lower.startsWith(w)) return { kind: KIND_WORDS[w]!, word: inner.slice(0, w.length) };
  }
  return null;
}

const NUM = '(\\d+(?:[.,]\\d+)?)';

/**
 * A length stated in a text, in seconds: `40s`, `40 sec`, `40秒`, `0:40`, `3min`, `3 minutes`,
 * `3分钟`, `1分20秒`, `1m20s`, `半分钟`. Null when none is stated.
 */
export function parseDuration(text: string): number | null {
  const clock = /(?<![\d:])(\d{1,2}):([0-5]\d)(?![\d:])/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const combo = /(\d+)\s*(?:分[钟鐘]?|m(?:in)?)\s*(\d+)\s*(?:秒[钟鐘]?|s(?:ec)?)/i.exec(text);
  if (combo) return Number(combo[1]) * 60 + Number(combo[2]);
  // A bare `m` is minutes only in lower case: `2.0M` is a size.
  const min = new RegExp(
    `${NUM}\\s*(?:分钟|分鐘|分(?!之)|(?:[Mm]in(?:ute)?s?|MIN(?:UTE)?S?)\\b|m\\b|')`,
  ).exec(text);
  if (min) return Math.round(Number(min[1]!.replace(',', '.')) * 60);
  if (/半分[钟鐘]|half a minute/i.test(text)) return 30;
  const sec = new RegExp(`${NUM}\\s*(?:秒[钟鐘]?|secs?\\b|seconds?\\b|s\\b|")`, 'i').exec(text);
  if (sec) return Math.round(Number(sec[1]!.replace(',', '.')));
  const hr = new RegExp(`${NUM}\\s*(?:小时|小時|h\\b|hrs?\\b|hours?\\b)`, 'i').exec(text);
  if (hr) return Math.round(Number(hr[1]!.replace(',', '.')) * 3600);
  return null;
}

/** A size stated in a text, in megabytes: `2.0MB`, `2.0M`, `1.8 MB`, `500KB`, `500K`, `1.2G`, `2兆`. */
export function parseSize(text: string): number | null {
  const m = new RegExp(`${NUM}\\s*(GB|G|MB|M|兆|KB|K)(?![A-Za-z])`, 'i').exec(text);
  if (!m) return null;
  const n = Number(m[1]!.replace(',', '.'));
  const unit = m[2]!.toUpperCase();
  if (unit.startsWith('G')) return n * 1024;
  if (unit.startsWith('K')) return n / 1024;
  return n;
}
