import { isMap, parseDocument } from 'yaml';
import { detectScript } from '../analysis/script';
import { decodeUtf8, isOleCompound, looksBinary, stripBom, textLooksBinary, textLooksOle } from '../bytes';
import { msgContext } from '../context';
import type { ChatMessage, DraftInput, FrontMatter, Media, MsgDraft, ParseProblem } from '../draft';
import { dominantEol, LineIndex } from '../lines';
import { detectLang } from '../text/lang';
import { splitLines, splitParagraphs } from '../text/lines';
import { MEDIA_RE, mediaKind, parseDuration, parseSize } from '../text/media';
import { findQuotedRegions, isInside } from '../text/quoted';
import type { Span } from '../types';
import { SliceView } from '../view';

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

interface YamlResult {
  error: { message: string; pos: number } | null;
  notMapping: boolean;
  js: Record<string, unknown> | null;
}

/**
 * The front matter parsed by `yaml`, cached by its text: it costs more than the rest of the
 * parse together (~0.3 ms for five lines) and rarely changes between two keystrokes.
 */
const yamlCache = new Map<string, YamlResult>();

function parseYaml(text: string): YamlResult {
  const hit = yamlCache.get(text);
  if (hit) return hit;
  // `yaml` breaks lines at LF and CRLF only; a lone CR (old Mac line endings, which the rest of
  // the parser honours) becomes LF, which keeps every offset of an error position.
  let result: YamlResult;
  try {
    const doc = parseDocument(text.replace(/\r(?!\n)/g, '\n'), { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length) {
      const e = doc.errors[0]!;
      result = { error: { message: e.message.split('\n')[0]!, pos: e.pos[0] }, notMapping: false, js: null };
    } else if (doc.contents !== null && !isMap(doc.contents))
      result = { error: null, notMapping: true, js: null };
    else
      result = {
        error: null,
        notMapping: false,
        js: doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown> | null,
      };
  } catch (err) {
    // An alias bomb (`maxAliasCount`) or nesting too deep to walk: the front matter is reported
    // and left out, and the body is linted as usual.
    const message =
      err instanceof RangeError ? 'nested too deeply' : err instanceof Error ? err.message : String(err);
    result = {
      error: { message: message.split('\n')[0]!.slice(0, 200), pos: 0 },
      notMapping: false,
      js: null,
    };
  }
  if (yamlCache.size >= 64) yamlCache.delete(yamlCache.keys().next().value!);
  if (text.length <= 4096) yamlCache.set(text, result);
  return result;
}

/** Parses a chat draft: front matter (YAML), messages split by blank lines, media placeholders. */
export function parseMsg(input: DraftInput): MsgDraft {
  const problems: ParseProblem[] = [];
  let source: string;
  let blocked = false;
  if (input.bytes) {
    if (isOleCompound(input.bytes)) return blockedDraft('', 'format/outlook-binary', 'outlook');
    if (looksBinary(input.bytes)) blocked = true;
    const decoded = decodeUtf8(input.bytes);
    source = decoded.text;
    if (decoded.invalid && !blocked)
      problems.push({
        ruleId: 'format/encoding',
        messageId: 'invalidUtf8',
        data: { count: decoded.invalid },
        span: firstInvalid(source),
      });
  } else {
    source = stripBom(input.text ?? '');
    if (textLooksOle(source)) return blockedDraft(source, 'format/outlook-binary', 'outlook');
    if (textLooksBinary(source)) blocked = true;
  }
  if (blocked) return blockedDraft(source, 'format/binary', 'binary');

  const lines = splitLines(source);
  let frontMatter: FrontMatter | null = null;
  let bodyStart = 0;
  if (lines.length > 1 && FENCE.test(lines[0]!.text)) {
    const close = lines.findIndex((l, i) => i > 0 && CLOSE.test(l.text));
    if (close < 0) {
      problems.push({
        ruleId: 'format/front-matter',
        messageId: 'unclosed',
        span: { start: 0, end: lines[0]!.end },
      });
      // Take the `key: value` lines after the fence as the front matter, so the body after
      // them is still linted as a body.
      let i = 1;
      while (i < lines.length && /^[\w.-]+[ \t]*:|^[ \t]+\S/.test(lines[i]!.text)) i++;
      while (i < lines.length && lines[i]!.text.trim() === '') i++;
      bodyStart = i < lines.length ? lines[i]!.start : source.length;
    } else {
      const contentSpan: Span = {
        start: lines[1]!.start,
        end: close > 1 ? lines[close - 1]!.end : lines[1]!.start,
      };
      const span: Span = { start: 0, end: lines[close]!.end };
      bodyStart = lines[close]!.next;
      const yamlText = source.slice(contentSpan.start, contentSpan.end);
      const yaml = parseYaml(yamlText);
      const data: Record<string, unknown> = {};
      if (yaml.error) {
        problems.push({
          ruleId: 'format/front-matter',
          messageId: 'yaml',
          data: { error: yaml.error.message },
          span: errorLine(source, contentSpan, yaml.error.pos),
        });
      } else if (yaml.notMapping) {
        problems.push({ ruleId: 'format/front-matter', messageId: 'notMapping', span: contentSpan });
      } else if (yaml.js) Object.assign(data, structuredClone(yaml.js));
      frontMatter = { span, contentSpan, data };
    }
  }

  const data = frontMatter?.data ?? {};
  const fmSpan = (key: string): Span => keySpan(source, frontMatter, key);
  const str = (key: string): string | null => {
    const v = data[key];
    if (v === undefined || v === null) return null;
    if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
    problems.push({
      ruleId: 'format/front-matter',
      messageId: 'badValue',
      data: { key, expected: 'text' },
      span: fmSpan(key),
    });
    return null;
  };
  const to = str('to');
  const relationRaw = str('relation');
  let relation: 'new' | 'familiar' = 'new';
  let relationSet = false;
  if (relationRaw) {
    if (relationRaw === 'familiar' || relationRaw === 'new') {
      relation = relationRaw;
      relationSet = true;
    } else
      problems.push({
        ruleId: 'format/front-matter',
        messageId: 'badValue',
        data: { key: 'relation', expected: '`new` / `familiar`' },
        span: fmSpan('relation'),
      });
  }
  let replyRaw: boolean | null = null;
  if (data.reply !== undefined && data.reply !== null) {
    if (typeof data.reply === 'boolean') replyRaw = data.reply;
    else
      problems.push({
        ruleId: 'format/front-matter',
        messageId: 'badValue',
        data: { key: 'reply', expected: '`true` / `false`' },
        span: fmSpan('reply'),
      });
  }
  const langRaw = str('lang');
  if (langRaw && !['zh', 'en', 'auto'].includes(langRaw))
    problems.push({
      ruleId: 'format/front-matter',
      messageId: 'badValue',
      data: { key: 'lang', expected: '`zh` / `en` / `auto`' },
      span: fmSpan('lang'),
    });
  const disabled = readDisable(data.cordial, problems, fmSpan('cordial'));

  const bodyText = source.slice(bodyStart);
  const body = new SliceView(bodyText, bodyStart);
  const quoted = findQuotedRegions(bodyText);
  const paragraphs = splitParagraphs(bodyText);
  const messages: ChatMessage[] = paragraphs.map((p, index) => ({
    index,
    start: bodyStart + p.start,
    end: bodyStart + p.end,
    text: p.text,
    media: findMedia(p.text, bodyStart + p.start),
    quoted: isInside(quoted, p.start, p.end),
  }));
  const own = paragraphs.filter((p) => !isInside(quoted, p.start, p.end)).map((p) => p.text);
  const lang = langRaw === 'zh' || langRaw === 'en' ? langRaw : detectLang(own.join('\n'));
  const context = msgContext({ reply: replyRaw, relation: relationSet ? relation : null, messages });

  return {
    kind: 'msg',
    source,
    lines: new LineIndex(source),
    body,
    blocks: paragraphs.map((p) => ({ ...p, quoted: isInside(quoted, p.start, p.end), signature: false })),
    quoted,
    signature: null,
    lang,
    script: detectScript(own.join('\n')),
    recipientName: to,
    firstContact: context.firstContact,
    context,
    disabled,
    problems,
    blocked: false,
    eol: dominantEol(source),
    frontMatter,
    relation,
    channel: str('channel'),
    bodyStart,
    messages,
  };
}

function readDisable(value: unknown, problems: ParseProblem[], span: Span): string[] {
  if (value === undefined || value === null) return [];
  const list =
    typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>).disable
      : undefined;
  if (list === undefined) return [];
  if (typeof list === 'string') return list.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(list) && list.every((x) => typeof x === 'string')) return list as string[];
  problems.push({
    ruleId: 'format/front-matter',
    messageId: 'badValue',
    data: { key: 'cordial.disable', expected: 'a list of rule IDs' },
    span,
  });
  return [];
}

