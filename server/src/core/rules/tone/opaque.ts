/**
 * Text in a draft that is not the writer's words, however it reads to a word list: identifiers
 * (`MKT_TYPE`, `get_token`, `q->pending`), file names and paths, bare domains and mail-system
 * addresses (`Tom Alonso/HOU/ECT@ECT`), code (`backticks`, fenced and indented blocks), pasted
 * log lines (`!!! 05/14/01 08:12:33 ERROR …`, `make: *** …`, `src/io.c:212: error`) and
 * letter-spaced text (`p l e a s e  u s e`). Tone rules never match inside these spans
 * ("Only your words, only words", rules.md). Each pattern is linear; the whole pass runs once
 * per draft (`scan.ts` caches it with the other per-draft facts).
 */
import type { Span } from '../../types';

/** A run of word characters holding an underscore, with two letters or digits together somewhere: `MKT_TYPE`, `get_token`, not `T_T`. */
const UNDERSCORED = /(?<![\p{L}\p{N}_])[\p{L}\p{N}_]*_[\p{L}\p{N}_]*(?![\p{L}\p{N}_])/gu;
const TWO_ALNUM = /[\p{L}\p{N}]{2}/u;
/** Code-shaped tokens: `q->pending`, `Foo::bar`, `getToken()`, `obj.method(`. */
const CODE_TOKEN = /[A-Za-z_][\w]*(?:->|::)[A-Za-z_][\w]*|[A-Za-z_][\w.]*\w\(\)?/g;
/** A call only when the name has a dot or an inner capital (`getToken()`, `os.path(`), not prose `(see above)`. */
const CALL_NAME = /[.]|[a-z][A-Z]|\(\)$/;
/** File names with a known extension, paths, Windows drives and UNC shares. */
const FILE_NAME =
  /(?<![\p{L}\p{N}_.\-/\\])[\p{L}\p{N}_.-]+\.(?:txt|docx?|xlsx?|xlsm|csv|pptx?|pdf|zip|rar|7z|gz|tgz|png|jpe?g|gif|bmp|svg|msg|eml|log|json|ya?ml|xml|html?|js|ts|py|java|c|cc|cpp|h|hpp|go|rs|rb|php|sh|bat|exe|dll|ini|cfg|conf|md|mp3|mp4|mov|wav|dat)(?![\p{L}\p{N}_])/giu;
const PATH = /(?:[A-Za-z]:\\|\\\\)[^\s"'<>，。；]+|(?<![\w/.])(?:~|\.{1,2})?\/[\w.-]+(?:\/[\w.-]*)+/g;
/** Bare domains (`lol.example.com`) and addresses without a dotted domain (`ECT@ECT`, `root@localhost`), Notes names (`Alonso/HOU/ECT@ECT`). */
const DOMAIN =
  /(?<![\p{L}\p{N}_.@-])(?:[\w-]+\.)+(?:com|net|org|edu|gov|mil|int|info|biz|io|co|cn|hk|tw|uk|de|fr|jp|kr|ru|us|eu|au|ca|in|sg|example|invalid|local|test)(?![\p{L}\p{N}_-])/giu;
const LOOSE_ADDRESS = /[\w.+-]+(?:\/[\w.-]+)*@[\w.-]+/gu;
/** Inline code and fenced blocks. */
const BACKTICKS = /```[\s\S]*?(?:```|$)|`[^`\r\n]+`/g;
/** Letters standing one by one: `p l e a s e  u s e`, `请 您 尽 快`. */
const SPACED =
  /(?<![\p{L}\p{N}])[A-Za-z](?: {1,3}[A-Za-z]){3,}(?![\p{L}\p{N}])|\p{Script=Han}(?: {1,2}\p{Script=Han}){3,}/gu;
/** A pasted log or tool line: a marker, then a timestamp, a level, a compiler location or a stack frame. */
const LOG_LINE =
  /^[ \t]*(?:[!*#=>-]{2,}[ \t]*)?(?:\[?\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[ T]\d{1,2}:\d{2}|\[?\d{1,2}:\d{2}:\d{2}\b|\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|FATAL|TRACE|CRITICAL|SEVERE)\b[\]:]|at [\w.$<>]+\(|Traceback \(most recent|File "[^"]+", line \d|make(?:\[\d+\])?: \*\*\*|[\w./\\-]+\.\w+:\d+(?::\d+)?: |[A-Z]{2,}[A-Z0-9_]*=\S)/;

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
  all(UNDERSCORED, (m) => TWO_ALNUM.test(m[0]) && /[\p{L}]/u.test(m[0]));
  all(CODE_TOKEN, (m) => /->|::/.test(m[0]) || CALL_NAME.test(m[0]));
  all(FILE_NAME);
  all(PATH);
  all(DOMAIN);
  if (text.includes('@')) all(LOOSE_ADDRESS, (m) => /@[\w]/.test(m[0]) && !m[0].startsWith('@'));
  if (text.includes('`')) all(BACKTICKS);
  all(SPACED);
  for (const l of lines(text)) if (LOG_LINE.test(l.text)) push(out, l.start, l.end);
  indentedBlocks(text, out);
  return out;
}
