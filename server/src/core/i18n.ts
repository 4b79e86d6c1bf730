import { toTraditionalWords } from './analysis/script';
import { ZH_TW } from './i18n-zh-tw.generated';
import type { Locale, LocalText } from './types';

const traditional = new Map<string, string>();

/**
 * A Simplified Chinese text in Traditional characters: the phrase-aware form generated at build
 * time for the message texts in the sources, else character by character (cached).
 */
function inTraditional(zh: string): string {
  const generated = ZH_TW[zh];
  if (generated !== undefined) return generated;
  let t = traditional.get(zh);
  if (t === undefined) {
    t = toTraditionalWords(zh);
    if (traditional.size > 5000) traditional.clear();
    traditional.set(zh, t);
  }
  return t;
}

/** The text of `text` for a display language. */
export function localized(text: LocalText, locale: Locale): string {
  if (locale === 'zh-tw') return text.zhTw ?? inTraditional(text.zh);
  return text[locale];
}

/** Text written in Simplified Chinese, as a display language shows it (Traditional for `zh-tw`). */
export function forLocale(zh: string, locale: Locale): string {
  return locale === 'zh-tw' ? inTraditional(zh) : zh;
}

/** True for the Chinese display languages. */
export function isChinese(locale: Locale): boolean {
  return locale !== 'en';
}

/** Fills `{{name}}` placeholders; unknown names are left visible so a missing datum shows in tests. */
export function formatText(
  text: LocalText | string,
  locale: Locale,
  data?: Readonly<Record<string, string | number>>,
): string {
  const template = typeof text === 'string' ? text : localized(text, locale);
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) =>
    Object.hasOwn(data, key) ? String(data[key]) : m,
  );
}

/**
 * Maps a VS Code / BCP 47 / POSIX locale (`zh-cn`, `zh-Hans`, `zh-tw`, `zh_TW.UTF-8`, `en-US` …)
 * to a display language: Traditional for Taiwan, Hong Kong, Macau and `Hant`.
 */
export function toLocale(tag: string | undefined | null): Locale {
  if (!tag || !/^zh(?:$|[-_.@])/i.test(tag)) return 'en';
  return /^zh[-_](?:tw|hk|mo|hant)\b/i.test(tag) ? 'zh-tw' : 'zh';
}

/** Placeholder names used in `{{…}}` of a text, in order of appearance. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
}
