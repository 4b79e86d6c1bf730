/*
 * JSON written piece by piece, exactly as `JSON.stringify(value, null, 2)` would write it whole:
 * the report of a 20 MB draft (a million findings) never has to fit in one string.
 */

/** An array whose items are made only as they are written. */
export class LazyArray {
  constructor(readonly items: () => Iterable<unknown>) {}
}

/** An object holding a `LazyArray` somewhere inside (its other values are written at once). */
export class LazyObject {
  constructor(readonly entries: Record<string, unknown>) {}
}

const indent = (depth: number) => '  '.repeat(depth);

function stringifyAt(value: unknown, depth: number): string {
  const s = JSON.stringify(value, null, 2);
  return depth === 0 ? s : s.replace(/\n/g, `\n${indent(depth)}`);
}

/** The pieces of the JSON text of `value` at nesting `depth`. */
export function* streamJson(value: unknown, depth = 0): Generator<string> {
  if (value instanceof LazyArray) {
    let first = true;
    for (const item of value.items()) {
      yield `${first ? '[\n' : ',\n'}${indent(depth + 1)}`;
      first = false;
      yield* streamJson(item, depth + 1);
    }
    yield first ? '[]' : `\n${indent(depth)}]`;
    return;
  }
  if (value instanceof LazyObject) {
    let first = true;
    for (const [key, v] of Object.entries(value.entries)) {
      if (v === undefined) continue;
      yield `${first ? '{\n' : ',\n'}${indent(depth + 1)}${JSON.stringify(key)}: `;
      first = false;
      yield* streamJson(v, depth + 1);
    }
    yield first ? '{}' : `\n${indent(depth)}}`;
    return;
  }
  if (Array.isArray(value) && value.some((v) => v instanceof LazyArray || v instanceof LazyObject)) {
    yield* streamJson(new LazyArray(() => value), depth);
    return;
  }
  yield stringifyAt(value, depth);
}

/** Joins small pieces into chunks of about `size` characters for fewer writes. */
export function* chunked(pieces: Iterable<string>, size = 64 * 1024): Generator<string> {
  let buf: string[] = [];
  let n = 0;
  for (const p of pieces) {
    buf.push(p);
    n += p.length;
    if (n >= size) {
      yield buf.join('');
      buf = [];
      n = 0;
    }
  }
  if (n > 0) yield buf.join('');
}
