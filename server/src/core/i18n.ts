import type { Locale, LocalText } from './types';

/** Fills `{{name}}` placeholders; unknown names are left visible so a missing datum shows in tests. */
export function formatText(
  text: LocalText | string,
  locale: Locale,
  data?: Readonly<Record<string, string | number>>,
): string {
  const template = typeof text === 'string' ? text : text[locale];
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) =>
    Object.hasOwn(data, key) ? String(data[key]) : m,
  );
}

/** Maps a VS Code / BCP 47 locale (`zh-cn`, `zh-Hans`, `en-US` …) to a display language. */
export function toLocale(tag: string | undefined | null): Locale {
  return tag && /^zh\b/i.test(tag) ? 'zh' : 'en';
}

/** Placeholder names used in `{{…}}` of a text, in order of appearance. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
}
