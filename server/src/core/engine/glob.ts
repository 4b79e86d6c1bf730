/**
 * File patterns for `overrides[].files`: a small, hand-written glob matcher. Nothing from
 * configuration is ever compiled as a regular expression, and matching is polynomial whatever
 * the pattern (no backtracking blow-up on `*a*a*a*a*b`, no brace bombs).
 *
 * - `*` any characters except `/`; `?` one character except `/`;
 * - `**` as a whole path segment: any number of segments (zero included);
 * - `{a,b}` alternatives (nested braces allowed); `\` makes the next character literal;
 * - a pattern without `/` matches the file's name in any folder (`*.eml`), as in `.gitignore`;
 * - a leading `./` or `/` anchors at the configuration file's folder (the default anyway).
 * Matching is case-sensitive; `*` also matches names that start with a dot.
 */

/** Limits that keep hostile patterns cheap: longer patterns or more alternatives are refused. */
export const MAX_PATTERN_LENGTH = 1000;
export const MAX_ALTERNATIVES = 256;

type Token = { t: 'lit'; c: string } | { t: 'any' } | { t: 'one' };
type Segment = { globstar: true } | { globstar: false; tokens: Token[] };

export interface Glob {
  readonly source: string;
  /** True when the relative path (forward slashes) matches. */
  matches(path: string): boolean;
}

/** Compiles a pattern, or explains why it cannot be used. */
export function compileGlob(pattern: string): Glob | { error: string } {
  if (pattern.length > MAX_PATTERN_LENGTH) return { error: `longer than ${MAX_PATTERN_LENGTH} characters` };
  if (!pattern.trim()) return { error: 'empty pattern' };
  const expanded = expandBraces(pattern);
  if ('error' in expanded) return expanded;
  const alternatives = expanded.list.map(compileOne);
  return {
    source: pattern,
    matches(path: string): boolean {
      const p = normalizePath(path);
      if (p === null) return false;
      const segments = p.split('/');
      return alternatives.some((a) =>
        a.basename
          ? matchSegment(a.segments, [segments[segments.length - 1]!])
          : matchSegment(a.segments, segments),
      );
    },
  };
}

/** A path relative to the configuration's folder with `/` separators, or null when it lies outside it. */
function normalizePath(path: string): string | null {
  let p = path.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  if (p === '' || p.startsWith('/') || /^[A-Za-z]:/.test(p)) return null;
  const parts = p.split('/');
  if (parts.some((s) => s === '..')) return null;
  return parts.filter((s) => s !== '.').join('/');
}

// ---------------------------------------------------------------- braces

/** `{a,b}c` → `ac`, `bc`; at most MAX_ALTERNATIVES results. Unbalanced braces are literal. */
function expandBraces(pattern: string): { list: string[] } | { error: string } {
  const out: string[] = [];
  const work = [pattern];
  while (work.length) {
    const p = work.pop()!;
    const group = firstGroup(p);
    if (!group) {
      out.push(p);
      if (out.length > MAX_ALTERNATIVES) return { error: `more than ${MAX_ALTERNATIVES} alternatives` };
      continue;
    }
    const head = p.slice(0, group.start);
    const tail = p.slice(group.end + 1);
    for (const alt of group.options) work.push(head + alt + tail);
    if (work.length + out.length > MAX_ALTERNATIVES * 4)
      return { error: `more than ${MAX_ALTERNATIVES} alternatives` };
  }
  return { list: [...new Set(out)] };
}

/** The first balanced `{…,…}` group (top-level commas split it), skipping escaped characters. */
function firstGroup(p: string): { start: number; end: number; options: string[] } | null {
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\') {
      i++;
      continue;
    }
    if (p[i] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let j = i; j < p.length; j++) {
      const c = p[j];
      if (c === '\\') {
        j++;
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) {
          if (!commas.length) break; // `{a}` is literal text
          const bounds = [i, ...commas, j];
          const options: string[] = [];
          for (let k = 0; k < bounds.length - 1; k++) options.push(p.slice(bounds[k]! + 1, bounds[k + 1]));
          return { start: i, end: j, options };
        }
      } else if (c === ',' && depth === 1) commas.push(j);
    }
  }
  return null;
}

// ---------------------------------------------------------------- segments

function compileOne(pattern: string): { basename: boolean; segments: Segment[] } {
  let p = pattern;
  while (p.startsWith('./')) p = p.slice(2);
  const anchored = p.startsWith('/');
  p = p.replace(/^\/+/, '').replace(/\/+$/, '');
  const raw = splitUnescaped(p);
  const segments: Segment[] = [];
  for (const s of raw) {
    if (s === '' || s === '.') continue;
    if (s === '**') {
      if (!segments.at(-1) || !(segments.at(-1) as { globstar: boolean }).globstar)
        segments.push({ globstar: true });
      continue;
    }
    segments.push({ globstar: false, tokens: tokenize(s) });
  }
  return { basename: !anchored && raw.length === 1 && raw[0] !== '**', segments };
}

function splitUnescaped(p: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\' && i + 1 < p.length) {
      cur += c + p[i + 1];
      i++;
    } else if (c === '/') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\\' && i + 1 < chars.length) tokens.push({ t: 'lit', c: chars[++i]! });
    else if (c === '*') {
      if (tokens.at(-1)?.t !== 'any') tokens.push({ t: 'any' });
    } else if (c === '?') tokens.push({ t: 'one' });
    else tokens.push({ t: 'lit', c });
  }
  return tokens;
}

/**
 * Wildcard matching with one backtrack point (the last star): O(pattern × text), the classic
 * linear-space algorithm. Used for characters within a segment and, with `**` as the star,
 * for segments within a path.
 */
function wildcard<P, T>(
  pattern: readonly P[],
  text: readonly T[],
  isStar: (p: P) => boolean,
  same: (p: P, t: T) => boolean,
): boolean {
  let pi = 0;
  let ti = 0;
  let star = -1;
  let mark = 0;
  while (ti < text.length) {
    if (pi < pattern.length && !isStar(pattern[pi]!) && same(pattern[pi]!, text[ti]!)) {
      pi++;
      ti++;
    } else if (pi < pattern.length && isStar(pattern[pi]!)) {
      star = pi++;
      mark = ti;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++mark;
    } else return false;
  }
  while (pi < pattern.length && isStar(pattern[pi]!)) pi++;
  return pi === pattern.length;
}

function matchChars(tokens: readonly Token[], name: string): boolean {
  // Code points, so `?` takes one emoji or CJK extension character.
  return wildcard(
    tokens,
    [...name],
    (t) => t.t === 'any',
    (t, c) => t.t === 'one' || (t.t === 'lit' && t.c === c),
  );
}

function matchSegment(segments: readonly Segment[], parts: readonly string[]): boolean {
  return wildcard(
    segments,
    parts,
    (s) => s.globstar,
    (s, part) => !s.globstar && matchChars(s.tokens, part),
  );
}
