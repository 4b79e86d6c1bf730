/**
 * Text in a draft that is not the writer's words, however it reads to a word list: identifiers
 * (`MKT_TYPE`, `get_token`, `q->pending`), file names and paths, bare domains and mail-system
 * addresses (`Tom Alonso/HOU/ECT@ECT`), code (`backticks`, fenced and indented blocks), pasted
 * log lines (`!!! 05/14/01 08:12:33 ERROR …`, `make: *** …`, `src/io.c:212: error`) and
 * letter-spaced text (`p l e a s e  u s e`). Tone rules never match inside these spans
 * ("Only your words, only words", rules.md). Each pattern is linear; the whole pass runs once
 * per draft (`scan.ts` caches it with the other per-draft facts).
 */
import type { Span } from '../types';

/** A word character of an identifier: letters, digits, underscore. */
const IDENT = /[\p{L}\p{N}_]/u;
/** Two letters or digits together: `MKT_TYPE`, `get_token` are identifiers, `T_T` and `o_O` are faces. */
const TWO_ALNUM = /[\p{L}\p{N}]{2}/u;
const LETTER = /\p{L}/u;
/** Code-shaped tokens: `q->pending`, `Foo::bar`, `getToken()`, `obj.method(`. */
const CODE_TOKEN = /(?<![\w.])[A-Za-z_]\w*(?:->|::)[A-Za-z_]\w*|(?<![\w.])[A-Za-z_][\w.]*\w\(\)?/g;
/** A call only when the name has a dot or an inner capital (`getToken()`, `os.path(`), not prose `(see above)`. */
const CALL_NAME = /[.]|[a-z][A-Z]|\(\)$/;
/** A known file extension right after a dot (`report.xlsx`, `io.c`), as a whole word. */
const EXTENSION =
  /(?:txt|docx?|xlsx?|xlsm|csv|pptx?|pdf|zip|rar|7z|gz|tgz|png|jpe?g|gif|bmp|svg|msg|eml|log|json|ya?ml|xml|html?|js|ts|py|java|c|cc|cpp|h|hpp|go|rs|rb|php|sh|bat|exe|dll|ini|cfg|conf|md|mp3|mp4|mov|wav|dat)(?![\p{L}\p{N}_])/iuy;
