/**
 * Builders for the `email/*` rule tables: e-mails as people write them by hand and as mail
 * clients save them (multipart, quoted-printable, base64, encoded words, legacy charsets).
 */
import { readFileSync } from 'node:fs';

export type Eol = '\n' | '\r\n';

export interface MailOptions {
  subject?: string | null;
  from?: string | null;
  to?: string | null;
  /** Extra header lines, written after `Subject:`. */
  headers?: string[];
  eol?: Eol;
}

function head(o: MailOptions, contentType: string[]): string[] {
  const lines: string[] = [];
  if (o.from !== null) lines.push(`From: ${o.from ?? 'Lin Wei <lin.wei@hengda.example>'}`);
  if (o.to !== null) lines.push(`To: ${o.to ?? 'Jac Chen <jac@buyer.example>'}`);
  if (o.subject !== null) lines.push(`Subject: ${o.subject ?? 'Carton order 4500: delivery on 12 May'}`);
  lines.push(...(o.headers ?? []), 'X-Unsent: 1', 'MIME-Version: 1.0', ...contentType);
  return lines;
}

/** A hand-written plain-text UTF-8 e-mail. Body line breaks are written as `eol`. */
export function eml(body: string, o: MailOptions = {}): string {
  const eol = o.eol ?? '\n';
  return [...head(o, ['Content-Type: text/plain; charset=utf-8']), '', body]
    .join('\n')
    .replace(/\r?\n/g, eol);
}

/** Quoted-printable encoding of UTF-8 text (lines kept, soft breaks at 76). */
export function qp(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let out = '';
      let len = 0;
      for (const b of Buffer.from(line, 'utf8')) {
        const piece =
          b === 0x3d || b >= 0x80 || b < 0x20
            ? `=${b.toString(16).toUpperCase().padStart(2, '0')}`
            : String.fromCharCode(b);
        if (len + piece.length > 75) {
          out += '=\n';
          len = 0;
        }
        out += piece;
        len += piece.length;
      }
      return out;
    })
    .join('\n');
}

/** Base64 of UTF-8 text in 76-column lines. */
export function b64(text: string | Buffer): string {
  const s = (typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64');
  return s.replace(/.{1,76}/g, '$&\n').trimEnd();
}

/** A single-part e-mail whose body is quoted-printable or base64 UTF-8. */
export function encodedMail(
  body: string,
  encoding: 'quoted-printable' | 'base64',
  o: MailOptions = {},
): string {
  const eol = o.eol ?? '\r\n';
  const encoded = encoding === 'base64' ? b64(body) : qp(body);
  return [
    ...head(o, ['Content-Type: text/plain; charset=utf-8', `Content-Transfer-Encoding: ${encoding}`]),
    '',
    encoded,
    '',
  ]
    .join('\n')
    .replace(/\r?\n/g, eol);
}

export interface AttachmentSpec {
  name: string;
  type?: string;
  disposition?: 'attachment' | 'inline' | null;
}

/**
 * A `multipart/mixed` e-mail as Gmail or Thunderbird save it: a `multipart/alternative` text part
 * (plain text and an HTML copy), then the attachments, base64.
 */
export function mixed(
  body: string,
  attachments: AttachmentSpec[],
  o: MailOptions & { html?: string | false } = {},
): string {
  const eol = o.eol ?? '\r\n';
  const outer = '000000000000outer';
  const inner = '000000000000inner';
  const lines = [...head(o, [`Content-Type: multipart/mixed; boundary="${outer}"`]), '', `--${outer}`];
  if (o.html === false) {
    lines.push('Content-Type: text/plain; charset="UTF-8"', '', body, '');
  } else {
    lines.push(
      `Content-Type: multipart/alternative; boundary="${inner}"`,
      '',
      `--${inner}`,
      'Content-Type: text/plain; charset="UTF-8"',
      '',
      body,
      '',
      `--${inner}`,
      'Content-Type: text/html; charset="UTF-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      qp(o.html ?? `<div dir="ltr">${body.replace(/\n/g, '<br>')}</div>`),
      `--${inner}--`,
    );
  }
  for (const a of attachments) {
    const type = a.type ?? 'application/pdf';
    lines.push(`--${outer}`, `Content-Type: ${type}; name="${a.name}"`);
    if (a.disposition !== null)
      lines.push(`Content-Disposition: ${a.disposition ?? 'attachment'}; filename="${a.name}"`);
    lines.push('Content-Transfer-Encoding: base64', '', b64('%PDF-1.4\n%%EOF\n'));
  }
  lines.push(`--${outer}--`, '');
  return lines.join('\n').replace(/\r?\n/g, eol);
}

/** An HTML part with the given markup, alone or with a plain-text copy. */
export function htmlMail(html: string, plain: string | null, o: MailOptions = {}): string {
  const eol = o.eol ?? '\r\n';
  if (plain === null)
    return [
      ...head(o, ['Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable']),
      '',
      qp(html),
      '',
    ]
      .join('\n')
      .replace(/\r?\n/g, eol);
  const b = '----=_alt';
  return [
    ...head(o, [`Content-Type: multipart/alternative; boundary="${b}"`]),
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    plain,
    '',
    `--${b}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    qp(html),
    `--${b}--`,
    '',
  ]
    .join('\n')
    .replace(/\r?\n/g, eol);
}

/** A reply: the writer's text, then an `On … wrote:` block of `>` lines holding `quoted`. */
export function reply(own: string, quoted: string): string {
  return `${own}\n\nOn Mon, 5 May 2025 at 10:02, Jac Chen <jac@buyer.example> wrote:\n${quoted
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n')}\n`;
}

/** A Chinese reply: `在 … 写道：` and `>` lines. */
export function replyZh(own: string, quoted: string): string {
  return `${own}\n\n在 2026年3月5日 17:00，王经理 <wang@buyer.example> 写道：\n${quoted
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n')}\n`;
}

/** An RFC 2047 encoded word (UTF-8, B or Q). */
export function word(text: string, enc: 'B' | 'Q' = 'B'): string {
  const bytes = Buffer.from(text, 'utf8');
  if (enc === 'B') return `=?UTF-8?B?${bytes.toString('base64')}?=`;
  let q = '';
  for (const b of bytes)
    q += /[A-Za-z0-9]/.test(String.fromCharCode(b))
      ? String.fromCharCode(b)
      : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return `=?UTF-8?Q?${q}?=`;
}

let gbTable: Map<string, number[]> | null = null;
/** GB2312/GBK bytes of a text (built once from the decoder: tests only). */
export function gbk(text: string): Buffer {
  if (!gbTable) {
    gbTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(Uint8Array.of(a, b));
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [a, b]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else out.push(...(gbTable.get(ch) ?? [0x3f]));
  }
  return Buffer.from(out);
}

/** A GB2312 encoded word, as Foxmail and Outlook write Chinese subjects. */
export function gbWord(text: string, enc: 'B' | 'Q' = 'B'): string {
  const bytes = gbk(text);
  if (enc === 'B') return `=?GB2312?B?${bytes.toString('base64')}?=`;
  let q = '';
  for (const b of bytes)
    q +=
      b < 0x80 && /[A-Za-z0-9]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return `=?GB2312?Q?${q}?=`;
}

/** A fixture file as text (the editor's view of it). */
export function fixture(path: string): string {
  return readFileSync(`test/fixtures/${path}`, 'utf8');
}
