/**
 * Where a template goes in a draft that already has text. A template carries a field block (an
 * e-mail's headers, a chat draft's front matter) and a body; pasting it at the cursor would put a
 * second header block inside the body. Instead the plan merges the fields into the document's
 * block and inserts only the body as a snippet.
 *
 * Merging: `Subject:` and `To:` (front matter `to:`) are set when absent or empty, never replaced
 * when the writer filled them; other fields the template has are added when absent; every field the
 * document has is kept. Where a kept field matches the template's pattern (`To: 李总 <li@x>` against
 * `To: ${3:王经理} <${4:…}>`), its values feed the body's tab stops, so the greeting says 李总.
 *
 * Pure: no `vscode`.
 */

import type { TemplateKind } from './catalog';
import { expandSnippet, parseSnippet, printSnippet, type SnippetNode } from './snippet';

export interface PlannedEdit {
  /** Offsets in the document before any edit. */
  start: number;
  end: number;
  newText: string;
}

export interface InsertPlan {
  /** Plain-text edits of the field block, sorted, not overlapping (document offsets). */
  headerEdits: PlannedEdit[];
  /** The snippet to insert, in the document's line-break style. */
  bodySnippet: string;
  /** Where to insert `bodySnippet`: an offset in the document *after* `headerEdits` are applied. */
  bodyInsertOffset: number;
}

/** Plans inserting `template` (snippet text) into a draft of the given kind. */
export function planInsert(
  kind: TemplateKind,
  documentText: string,
  template: string,
  cursorOffset?: number,
): InsertPlan {
  return kind === 'eml'
    ? planEmlInsert(documentText, template, cursorOffset)
    : planMsgInsert(documentText, template, cursorOffset);
}

/** Plans inserting an e-mail template: headers merged into the header block, body after the blank line. */
export function planEmlInsert(documentText: string, template: string, cursorOffset?: number): InsertPlan {
  return plan(documentText, template, cursorOffset, EML);
}

/** Plans inserting a chat template: front matter merged, messages at the cursor (or the body's start). */
export function planMsgInsert(documentText: string, template: string, cursorOffset?: number): InsertPlan {
  return plan(documentText, template, cursorOffset, MSG);
}

/** Applies non-overlapping edits (document offsets) to a text. */
export function applyPlannedEdits(text: string, edits: readonly PlannedEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  }
  return out;
}

// ---------------------------------------------------------------- field blocks

interface Field {
  key: string;
  name: string;
  /** Unfolded value, trimmed. */
  value: string;
  /** Offset just after the `:`. */
  valueStart: number;
  /** End of the field's last line (line break excluded). */
  end: number;
}

interface DocBlock {
  fields: Field[];
  /** Where new field lines go (start of a line). */
  insertAt: number;
  /** Text to put before new lines at `insertAt` (a line break when the last field line has none). */
  prefix: string;
  /** Text to add at `insertAt` after the new fields so that a blank line separates the body. */
  separator: string;
  /** Document offset where the body starts (before edits), after any separator. */
  bodyStart: number;
  /** A line break to add at the end of the document (a closing `---` with nothing after it). */
  trailingBreak?: string;
}

interface TemplateField {
  key: string;
  name: string;
  /** The value in snippet syntax. */
  snippet: string;
}

interface Dialect {
  /** The fields that are set only when absent or empty. */
  fillable: ReadonlySet<string>;
  /** Fields not to add when the document has the given field (they belong together). */
  skipIfPresent: Readonly<Record<string, string>>;
  splitTemplate(template: string): { fields: TemplateField[]; body: string; hasBlock: boolean };
  readBlock(doc: string, eol: string): DocBlock | null;
  /** The text of a new block at the start of a document without one. */
  newBlock(lines: string[], eol: string): string;
  formatField(name: string, value: string): string;
}

const HEADER_LINE = /^([!-9;-~]+)[ \t]*:(.*)$/;
const KNOWN_HEADERS =
  /^(?:from|to|cc|bcc|subject|date|reply-to|sender|message-id|in-reply-to|references|mime-version|content-[a-z-]+|x-[a-z0-9-]+)$/i;

