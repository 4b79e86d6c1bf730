/**
 * The draft the core reads, built from the page's fields, and back. Pure: no DOM.
 *
 * Chat: the recipient and the relation become front matter (`to:`, `relation:`, `reply: true`,
 * formats.md "`.msg`"), the message being answered becomes quoted `>` lines, then the body.
 * E-mail: To and Subject become headers, attachments (names and sizes only) become empty
 * `Content-Disposition: attachment` parts of a `multipart/mixed` message, the body its first part.
 * A body that is itself a whole draft (a raw `.eml` with its headers, a chat draft with its own
 * front matter) is read as it is, and the fields step aside.
 *
 * `bodyStart`/`bodyEnd` say where the body sits in the composed text, so findings and fixes map
 * back to the body box; everything outside belongs to a field.
 */

export type Kind = 'msg' | 'eml';
export type Relation = '' | 'new' | 'familiar' | 'reply';

export interface Attachment {
  name: string;
  size: number;
}

export interface Fields {
  /** Chat: the recipient's name. E-mail: the To line. */
  to: string;
  /** Chat only. */
  relation: Relation;
  /** Chat only: the message being answered. */
  quoted: string;
  /** E-mail only. */
  subject: string;
  /** E-mail only. */
  attachments: Attachment[];
  /** Front-matter lines or headers the page has no field for (from a template or a fix), kept as they are. */
  extra: string[];
}

export interface Composed {
  text: string;
  bodyStart: number;
  bodyEnd: number;
  /** The body is a whole draft of its own: the fields are not used. */
  raw: boolean;
}

/** Which field a place outside the body belongs to. */
export type FieldName = 'to' | 'relation' | 'quoted' | 'subject' | 'attachments' | 'other';

export const BOUNDARY = 'cordial-web-part';

export function emptyFields(): Fields {
  return { to: '', relation: '', quoted: '', subject: '', attachments: [], extra: [] };
}

const KNOWN_HEADERS =
  /^(from|to|cc|bcc|subject|date|message-id|mime-version|content-type|content-transfer-encoding|reply-to|in-reply-to|references|received|return-path|sender|x-unsent|x-mailer|x-cordial-[a-z-]+|thread-topic|thread-index|importance|user-agent|delivered-to|dkim-signature|authentication-results)$/i;

/**
 * True when a pasted e-mail body is really a whole `.eml` (starts with a block of header lines
 * naming at least one known header). A greeting such as `Dear Tom:` or `王总：` is not a header.
 */
export function isRawEml(body: string): boolean {
  const lines = body.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  let i = 0;
  if (/^From \S/.test(lines[0] ?? '')) i++; // mbox envelope line
  let known = 0;
  let headers = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      if (!headers) return false;
      continue;
    }
    const m = /^([\x21-\x39\x3b-\x7e]+):/.exec(line);
    if (!m) return false;
    headers++;
    if (KNOWN_HEADERS.test(m[1]!)) known++;
  }
  return headers > 0 && known > 0;
}

/** True when a chat body carries its own front matter (`---` first line and a closing `---`). */
export function hasOwnFrontMatter(body: string): boolean {
  return /^\uFEFF?---[ \t]*\r?\n(?:[^\n]*\n)*?---[ \t]*(?:\r?\n|$)/.test(body);
}

export function isRaw(kind: Kind, body: string): boolean {
  return kind === 'eml' ? isRawEml(body) : hasOwnFrontMatter(body);
}

