/**
 * A small parser for VS Code snippet syntax, enough for Cordial's templates: tab stops (`$1`,
 * `${1}`), placeholders with (nested) defaults (`${1:Jac}`), choices (`${1|先生,女士|}`), the final
 * stop `$0`, and the escapes `\$ \} \\` (plus `\, \|` inside choices). Variables (`$NAME`,
 * `${NAME:default}`) are read so that text using them still parses, and expand to their default or
 * their name, as VS Code does for a variable it does not know. Transforms are refused.
 *
 * Pure: no `vscode`, so the web page and the tests share it.
 */

export type SnippetNode =
  | { type: 'text'; value: string; start: number; end: number }
  | { type: 'tabstop'; index: number; children: SnippetNode[] | null; start: number; end: number }
  | { type: 'choice'; index: number; options: string[]; start: number; end: number }
  | { type: 'variable'; name: string; children: SnippetNode[] | null; start: number; end: number };

export type SnippetErrorCode =
  | 'unclosed'
  | 'unclosedChoice'
  | 'emptyChoice'
  | 'badPlaceholder'
  | 'transform'
  | 'conflictingDefaults';

export interface SnippetError {
  code: SnippetErrorCode;
  /** Offset in the snippet text where the problem starts. */
  offset: number;
  /** Zero-based line and UTF-16 column of `offset`. */
  line: number;
  character: number;
  /** The tab stop concerned, when there is one. */
  index?: number;
}

export interface SnippetPlaceholder {
  /** Tab stop number; 0 is the final cursor position. */
  index: number;
  /** What the stop holds when nothing is typed: its default (expanded) or its first choice. */
  defaultValue: string;
  /** The options of a choice stop. */
  choices?: string[];
  /** How many times the stop occurs (the first definition and its mirrors). */
  occurrences: number;
}

export interface SnippetParseResult {
  ok: boolean;
  error?: SnippetError;
  /** Tab stops in numeric order, `$0` last. Empty when parsing failed. */
  placeholders: SnippetPlaceholder[];
  /** The syntax tree (empty when parsing failed). */
  nodes: SnippetNode[];
}

class ParseError extends Error {
  constructor(
    readonly code: SnippetErrorCode,
    readonly offset: number,
    readonly index?: number,
  ) {
    super(code);
  }
}

const DIGITS = /[0-9]/;
const VAR_START = /[A-Za-z_]/;
const VAR_CHAR = /[A-Za-z0-9_]/;

/** Parses a snippet; on failure reports the first error with its position. */
export function parseSnippet(text: string): SnippetParseResult {
  let nodes: SnippetNode[];
  try {
    nodes = new Parser(text).parseAll();
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { ok: false, error: errorAt(text, e.code, e.offset, e.index), placeholders: [], nodes: [] };
  }
  const defs = new Map<number, { node: SnippetNode; count: number }>();
  const conflicts: ParseError[] = [];
  walk(nodes, (node) => {
    if (node.type !== 'tabstop' && node.type !== 'choice') return;
    const seen = defs.get(node.index);
    if (!seen) {
      defs.set(node.index, { node, count: 1 });
      return;
    }
    seen.count++;
    if (!defines(node)) return;
    if (!defines(seen.node)) seen.node = node;
    else if (sourceOf(text, seen.node) !== sourceOf(text, node))
      conflicts.push(new ParseError('conflictingDefaults', node.start, node.index));
  });
  const c = conflicts[0];
  if (c) return { ok: false, error: errorAt(text, c.code, c.offset, c.index), placeholders: [], nodes: [] };
  const stopValue = resolver(nodes, {});
  const placeholders = [...defs.entries()]
    .sort(([a], [b]) => (a === 0 ? 1 : b === 0 ? -1 : a - b))
    .map(([index, { node, count }]) => {
      const p: SnippetPlaceholder = { index, defaultValue: stopValue(index), occurrences: count };
      if (node.type === 'choice') p.choices = [...node.options];
      return p;
    });
  return { ok: true, placeholders, nodes };
}

/**
 * The text a snippet inserts when each tab stop holds `values[index]`, or else its default (a
 * choice: its first option). Mirrors (`$1` after `${1:Jac}`) repeat the value. Throws on a
 * snippet that does not parse.
 */