const EML: Dialect = {
  fillable: new Set(['subject', 'to']),
  skipIfPresent: { 'content-transfer-encoding': 'content-type' },
  splitTemplate(template) {
    if (!HEADER_LINE.test(template.split('\n', 1)[0]!))
      return { fields: [], body: template, hasBlock: false };
    const i = template.indexOf('\n\n');
    const head = i < 0 ? template : template.slice(0, i);
    const body = i < 0 ? '' : template.slice(i + 2);
    return { fields: templateFields(head.split('\n')), body, hasBlock: true };
  },
  readBlock(doc, eol) {
    const lines = splitLines(doc);
    if (!lines.length || !HEADER_LINE.test(lines[0]!.text)) return null;
    const fields: Field[] = [];
    let i = 0;
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      const m = HEADER_LINE.exec(line.text);
      if (m) {
        fields.push({
          key: m[1]!.toLowerCase(),
          name: m[1]!,
          value: m[2]!.trim(),
          valueStart: line.start + line.text.indexOf(':') + 1,
          end: line.end,
        });
      } else if (/^[ \t]+\S/.test(line.text) && fields.length) {
        const f = fields[fields.length - 1]!;
        f.value = `${f.value} ${line.text.trim()}`.trim();
        f.end = line.end;
      } else break;
    }
    // A body that happens to start with `Note: …` is not a header block.
    if (!fields.some((f) => KNOWN_HEADERS.test(f.key))) return null;
    const last = lines[i - 1]!;
    const next = lines[i];
    if (next && next.text.trim() === '') {
      return { fields, insertAt: next.start, prefix: '', separator: '', bodyStart: next.next };
    }
    const hasBreak = last.next > last.end;
    const insertAt = hasBreak ? last.next : last.end;
    // No blank line yet: create one (at the end of the file, or before the first body line).
    return {
      fields,
      insertAt,
      prefix: hasBreak ? '' : eol,
      separator: eol,
      bodyStart: next ? next.start : doc.length,
    };
  },
  newBlock(lines, eol) {
    return lines.map((l) => l + eol).join('') + eol;
  },
  formatField(name, value) {
    return value ? `${name}: ${value}` : `${name}:`;
  },
};

const FM_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:(.*)$/;