/** The line of a front-matter key (for problems about its value), or the whole block. */
function keySpan(source: string, fm: FrontMatter | null, key: string): Span {
  if (!fm) return { start: 0, end: 0 };
  const text = source.slice(fm.contentSpan.start, fm.contentSpan.end);
  const m = new RegExp(`^${key}[ \\t]*:.*$`, 'm').exec(text);
  if (!m) return fm.span;
  return { start: fm.contentSpan.start + m.index, end: fm.contentSpan.start + m.index + m[0].length };
}

export function findMedia(text: string, offset: number): Media[] {
  const out: Media[] = [];
  MEDIA_RE.lastIndex = 0;
  for (let m = MEDIA_RE.exec(text); m; m = MEDIA_RE.exec(text)) {
    const inner = (m[1] ?? m[2] ?? '').trim();
    const k = mediaKind(inner);
    if (!k) continue;
    const annotation = inner
      .slice(k.word.length)
      .replace(/^[\s:：]+/, '')
      .trim();
    out.push({
      kind: k.kind,
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      raw: m[0],
      annotation,
      seconds: parseDuration(annotation),
      megabytes: parseSize(annotation),
      fullWidth: m[0].startsWith('【'),
    });
  }
  return out;
}

/** The front-matter line holding a YAML error (the last non-empty line when it is at the end). */
function errorLine(source: string, content: Span, pos: number): Span {
  let at = content.start + Math.min(Math.max(0, pos), content.end - content.start);
  while (
    at > content.start &&
    (at >= content.end || /[\r\n]/.test(source[at]!)) &&
    /[\r\n]|^$/.test(source[at] ?? '')
  )
    at--;
  const start = Math.max(
    content.start,
    Math.max(source.lastIndexOf('\n', at - 1), source.lastIndexOf('\r', at - 1)) + 1,
  );
  let end = start;
  while (end < content.end && source[end] !== '\n' && source[end] !== '\r') end++;
  return { start, end };
}

function firstInvalid(text: string): Span {
  const i = text.indexOf('\uFFFD');
  return i < 0 ? { start: 0, end: 0 } : { start: i, end: i + 1 };
}

function blockedDraft(source: string, ruleId: string, messageId: string): MsgDraft {
  const firstLineEnd = /\r|\n/.exec(source)?.index ?? source.length;
  return {
    kind: 'msg',
    source,
    lines: new LineIndex(source),
    body: new SliceView('', 0),
    blocks: [],
    quoted: [],
    signature: null,
    lang: 'en',
    script: 'hans',
    recipientName: null,
    firstContact: true,
    context: {
      reply: false,
      forward: false,
      internal: false,
      relation: 'new',
      firstContact: true,
      evidence: [],
    },
    disabled: [],
    problems: [{ ruleId, messageId, span: { start: 0, end: Math.min(firstLineEnd, 1) } }],
    blocked: true,
    eol: '\n',
    frontMatter: null,
    relation: 'new',
    channel: null,
    bodyStart: 0,
    messages: [],
  };
}
