import type { Draft } from '../draft';
import { memo } from '../memo';
import type { Span } from '../types';
import { findEnumerations, type ListItem } from './enumerations';

export interface EmptyItem extends Span {
  /** The marker as written (`3.`). */
  text: string;
  item: ListItem;
}

/** True when a list item holds nothing after its marker (`3. ` alone on its line). */
export function isEmptyItem(text: string, item: ListItem): boolean {
  return item.marker.value !== null && text.slice(item.marker.end, item.end).trim() === '';
}

/**
 * The numbered list items of the writer's own text that hold no text (`3. ` alone), in `body`
 * offsets: a blank to fill, and not a delivered item. Computed once per draft.
 */
export function emptyItems(draft: Draft): readonly EmptyItem[] {
  return memo(draft, 'analysis/empty-items', () => {
    const text = draft.body.text;
    const exclude: Span[] = [...draft.quoted];
    if (draft.signature) exclude.push(draft.signature);
    const out: EmptyItem[] = [];
    for (const e of findEnumerations(text, { exclude })) {
      if (e.inline) continue;
      for (const it of e.items)
        if (isEmptyItem(text, it))
          out.push({ start: it.marker.start, end: it.marker.end, text: it.marker.text, item: it });
    }
    return out.sort((a, b) => a.start - b.start);
  });
}
