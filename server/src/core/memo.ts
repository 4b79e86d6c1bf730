/**
 * Caches for derived data, so that several rules asking for the same thing (the lines of the
 * body, its paragraphs, the sentences of a message, a word-list scan) pay for it once.
 */

const perDraft = new WeakMap<object, Map<string, unknown>>();

/**
 * The value of `compute()` for this draft and key, computed at most once per draft. Use it for
 * anything derived from the draft alone (not from the configuration or the locale):
 *
 * ```ts
 * const sentences = memo(draft, 'sentences', () => splitSentences(draft.body.text));
 * ```
 *
 * The value is shared by every rule that asks: treat it as read-only.
 */
export function memo<T>(draft: object, key: string, compute: () => T): T {
  let m = perDraft.get(draft);
  if (!m) {
    m = new Map();
    perDraft.set(draft, m);
  }
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}

/** Every `TextCache`, so that an editor can let go of a closed document's texts. */
const textCaches: TextCache<unknown>[] = [];

/** Empties every `TextCache` (the language server, when a document closes). */
export function clearTextCaches(): void {
  for (const c of textCaches) c.clear();
}

/** How many texts the `TextCache`s hold in all (for tests of the language server's memory). */
export function textCacheEntries(): number {
  return textCaches.reduce((n, c) => n + c.entries, 0);
}

/**
 * A small most-recently-used cache of results keyed by a text (and an optional sub-key), for
 * pure helpers called by many rules on the same string. Bounded: it holds at most `size`
 * texts, so it never keeps more than a few drafts alive.
 */
export class TextCache<V> {
  private readonly map = new Map<string, Map<string, V>>();

  constructor(private readonly size = 8) {
    textCaches.push(this);
  }

  /** Texts held. */
  get entries(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }

  get(text: string, sub: string, compute: () => V): V {
    let inner = this.map.get(text);
    if (inner) {
      // Refresh its position (a Map iterates in insertion order: the first key is the oldest).
      this.map.delete(text);
      this.map.set(text, inner);
    } else {
      inner = new Map();
      this.map.set(text, inner);
      if (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
    }
    let v = inner.get(sub);
    if (v === undefined) {
      v = compute();
      if (inner.size > 256) inner.clear();
      inner.set(sub, v);
    }
    return v;
  }
}