export function expandSnippet(text: string, values: Readonly<Record<number, string>> = {}): string {
  const parsed = parseSnippet(text);
  if (!parsed.ok) throw new Error(`invalid snippet: ${parsed.error!.code} at ${parsed.error!.offset}`);
  const stopValue = resolver(parsed.nodes, values);
  return render(parsed.nodes, stopValue);
}

/** Escapes text so that a snippet inserts it literally. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** Writes a syntax tree back as snippet text (the inverse of `parseSnippet`, up to escaping). */
export function printSnippet(nodes: readonly SnippetNode[]): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out += escapeSnippetText(n.value);
        break;
      case 'tabstop':
        out += n.children ? `\${${n.index}:${printSnippet(n.children)}}` : `\${${n.index}}`;
        break;
      case 'choice':
        out += `\${${n.index}|${n.options.map((o) => o.replace(/[$}\\,|]/g, '\\$&')).join(',')}|}`;
        break;
      case 'variable':
        out += n.children ? `\${${n.name}:${printSnippet(n.children)}}` : `\${${n.name}}`;
        break;
    }
  }
  return out;
}

/** Calls `visit` on every node, depth first, in document order. */
export function walk(nodes: readonly SnippetNode[], visit: (node: SnippetNode) => void): void {
  for (const n of nodes) {
    visit(n);
    if ((n.type === 'tabstop' || n.type === 'variable') && n.children) walk(n.children, visit);
  }
}

function defines(node: SnippetNode): boolean {
  return node.type === 'choice' || (node.type === 'tabstop' && node.children !== null);
}

/** The source text of a defining node, to compare two definitions of one tab stop. */
function sourceOf(text: string, node: SnippetNode): string {
  return text.slice(node.start, node.end).replace(/^\$\{\d+/, '');
}

/**
 * The value of each tab stop: the given value, else its definition's default rendered with the
 * values of the stops nested in it, else (a choice) its first option.
 */
function resolver(
  nodes: readonly SnippetNode[],
  values: Readonly<Record<number, string>>,
): (i: number) => string {
  const definitions = new Map<number, SnippetNode>();
  walk(nodes, (n) => {
    if (n.type !== 'tabstop' && n.type !== 'choice') return;
    const prev = definitions.get(n.index);
    if (!prev || (!defines(prev) && defines(n))) definitions.set(n.index, n);
  });
  const resolving = new Set<number>();
  const stopValue = (index: number): string => {
    if (Object.hasOwn(values, index)) return values[index]!;
    const def = definitions.get(index);
    if (!def || resolving.has(index)) return '';
    resolving.add(index);
    let v = '';
    if (def.type === 'choice') v = def.options[0] ?? '';
    else if (def.type === 'tabstop' && def.children) v = render(def.children, stopValue);
    resolving.delete(index);
    return v;
  };
  return stopValue;
}

/** Renders nodes with `stopValue(index)` for every tab stop (mirrors and definitions alike). */
function render(nodes: readonly SnippetNode[], stopValue: (index: number) => string): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out += n.value;
        break;
      case 'tabstop':
      case 'choice':
        out += stopValue(n.index);
        break;
      case 'variable':
        out += n.children ? render(n.children, stopValue) : n.name;
        break;
    }
  }
  return out;
}

function errorAt(text: string, code: SnippetErrorCode, offset: number, index?: number): SnippetError {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  const e: SnippetError = { code, offset, line, character: offset - lineStart };
  if (index !== undefined) e.index = index;
  return e;
}

class Parser {
  private pos = 0;
  constructor(private readonly text: string) {}

  parseAll(): SnippetNode[] {
    return this.parseNodes(false);
  }