const MSG: Dialect = {
  fillable: new Set(['to']),
  skipIfPresent: {},
  splitTemplate(template) {
    const m = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(template);
    if (!m) return { fields: [], body: template, hasBlock: false };
    const inner = (m[1] ?? '').replace(/\n$/, '');
    return {
      fields: templateFields(inner ? inner.split('\n') : [], FM_LINE),
      body: template.slice(m[0].length),
      hasBlock: true,
    };
  },
  readBlock(doc, eol) {
    const lines = splitLines(doc);
    if (lines.length < 2 || !/^---[ \t]*$/.test(lines[0]!.text)) return null;
    const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l.text));
    if (close < 0) return null;
    const fields: Field[] = [];
    for (const line of lines.slice(1, close)) {
      const m = FM_LINE.exec(line.text);
      if (m) {
        const value = m[2]!.trim().replace(/^(['"])(.*)\1$/, '$2');
        fields.push({
          key: m[1]!.toLowerCase(),
          name: m[1]!,
          value,
          valueStart: line.start + line.text.indexOf(':') + 1,
          end: line.end,
        });
      }
    }
    const closing = lines[close]!;
    const hasBreak = closing.next > closing.end;
    return {
      fields,
      insertAt: closing.start,
      prefix: '',
      separator: '',
      bodyStart: hasBreak ? closing.next : closing.end,
      ...(hasBreak ? {} : { trailingBreak: eol }),
    };
  },
  newBlock(lines, eol) {
    return ['---', ...lines, '---'].map((l) => l + eol).join('');
  },
  formatField(name, value) {
    return value ? `${name}: ${value}` : `${name}:`;
  },
};

function templateFields(lines: string[], pattern = HEADER_LINE): TemplateField[] {
  const fields: TemplateField[] = [];
  for (const line of lines) {
    const m = pattern.exec(line);
    if (m) fields.push({ key: m[1]!.toLowerCase(), name: m[1]!, snippet: m[2]!.trim() });
    else if (/^[ \t]+\S/.test(line) && fields.length) {
      const f = fields[fields.length - 1]!;
      f.snippet = `${f.snippet} ${line.trim()}`;
    }
  }
  return fields;
}

// ---------------------------------------------------------------- the plan

function plan(doc: string, template: string, cursorOffset: number | undefined, dialect: Dialect): InsertPlan {
  const tpl = template.replace(/\r\n?/g, '\n');
  const eol = dominantEol(doc);
  const toEol = (s: string) => (eol === '\n' ? s : s.replace(/\n/g, eol));

  // An empty document takes the whole template as one snippet: every field keeps its tab stop.
  if (doc.trim() === '') {
    return {
      headerEdits: doc ? [{ start: 0, end: doc.length, newText: '' }] : [],
      bodySnippet: toEol(tpl),
      bodyInsertOffset: 0,
    };
  }

  const split = dialect.splitTemplate(tpl);
  const defaults = new Map(parseSnippet(tpl).placeholders.map((p) => [p.index, p.defaultValue] as const));
  const block = split.hasBlock ? dialect.readBlock(doc, eol) : null;
  const learned: Record<number, string> = {};
  const edits: PlannedEdit[] = [];
  const additions: string[] = [];

  if (split.hasBlock && block) {
    const present = new Map(block.fields.map((f) => [f.key, f] as const));
    // First learn what the kept fields say, so that added fields and the body can use it.
    for (const tf of split.fields) {
      const f = present.get(tf.key);
      if (f && f.value !== '') Object.assign(learned, matchFieldValue(tf.snippet, f.value));
    }
    const values = withDefaults(defaults, learned);
    for (const tf of split.fields) {
      const f = present.get(tf.key);
      const value = expandSnippet(tf.snippet, values);
      if (!f) {
        const companion = dialect.skipIfPresent[tf.key];
        if (companion && present.has(companion)) continue;
        additions.push(dialect.formatField(tf.name, value));
      } else if (f.value === '' && dialect.fillable.has(tf.key)) {
        edits.push({ start: f.valueStart, end: f.end, newText: value ? ` ${value}` : '' });
      }
    }
    const inserted = additions.length ? block.prefix + additions.map((l) => l + eol).join('') : '';
    if (inserted || block.separator) {
      const text = inserted ? inserted + block.separator : block.prefix + block.separator;
      edits.push({ start: block.insertAt, end: block.insertAt, newText: text });
    }
    if (block.trailingBreak) edits.push({ start: doc.length, end: doc.length, newText: block.trailingBreak });
    const target =
      cursorOffset !== undefined && cursorOffset >= block.bodyStart ? cursorOffset : block.bodyStart;
    return finish(edits, split.body, target, block.bodyStart, values, defaults, toEol);
  }

  if (split.hasBlock && !hasUnclosedBlock(doc, dialect)) {
    // No block yet: create it at the top; the document's text becomes (part of) the body.
    const values = withDefaults(defaults, learned);
    const lines = split.fields.map((tf) => dialect.formatField(tf.name, expandSnippet(tf.snippet, values)));
    edits.push({ start: 0, end: 0, newText: toEol(dialect.newBlock(lines, '\n')) });
    const target = cursorOffset ?? 0;
    return finish(edits, split.body, target, 0, values, defaults, toEol);
  }

  // A template without fields (or a draft whose block cannot be read): the body at the cursor.
  const values = withDefaults(defaults, learned);
  return finish(edits, split.body, cursorOffset ?? doc.length, 0, values, defaults, toEol);
}

function finish(
  edits: PlannedEdit[],
  body: string,
  target: number,
  bodyStart: number,
  values: Record<number, string>,
  defaults: ReadonlyMap<number, string>,
  toEol: (s: string) => string,
): InsertPlan {
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const offset = Math.max(target, bodyStart);
  return {
    headerEdits: edits,
    bodySnippet: toEol(rehome(body, values, defaults)),
    bodyInsertOffset: mapOffset(edits, offset),
  };
}

function hasUnclosedBlock(doc: string, dialect: Dialect): boolean {
  // A chat draft that opens a front matter without closing it: adding another would make it worse.
  return dialect === MSG && /^---[ \t]*(?:\r\n?|\n)/.test(doc);
}

/** Maps a document offset through edits that all lie at or before it. */
function mapOffset(edits: readonly PlannedEdit[], offset: number): number {
  let delta = 0;
  for (const e of edits)
    if (e.start <= offset && e.end <= offset) delta += e.newText.length - (e.end - e.start);
  return offset + delta;
}

function withDefaults(
  defaults: ReadonlyMap<number, string>,
  learned: Record<number, string>,
): Record<number, string> {
  const out: Record<number, string> = {};
  for (const [i, v] of defaults) out[i] = v;
  return Object.assign(out, learned);
}

/**
 * The body as a snippet of its own. A tab stop whose definition was in the field block (the body
 * only mirrors it, `$1`) gets a definition at its first use in the body, holding the learned value
 * or the default; a stop whose value was learned from the document starts with that value.
 */
function rehome(body: string, values: Record<number, string>, defaults: ReadonlyMap<number, string>): string {
  const parsed = parseSnippet(body);
  if (!parsed.ok) return body;
  const definedInBody = new Set<number>();
  const visit = (nodes: SnippetNode[]) => {
    for (const n of nodes) {
      if (n.type === 'choice' || (n.type === 'tabstop' && n.children)) definedInBody.add(n.index);
      if ((n.type === 'tabstop' || n.type === 'variable') && n.children) visit(n.children);
    }
  };
  visit(parsed.nodes);
  const done = new Set<number>();
  const map = (nodes: SnippetNode[]): SnippetNode[] =>
    nodes.map((n) => {
      if (n.type !== 'tabstop' && n.type !== 'choice') {
        return n.type === 'variable' && n.children ? { ...n, children: map(n.children) } : n;
      }
      if (n.index === 0 || done.has(n.index)) {
        return n.type === 'tabstop' && n.children ? { ...n, children: map(n.children) } : n;
      }
      const learnedValue = Object.hasOwn(values, n.index) && values[n.index] !== defaults.get(n.index);
      if (learnedValue || !definedInBody.has(n.index)) {
        done.add(n.index);
        const text = values[n.index] ?? defaults.get(n.index) ?? '';
        return {
          type: 'tabstop' as const,
          index: n.index,
          children: text ? [{ type: 'text' as const, value: text, start: n.start, end: n.start }] : null,
          start: n.start,
          end: n.end,
        };
      }
      if (definedInBody.has(n.index) && (n.type === 'choice' || n.children)) done.add(n.index);
      return n.type === 'tabstop' && n.children ? { ...n, children: map(n.children) } : n;
    });
  return printSnippet(map(parsed.nodes));
}

/**
 * Reads tab stop values out of a document's field value by matching it against the template's
 * value (`${3:王经理} <${4:…}>` against `李总 <li@x.example>` gives 3 → 李总, 4 → li@x.example).
 * Only top-level stops are captured; no match gives nothing.
 */
function matchFieldValue(snippet: string, value: string): Record<number, string> {
  const parsed = parseSnippet(snippet);
  if (!parsed.ok) return {};
  let source = '';
  const groups: number[] = [];
  for (const n of parsed.nodes) {
    if (n.type === 'text') source += n.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s*');
    else if (n.type === 'tabstop' || n.type === 'choice') {
      source += '(.*?)';
      groups.push(n.index);
    } else return {};
  }
  if (!groups.length) return {};
  const m = new RegExp(`^\\s*${source}\\s*$`, 'u').exec(value);
  if (!m) return {};
  const out: Record<number, string> = {};
  groups.forEach((index, i) => {
    const v = m[i + 1]!.trim();
    if (v && !Object.hasOwn(out, index)) out[index] = v;
  });
  return out;
}

// ---------------------------------------------------------------- lines

interface Line {
  text: string;
  start: number;
  /** End of the text (line break excluded). */
  end: number;
  /** Start of the next line. */
  next: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ text: text.slice(start, m.index), start, end: m.index, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (start < text.length)
    lines.push({ text: text.slice(start), start, end: text.length, next: text.length });
  return lines;
}

/** The document's most common line break (LF when it has none). */
export function dominantEol(text: string): '\n' | '\r\n' | '\r' {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    if (m[0] === '\r\n') crlf++;
    else if (m[0] === '\n') lf++;
    else cr++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}
