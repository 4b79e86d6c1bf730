import { Parser } from 'htmlparser2';
import type { Span } from '../types';
import type { TextView } from '../view';
import { MappedView } from './mapped';

/*
 * The text of an HTML part, mapped back through htmlparser2's `startIndex`/`endIndex` to the
 * decoded markup (and from there, through the part's own view, to the source). Block elements
 * become line breaks (paragraphs become blank lines) so paragraphs survive; runs of white space
 * collapse to one space; `<head>`, `<style>`, `<script>` are skipped. Also counts decorations.
 */

const SKIP = new Set(['head', 'style', 'script', 'title', 'template', 'noscript', 'xml']);
/** Elements that end a paragraph (a blank line). */
const PARA = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'hr',
]);
/** Elements that end a line. */
const LINE = new Set([
  'div',
  'li',
  'tr',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'center',
  'address',
]);
const DECORATION_TAGS = new Set([
  'font',
  'b',
  'i',
  'u',
  'strong',
  'em',
  's',
  'strike',
  'mark',
  'big',
  'small',
  'ins',
  'del',
  'tt',
]);
const STYLE_DECORATION =
  /(?:^|;|\s)(?:color|font(?:-[a-z]+)?|background(?:-color)?|text-decoration|text-shadow)\s*:/i;

export interface HtmlText {
  view: MappedView;
  /** Distinct decorations: one style repeated on every paragraph counts once. */
  decorations: number;
}

const STYLE_PROPERTY = /^(?:color|font(?:-[a-z]+)?|background(?:-color)?|text-decoration|text-shadow)$/;

/** The decoration an element carries, normalised (`b`, `font|face=arial|size=2`, `color:#1f497d;font-family:calibri`), or null. */
function decorationKey(name: string, attribs: Record<string, string>): string | null {
  const norm = (v: string) => v.trim().toLowerCase().replace(/\s+/g, ' ').replace(/["']/g, '');
  if (DECORATION_TAGS.has(name)) {
    if (name !== 'font') return name;
    const parts = ['face', 'size', 'color'].filter((k) => attribs[k]).map((k) => `${k}=${norm(attribs[k]!)}`);
    return ['font', ...parts].join('|');
  }
  const decl: string[] = [];
  if (attribs.style && STYLE_DECORATION.test(attribs.style))
    for (const d of attribs.style.split(';')) {
      const c = d.indexOf(':');
      if (c < 0) continue;
      const prop = d.slice(0, c).trim().toLowerCase();
      if (STYLE_PROPERTY.test(prop)) decl.push(`${prop}:${norm(d.slice(c + 1))}`);
    }
  if (attribs.color) decl.push(`color:${norm(attribs.color)}`);
  if (attribs.bgcolor) decl.push(`background-color:${norm(attribs.bgcolor)}`);
  return decl.length ? decl.sort().join(';') : null;
}

export function htmlText(inner: TextView, fallback: Span): HtmlText {
  const html = inner.text;
  const view = new MappedView(fallback, inner);
  let skip = 0;
  let pre = 0;
  const decorations = new Set<string>();
  /** Pending break: 0 none, 1 line, 2 paragraph; at `at` in the markup. */
  let brk = 0;
  let brkAt = 0;
  let space: [number, number] | null = null;
  let atLineStart = true;
  /** Line breaks at the end of the text so far (at most a blank line is kept). */
  let nl = 0;
  const push = (t: string, a: number, b: number, literal: boolean) => {
    if (t.length === 0) return;
    view.push(t, a, b, literal);
    const m = /\n*$/.exec(t)!;
    nl = m[0].length === t.length ? nl + t.length : m[0].length;
  };

  const newline = (n: number, at: number) => {
    if (view.length === 0) return; // no leading breaks
    if (n > brk) {
      brk = n;
      brkAt = at;
    }
    space = null;
  };
  const emitBreaks = () => {
    if (brk > 0) {
      const want = Math.max(0, brk - nl);
      if (want) push(want === 2 ? '\n\n' : '\n', brkAt, brkAt, false);
      brk = 0;
      atLineStart = true;
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (SKIP.has(name)) skip++;
        if (skip) return;
        if (name === 'pre') pre++;
        const key = decorations.size < 1000 ? decorationKey(name, attribs) : null;
        if (key) decorations.add(key);
        const at = parser.startIndex;
        if (name === 'br') {
          if (view.length === 0) return;
          emitBreaks();
          if (nl < 2) push('\n', at, at, false);
          atLineStart = true;
          space = null;
        } else if (PARA.has(name)) newline(2, at);
        else if (LINE.has(name)) newline(1, at);
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip) return;
        if (name === 'pre') pre = Math.max(0, pre - 1);
        const at = parser.startIndex;
        if (PARA.has(name)) newline(2, at);
        else if (LINE.has(name)) newline(1, at);
      },
      ontext(data) {
        if (skip) return;
        const s = parser.startIndex;
        const e = parser.endIndex + 1;
        const raw = html.slice(s, e);
        const literal = raw === data;
        if (pre) {
          emitBreaks();
          push(data, s, e, literal);
          atLineStart = /[\n\r]$/.test(data);
          return;
        }
        if (!literal) {
          // an entity (one event each): a character, atomic
          const t = data.replace(/[\u00a0\s]+/g, ' ');
          if (t === ' ') {
            if (!atLineStart || brk) space = [s, e];
            return;
          }
          emitBreaks();
          if (space && !atLineStart) push(' ', space[0], space[1], false);
          space = null;
          push(t, s, e, false);
          atLineStart = false;
          return;
        }
        // literal text: alternate runs of white space and words
        const re = /[ \t\r\n\f]+/g;
        let last = 0;
        const word = (a: number, b: number) => {
          if (b <= a) return;
          emitBreaks();
          if (space && !atLineStart)
            push(' ', space[0], space[1], space[1] - space[0] === 1 && html[space[0]] === ' ');
          space = null;
          push(data.slice(a, b), s + a, s + b, true);
          atLineStart = false;
        };
        for (let m = re.exec(data); m; m = re.exec(data)) {
          word(last, m.index);
          space = [s + m.index, s + m.index + m[0].length];
          last = m.index + m[0].length;
        }
        word(last, data.length);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return { view, decorations: decorations.size };
}