  /** Reads nodes until the end of text, or (inside a placeholder) until its closing `}`. */
  private parseNodes(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let buf = '';
    let bufStart = this.pos;
    const flush = () => {
      if (buf) nodes.push({ type: 'text', value: buf, start: bufStart, end: this.pos });
      buf = '';
    };
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos]!;
      if (c === '\\') {
        const next = t[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          if (!buf) bufStart = this.pos;
          buf += next;
          this.pos += 2;
        } else {
          if (!buf) bufStart = this.pos;
          buf += c;
          this.pos++;
        }
        continue;
      }
      if (c === '}' && nested) {
        flush();
        return nodes;
      }
      if (c === '$') {
        const node = this.parseDollar();
        if (node) {
          flush();
          nodes.push(node);
          bufStart = this.pos;
          continue;
        }
      }
      if (!buf) bufStart = this.pos;
      buf += c;
      this.pos++;
    }
    // The caller knows where the `${` opened, which is where the error belongs.
    if (nested) throw new ParseError('unclosed', -1);
    flush();
    return nodes;
  }

  /** Reads a placeholder's children up to its `}`, reporting an unclosed one at its `${`. */
  private parseChildren(start: number, index?: number): SnippetNode[] {
    try {
      const children = this.parseNodes(true);
      this.pos++; // the closing `}`
      return children;
    } catch (e) {
      if (e instanceof ParseError && e.offset === -1) throw new ParseError('unclosed', start, index);
      throw e;
    }
  }

  /** At a `$`: a tab stop, placeholder, choice or variable; null when the `$` is plain text. */
  private parseDollar(): SnippetNode | null {
    const t = this.text;
    const start = this.pos;
    const next = t[start + 1];
    if (next !== undefined && DIGITS.test(next)) {
      let i = start + 1;
      while (i < t.length && DIGITS.test(t[i]!)) i++;
      this.pos = i;
      return { type: 'tabstop', index: Number(t.slice(start + 1, i)), children: null, start, end: i };
    }
    if (next !== undefined && VAR_START.test(next)) {
      let i = start + 1;
      while (i < t.length && VAR_CHAR.test(t[i]!)) i++;
      this.pos = i;
      return { type: 'variable', name: t.slice(start + 1, i), children: null, start, end: i };
    }
    if (next !== '{') return null;
    // `${`: from here on it must be well formed; VS Code would insert a malformed one as text,
    // which in a template is always a mistake.
    let i = start + 2;
    if (i < t.length && DIGITS.test(t[i]!)) {
      while (i < t.length && DIGITS.test(t[i]!)) i++;
      const index = Number(t.slice(start + 2, i));
      const c = t[i];
      if (c === '}') {
        this.pos = i + 1;
        return { type: 'tabstop', index, children: null, start, end: this.pos };
      }
      if (c === ':') {
        this.pos = i + 1;
        const children = this.parseChildren(start, index);
        return { type: 'tabstop', index, children, start, end: this.pos };
      }
      if (c === '|') {
        this.pos = i + 1;
        const options = this.parseChoice(start, index);
        return { type: 'choice', index, options, start, end: this.pos };
      }
      if (c === '/') throw new ParseError('transform', start, index);
      if (c === undefined) throw new ParseError('unclosed', start, index);
      throw new ParseError('badPlaceholder', start, index);
    }
    if (i < t.length && VAR_START.test(t[i]!)) {
      while (i < t.length && VAR_CHAR.test(t[i]!)) i++;
      const name = t.slice(start + 2, i);
      const c = t[i];
      if (c === '}') {
        this.pos = i + 1;
        return { type: 'variable', name, children: null, start, end: this.pos };
      }
      if (c === ':') {
        this.pos = i + 1;
        const children = this.parseChildren(start);
        return { type: 'variable', name, children, start, end: this.pos };
      }
      if (c === '/') throw new ParseError('transform', start);
      if (c === undefined) throw new ParseError('unclosed', start);
      throw new ParseError('badPlaceholder', start);
    }
    if (i >= t.length) throw new ParseError('unclosed', start);
    throw new ParseError('badPlaceholder', start);
  }

  /** After `${n|`: options separated by `,`, closed by `|}`. */
  private parseChoice(start: number, index: number): string[] {
    const t = this.text;
    const options: string[] = [];
    let cur = '';
    while (this.pos < t.length) {
      const c = t[this.pos]!;
      if (c === '\\') {
        const next = t[this.pos + 1];
        if (next !== undefined && '$}\\,|'.includes(next)) {
          cur += next;
          this.pos += 2;
          continue;
        }
        cur += c;
        this.pos++;
        continue;
      }
      if (c === ',') {
        options.push(cur);
        cur = '';
        this.pos++;
        continue;
      }
      if (c === '|') {
        if (t[this.pos + 1] !== '}') throw new ParseError('unclosedChoice', start, index);
        options.push(cur);
        this.pos += 2;
        if (options.every((o) => o === '')) throw new ParseError('emptyChoice', start, index);
        return options;
      }
      if (c === '\n' || c === '\r') throw new ParseError('unclosedChoice', start, index);
      cur += c;
      this.pos++;
    }
    throw new ParseError('unclosedChoice', start, index);
  }
}