/** A character of a file name before its extension. */
const FILE_CHAR = /[\p{L}\p{N}_.-]/u;
/** Paths: Windows drives and UNC shares, `/var/log/x`, `./a/b`. */
const PATH = /(?:[A-Za-z]:\\|\\\\)[^\s"'<>，。；]+|(?<![\w/.])(?:~|\.{1,2})?\/[\w.-]+(?:\/[\w.-]*)+/g;
/** A top-level domain right after a dot, as a whole word: bare domains such as `lol.example.com`. */
const TLD =
  /(?:com|net|org|edu|gov|mil|int|info|biz|io|co|cn|hk|tw|uk|de|fr|jp|kr|ru|us|eu|au|ca|in|sg|example|invalid|local|test)(?![\p{L}\p{N}_-])/iuy;
const DOMAIN_CHAR = /[\w.-]/;
/** A character of a loose address's left side (`Alonso/HOU/ECT`) or right side (`ECT`, `localhost`). */
const ADDRESS_LEFT = /[\w.+\-/]/;
const ADDRESS_RIGHT = /[\w.-]/;
/** Inline code and fenced blocks. */
const BACKTICKS = /```[\s\S]*?(?:```|$)|`[^`\r\n]+`/g;
/** Letters standing one by one: `p l e a s e  u s e`, `请 您 尽 快`. */
const SPACED_LATIN =
  /(?<![A-Za-z0-9\u00c0-\u024f])[A-Za-z](?: {1,3}[A-Za-z]){3,}(?![A-Za-z0-9\u00c0-\u024f])/g;
const SPACED_HAN = /[\u3400-\u9fff](?: {1,2}[\u3400-\u9fff]){3,}/g;
/** A pasted log or tool line: a marker, then a timestamp, a level, a compiler location or a stack frame. */
const LOG_LINE =
  /^[ \t]*(?:[!*#=>-]{2,}[ \t]*)?(?:\[?\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[ T]\d{1,2}:\d{2}|\[?\d{1,2}:\d{2}:\d{2}\b|\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|FATAL|TRACE|CRITICAL|SEVERE)\b[\]:]|at [\w.$<>]+\(|Traceback \(most recent|File "[^"]+", line \d|make(?:\[\d+\])?: \*\*\*|[\w./\\-]+\.\w+:\d+(?::\d+)?: |[A-Z][A-Z0-9_]+=\S)/;

function push(out: Span[], start: number, end: number): void {
  if (end > start) out.push({ start, end });
}

/** Lines of `text` with their offsets, line breaks excluded. */
function* lines(text: string): Generator<{ start: number; end: number; text: string }> {
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    yield { start, end, text: text.slice(start, end) };
    if (end >= text.length) return;
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
}

/** Lines indented as code: four spaces or a tab, in a paragraph whose every line is indented. */
function indentedBlocks(text: string, out: Span[]): void {
  let block: Span[] = [];
  let ok = true;
  const flush = () => {
    if (ok && block.length) for (const b of block) push(out, b.start, b.end);
    block = [];
    ok = true;
  };
  for (const l of lines(text)) {
    if (!l.text.trim()) {
      flush();
      continue;
    }
    if (/^(?: {4}|\t)/.test(l.text)) block.push({ start: l.start, end: l.end });
    else {
      ok = false;
      block.push(l);
    }
  }
  flush();
}

/**
 * Runs of word characters holding an underscore, with two letters or digits together somewhere
 * (`MKT_TYPE`, `get_token`; not `T_T`), found from each `_` outwards: one pass over the text.
 */
function identifiers(text: string, out: Span[]): void {
  let floor = 0;
  for (let u = text.indexOf('_'); u >= 0; u = text.indexOf('_', Math.max(u + 1, floor))) {
    let s = u;
    while (s > floor && IDENT.test(charBefore(text, s))) s -= charBefore(text, s).length;
    let e = u + 1;
    while (e < text.length && IDENT.test(charAt(text, e))) e += charAt(text, e).length;
    floor = e;
    const token = text.slice(s, e);
    if (TWO_ALNUM.test(token) && LETTER.test(token)) push(out, s, e);
  }
}

/** File names with a known extension and bare domains, found from each `.`: one pass over the text. */
function dotted(text: string, out: Span[]): void {
  let floor = 0;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (dot === 0 || dot < floor) continue;
    EXTENSION.lastIndex = dot + 1;
    const ext = EXTENSION.exec(text);
    TLD.lastIndex = dot + 1;
    const tld = ext ? null : TLD.exec(text);
    if (!ext && !tld) continue;
    const ok = ext ? FILE_CHAR : DOMAIN_CHAR;
    let s = dot;
    while (s > floor && ok.test(charBefore(text, s))) s -= charBefore(text, s).length;
    if (s === dot) continue;
    const e = dot + 1 + (ext ?? tld)![0].length;
    push(out, s, e);
    floor = e;
  }
}

/** The character (code point) ending at `i`, or ''. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1]!;
}

/** The character (code point) starting at `i`, or ''. */
function charAt(text: string, i: number): string {
  if (i >= text.length) return '';
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
}

/** Addresses without a dotted domain, found from each `@` outwards: one pass over the text. */
function looseAddresses(text: string, out: Span[]): void {
  let floor = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > floor && ADDRESS_LEFT.test(text[s - 1]!)) s--;
    let e = at + 1;
    while (e < text.length && ADDRESS_RIGHT.test(text[e]!)) e++;
    floor = at + 1;
    if (s < at && e > at + 1 && /\w/.test(text[at + 1]!)) push(out, s, e);
  }
}

/** The spans of `text` that are not prose, unsorted and possibly overlapping. */
export function nonProse(text: string, out: Span[] = []): Span[] {
  const all = (re: RegExp, keep: (m: RegExpExecArray) => boolean = () => true) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!m[0]) {
        re.lastIndex++;
        continue;
      }
      if (keep(m)) push(out, m.index, m.index + m[0].length);
    }
  };
  identifiers(text, out);
  all(CODE_TOKEN, (m) => /->|::/.test(m[0]) || CALL_NAME.test(m[0]));
  dotted(text, out);
  all(PATH);
  looseAddresses(text, out);
  if (text.includes('`')) all(BACKTICKS);
  all(SPACED_LATIN);
  all(SPACED_HAN);
  for (const l of lines(text)) if (LOG_LINE.test(l.text)) push(out, l.start, l.end);
  indentedBlocks(text, out);
  return out;
}