/** A YAML scalar for a name: plain when safe, else double-quoted (JSON strings are valid YAML). */
function yamlScalar(value: string): string {
  const v = value.replace(/[\r\n]+/g, ' ').trim();
  return /^[\p{L}\p{N}][\p{L}\p{N} ._'()-]*$/u.test(v) && !/^(true|false|yes|no|on|off|null|~)$/i.test(v)
    ? v
    : JSON.stringify(v);
}

/** A header value on one line. */
function headerValue(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim();
}

/** A MIME parameter value: quoted, or RFC 2231 encoded when it is not plain ASCII. */
function mimeParam(name: string, value: string): string {
  const v = value.replace(/[\r\n"\\]/g, '_');
  if (/^[\x20-\x7e]*$/.test(v)) return `${name}="${v}"`;
  return `${name}*=UTF-8''${encodeURIComponent(v).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

export function compose(kind: Kind, fields: Fields, body: string): Composed {
  if (isRaw(kind, body)) return { text: body, bodyStart: 0, bodyEnd: body.length, raw: true };
  return kind === 'eml' ? composeEml(fields, body) : composeMsg(fields, body);
}

function composeMsg(f: Fields, body: string): Composed {
  const front: string[] = [];
  if (f.to.trim()) front.push(`to: ${yamlScalar(f.to)}`);
  if (f.relation === 'new' || f.relation === 'familiar') front.push(`relation: ${f.relation}`);
  const quoted = f.quoted.replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, '');
  if (f.relation === 'reply' || quoted.trim()) front.push('reply: true');
  front.push(...f.extra);
  let prefix = front.length ? `---\n${front.join('\n')}\n---\n` : '';
  if (quoted.trim())
    prefix += `${quoted
      .split('\n')
      .map((l) => (l.trim() ? `> ${l}` : '>'))
      .join('\n')}\n\n`;
  return { text: prefix + body, bodyStart: prefix.length, bodyEnd: prefix.length + body.length, raw: false };
}

function composeEml(f: Fields, body: string): Composed {
  const headers: string[] = [];
  if (f.to.trim()) headers.push(`To: ${headerValue(f.to)}`);
  if (f.subject.trim()) headers.push(`Subject: ${headerValue(f.subject)}`);
  headers.push(...f.extra, 'X-Unsent: 1', 'MIME-Version: 1.0');
  if (!f.attachments.length) {
    headers.push('Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit');
    const prefix = `${headers.join('\n')}\n\n`;
    return {
      text: prefix + body,
      bodyStart: prefix.length,
      bodyEnd: prefix.length + body.length,
      raw: false,
    };
  }
  headers.push(`Content-Type: multipart/mixed; boundary="${BOUNDARY}"`);
  const prefix = `${headers.join('\n')}\n\n--${BOUNDARY}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n`;
  // Only names and sizes: each attachment is an empty part that says what would be attached.
  const parts = f.attachments.map(
    (a) =>
      `\n--${BOUNDARY}\nContent-Type: application/octet-stream; ${mimeParam('name', a.name)}\nContent-Disposition: attachment; ${mimeParam('filename', a.name)}; size=${Math.max(0, Math.floor(a.size))}\nContent-Transfer-Encoding: base64\n`,
  );
  // The line break before a boundary belongs to the boundary (RFC 2046): the body is exact.
  const suffix = `${parts.join('')}\n--${BOUNDARY}--\n`;
  return {
    text: prefix + body + suffix,
    bodyStart: prefix.length,
    bodyEnd: prefix.length + body.length,
    raw: false,
  };
}

const GENERATED_HEADERS = /^(x-unsent|mime-version|content-type|content-transfer-encoding)$/i;

/**
 * The fields and body of a composed text (after a fix or a template changed it). Attachments are
 * not read back: the caller keeps its own.
 */
export function decompose(kind: Kind, text: string, keep: Fields): { fields: Fields; body: string } {
  const t = text.replace(/\r\n?/g, '\n');
  return kind === 'eml' ? decomposeEml(t, keep) : decomposeMsg(t, keep);
}

function decomposeEml(text: string, keep: Fields): { fields: Fields; body: string } {
  const blank = text.indexOf('\n\n');
  const head = blank < 0 ? text : text.slice(0, blank);
  let rest = blank < 0 ? '' : text.slice(blank + 2);
  const fields: Fields = { ...emptyFields(), attachments: keep.attachments };
  const lines: string[] = [];
  for (const line of head.split('\n')) {
    if (/^[ \t]/.test(line) && lines.length) lines[lines.length - 1] += ` ${line.trim()}`;
    else if (line) lines.push(line);
  }
  let multipart = false;
  for (const line of lines) {
    const m = /^([^:\s]+):[ \t]*(.*)$/.exec(line);
    if (!m) continue;
    const name = m[1]!.toLowerCase();
    if (name === 'to') fields.to = m[2]!;
    else if (name === 'subject') fields.subject = m[2]!;
    else if (GENERATED_HEADERS.test(name)) {
      if (name === 'content-type' && /multipart\//i.test(m[2]!)) multipart = true;
    } else fields.extra.push(line);
  }
  if (multipart) {
    const open = `--${BOUNDARY}\n`;
    const at = rest.indexOf(open);
    if (at >= 0) {
      const partHead = rest.indexOf('\n\n', at);
      rest = partHead < 0 ? '' : rest.slice(partHead + 2);
      const close = rest.indexOf(`\n--${BOUNDARY}`);
      if (close >= 0) rest = rest.slice(0, close);
    }
  }
  return { fields, body: rest };
}

function decomposeMsg(text: string, keep: Fields): { fields: Fields; body: string } {
  const fields: Fields = { ...emptyFields(), attachments: keep.attachments };
  let rest = text;
  const fm = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  let reply = false;
  if (fm) {
    rest = text.slice(fm[0].length);
    for (const line of fm[1]!.split('\n')) {
      const m = /^(to|relation|reply):[ \t]*(.*?)[ \t]*$/.exec(line);
      if (!m) {
        if (line.trim()) fields.extra.push(line);
        continue;
      }
      const value = unquoteYaml(m[2]!);
      if (m[1] === 'to') fields.to = value;
      else if (m[1] === 'relation' && (value === 'new' || value === 'familiar')) fields.relation = value;
      else if (m[1] === 'reply' && /^(true|yes|on)$/i.test(value)) reply = true;
      else fields.extra.push(line);
    }
  }
  const quoted: string[] = [];
  const lines = rest.split('\n');
  let i = 0;
  while (i < lines.length && /^[>＞]/.test(lines[i]!)) {
    quoted.push(lines[i]!.replace(/^[>＞] ?/, ''));
    i++;
  }
  if (quoted.length) {
    // The one blank line that separates the quote from the body.
    if (i < lines.length && lines[i] === '') i++;
    rest = lines.slice(i).join('\n');
    fields.quoted = quoted.join('\n');
  }
  if (reply && !fields.relation && !fields.quoted) fields.relation = 'reply';
  return { fields, body: rest };
}

function unquoteYaml(v: string): string {
  if (/^".*"$/.test(v)) {
    try {
      return String(JSON.parse(v));
    } catch {
      return v.slice(1, -1);
    }
  }
  if (/^'.*'$/.test(v)) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

/** The field a composed-text offset outside the body belongs to. */
export function fieldAt(kind: Kind, c: Composed, offset: number, ruleId: string): FieldName {
  if (kind === 'eml') {
    if (/^email\/subject/.test(ruleId)) return 'subject';
    if (/^email\/attachment/.test(ruleId)) return 'attachments';
    if (offset >= c.bodyEnd) return 'attachments';
    const lineStart = c.text.lastIndexOf('\n', offset - 1) + 1;
    const m = /^([^:\s]+):/.exec(c.text.slice(lineStart, lineStart + 40));
    const name = m?.[1]?.toLowerCase();
    if (name === 'to' || name === 'cc' || name === 'bcc') return 'to';
    if (name === 'subject') return 'subject';
    return 'other';
  }
  const fmEnd = /^---[ \t]*\n[\s\S]*?\n---[ \t]*\n/.exec(c.text)?.[0].length ?? 0;
  if (offset >= fmEnd) return 'quoted';
  const lineStart = c.text.lastIndexOf('\n', offset - 1) + 1;
  const key = /^(\w+):/.exec(c.text.slice(lineStart, lineStart + 20))?.[1];
  if (key === 'to') return 'to';
  if (key === 'relation' || key === 'reply') return 'relation';
  return 'other';
}

/**
 * The chat messages of a body, one per send: blocks separated by blank lines, without quoted
 * lines and without the body's own front matter. `start` is each message's offset in the body.
 */
export function chatMessages(body: string): { text: string; start: number }[] {
  let offset = 0;
  const fm = /^\uFEFF?---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/.exec(body);
  if (fm) offset = fm[0].length;
  const out: { text: string; start: number }[] = [];
  const re = /\n[ \t\u3000]*\n/g;
  let from = offset;
  const push = (end: number) => {
    const chunk = body.slice(from, end);
    const kept = chunk
      .split('\n')
      .filter((l) => !/^[>＞]/.test(l))
      .join('\n')
      .trim();
    if (kept) out.push({ text: kept, start: from + (chunk.length - chunk.trimStart().length) });
  };
  re.lastIndex = offset;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(body.length);
  return out;
}
