import type { MappedSpan, Span, TextEdit } from './types';

/**
 * Text a rule reads, with a map back to the source. For a `.msg` and an unencoded e-mail body
 * the map is exact; for encoded text it gives the smallest containing source range it knows.
 */
export interface TextView {
  readonly text: string;
  /** Maps decoded `[start, end)` to the source. */
  toSource(start: number, end: number): MappedSpan;
}

/** A view whose text is `source.slice(offset, offset + text.length)`: every offset maps exactly. */
export class SliceView implements TextView {
  constructor(
    readonly text: string,
    readonly offset: number,
  ) {}

  toSource(start: number, end: number): MappedSpan {
    return { start: this.offset + start, end: this.offset + end, exact: true };
  }
}

/** A view with no source behind it (e.g. nothing decodable): everything maps to `fallback`. */
export class OpaqueView implements TextView {
  constructor(
    readonly text: string,
    readonly fallback: Span,
  ) {}

  toSource(): MappedSpan {
    return { start: this.fallback.start, end: this.fallback.end, exact: false };
  }
}

/** An edit of view text as a source edit; `exact: false` makes the engine drop the fix. */
export function viewEdit(
  view: TextView,
  start: number,
  end: number,
  newText: string,
): TextEdit & { exact: boolean } {
  const m = view.toSource(start, end);
  return { start: m.start, end: m.end, newText, exact: m.exact };
}
