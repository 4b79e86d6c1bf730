/** The text of an item the count fixes add for the writer to fill in, by draft language. */
export const ITEM_PLACEHOLDER = { zh: '（待补充）', en: '(to be written)' } as const;

/**
 * True when a message (or item) holds only such a placeholder: other rules leave it alone, so
 * that two rules' fixes never feed each other (a merge of placeholders would re-open the count).
 */
export function isItemPlaceholder(text: string): boolean {
  const t = text.trim().replace(/^(?:\d+[.)、]|[①-⑳]|[一二三四五六七八九十]+、)?\s*/u, '');
  return t === ITEM_PLACEHOLDER.zh || t === ITEM_PLACEHOLDER.en;
}
