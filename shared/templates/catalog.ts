// biome-ignore-all lint/suspicious/noTemplateCurlyInString: messages quote snippet syntax (`${`)
/**
 * The template catalog: built-in templates (generated data, no file system, so it also runs in a
 * browser) and the user's own templates (files the editor layer reads and hands over). Pure: no
 * `vscode`.
 */
import { BUILTIN_CATALOG } from './builtin.generated';
import { expandSnippet, parseSnippet, type SnippetError } from './snippet';

export type TemplateKind = 'msg' | 'eml';
/** `zh-tw`: Traditional Chinese (generated from the Simplified template). */
export type TemplateLang = 'zh' | 'en' | 'zh-tw';
/** The language labels and messages are shown in. */
export type DisplayLocale = 'zh' | 'en' | 'zh-tw';

export interface LocalText {
  en: string;
  zh: string;
  /** Traditional Chinese; when absent, `zh` is shown. */
  zhTw?: string;
}

/** The text for a display language. */
export function pick(text: LocalText, locale: DisplayLocale): string {
  return locale === 'zh-tw' ? (text.zhTw ?? text.zh) : text[locale];
}

/** One built-in template as `scripts/gen-templates.mjs` writes it. */
export interface BuiltinTemplateData {
  id: string;
  kind: TemplateKind;
  lang: TemplateLang;
  group: string;
  label: LocalText;
  description: LocalText;
  /** Path of the source file, from the repository root. */
  file: string;
  /** The template in VS Code snippet syntax, LF line breaks. */
  body: string;
}

export interface BuiltinCatalogData {
  groups: { id: string; label: LocalText }[];
  templates: BuiltinTemplateData[];
}

export interface TemplateEntry {
  /** Unique in a catalog: `builtin:msg/first-contact.zh`, `user:offer.msg`. */
  key: string;
  source: 'builtin' | 'user';
  id: string;
  kind: TemplateKind;
  /** The template's language; null for a user template in no clear language. */
  lang: TemplateLang | null;
  /** Purpose (`first-contact`, `price` …); user templates are in the group `user`. */
  group: string;
  label: LocalText;
  description: LocalText;
  /** The template in VS Code snippet syntax. */
  body: string;
}

export interface TemplateGroup {
  id: string;
  label: string;
  entries: TemplateEntry[];
}

/** The group of the user's own templates, listed after the built-in purposes. */
export const USER_GROUP = 'user';

const USER_GROUP_LABEL: LocalText = { en: 'Your templates', zh: '我的模板', zhTw: '我的範本' };
const LANG_NAMES: Record<TemplateLang, LocalText> = {
  zh: { en: 'Chinese', zh: '中文', zhTw: '簡體中文' },
  en: { en: 'English', zh: '英文', zhTw: '英文' },
  'zh-tw': { en: 'Traditional Chinese', zh: '繁体中文', zhTw: '繁體中文' },
};

/**
 * `zh-tw` for Traditional Chinese display languages (`zh-tw`, `zh-hk`, `zh-Hant` …), `zh` for
 * the other Chinese ones (`zh-cn`, `zh-Hans` …), else `en`.
 */
export function displayLocale(tag: string | undefined | null): DisplayLocale {
  if (!tag || !/^zh\b/i.test(tag)) return 'en';
  return /^zh[-_](?:tw|hk|mo|hant)\b/i.test(tag) ? 'zh-tw' : 'zh';
}

/** The draft kind of a file name (`.msg`/`.eml`), or null. */
export function kindOfFileName(name: string): TemplateKind | null {
  const m = /\.(msg|eml)$/i.exec(name);
  return m ? (m[1]!.toLowerCase() as TemplateKind) : null;
}

/** The draft kind of an editor language id (`cordial-msg`/`cordial-eml`), or null. */
export function kindOfLanguageId(languageId: string | undefined | null): TemplateKind | null {
  return languageId === 'cordial-msg' ? 'msg' : languageId === 'cordial-eml' ? 'eml' : null;
}

let builtins: TemplateEntry[] | null = null;

/** Every built-in template, in the order of `templates/index.json`. */
export function builtinTemplates(): readonly TemplateEntry[] {
  builtins ??= BUILTIN_CATALOG.templates.map((t) => ({
    key: `builtin:${t.kind}/${t.id}.${t.lang}`,
    source: 'builtin' as const,
    id: t.id,
    kind: t.kind,
    lang: t.lang,
    group: t.group,
    label: t.label,
    description: t.description,
    body: t.body,
  }));
  return builtins;
}

/** The templates for a kind of draft; all of them when the kind is unknown. */
export function templatesForKind(
  entries: readonly TemplateEntry[],
  kind: TemplateKind | null,
): TemplateEntry[] {
  return kind ? entries.filter((e) => e.kind === kind) : [...entries];
}

export function groupLabel(group: string, locale: DisplayLocale): string {
  if (group === USER_GROUP) return pick(USER_GROUP_LABEL, locale);
  const g = BUILTIN_CATALOG.groups.find((x) => x.id === group);
  return g ? pick(g.label, locale) : group;
}

export function templateLabel(entry: TemplateEntry, locale: DisplayLocale): string {
  return pick(entry.label, locale);
}

export function templateDescription(entry: TemplateEntry, locale: DisplayLocale): string {
  return pick(entry.description, locale);
}

/** The name of a template's language in the display language (`中文`, `English` …), or ''. */
export function languageName(lang: TemplateLang | null, locale: DisplayLocale): string {
  return lang ? pick(LANG_NAMES[lang], locale) : '';
}

/**
 * Groups templates by purpose, in the catalog's order of purposes, user templates last. Inside a
 * group, templates in the display language come first, then the others; each keeps its catalog
 * order otherwise, so a template's two languages sit side by side in the same place.
 */
export function groupTemplates(entries: readonly TemplateEntry[], locale: DisplayLocale): TemplateGroup[] {
  const order = [...BUILTIN_CATALOG.groups.map((g) => g.id), USER_GROUP];
  const rank = (g: string) => {
    const i = order.indexOf(g);
    return i < 0 ? order.length - 1 : i;
  };
  const byGroup = new Map<string, TemplateEntry[]>();
  for (const e of entries) {
    const list = byGroup.get(e.group) ?? [];
    list.push(e);
    byGroup.set(e.group, list);
  }
  return [...byGroup.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([id, list]) => ({
      id,
      label: groupLabel(id, locale),
      entries: list
        .map((e, i) => ({ e, i }))
        .sort((a, b) => langRank(a.e, locale) - langRank(b.e, locale) || a.i - b.i)
        .map((x) => x.e),
    }));
}

function langRank(e: TemplateEntry, locale: DisplayLocale): number {
  if (e.lang === locale) return 0;
  // The other Chinese script comes next for a Chinese reader.
  if (locale !== 'en' && e.lang !== null && e.lang !== 'en') return 1;
  return e.lang === null ? 2 : 3;
}

// ---------------------------------------------------------------- user templates

/** A file from the templates folder: its name (relative to the folder) and its text. */
export interface UserTemplateFile {
  name: string;
  text: string;
  /** Set by a reader that did not read the file because of its size. */
  tooLarge?: boolean;
}

export type UserTemplateProblemCode = SnippetError['code'] | 'empty' | 'tooLarge' | 'notTemplate';

export interface UserTemplateProblem {
  name: string;
  code: UserTemplateProblemCode;
  /** Localized, one line: which file, and what is wrong. */
  message: string;
}

/** User templates larger than this are skipped: a template is a message, not a document. */
export const MAX_USER_TEMPLATE_CHARS = 100_000;

const REASONS: Record<UserTemplateProblemCode, LocalText> = {
  empty: { en: 'the file is empty', zh: '文件是空的' },
  tooLarge: { en: 'the file is too large for a template', zh: '文件太大，不适合作模板' },
  notTemplate: { en: 'only .msg and .eml files are templates', zh: '只有 .msg 和 .eml 文件才是模板' },
  unclosed: { en: '“${” on line {line} is never closed with “}”', zh: '第 {line} 行的“${”没有用“}”闭合' },
  unclosedChoice: {
    en: 'the choice on line {line} must end with “|}”',
    zh: '第 {line} 行的选项列表应以“|}”结尾',
  },
  emptyChoice: { en: 'the choice on line {line} has no options', zh: '第 {line} 行的选项列表没有选项' },
  badPlaceholder: {
    en: '“${” on line {line} must be followed by a number and “}”, “:” or “|”; write “\\$” for a dollar sign',
    zh: '第 {line} 行的“${”后面应是数字，再接“}”“:”或“|”；美元符号请写成“\\$”',
  },
  transform: {
    en: 'line {line} uses a transform, which templates do not support',
    zh: '第 {line} 行用了变换，模板不支持',
  },
  conflictingDefaults: {
    en: 'tab stop {index} is given two different defaults (line {line})',
    zh: '占位符 {index} 有两个不同的默认值（第 {line} 行）',
  },
};

const SKIPPED: LocalText = {
  en: 'Skipped template “{name}”: {reason}.',
  zh: '已跳过模板“{name}”：{reason}。',
};

function fill(text: string, data: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(data, k) ? String(data[k]) : m));
}

/** The localized message for a user template that was skipped. */
export function userTemplateProblemMessage(
  name: string,
  code: UserTemplateProblemCode,
  locale: DisplayLocale,
  error?: SnippetError,
): string {
  const reason = fill(pick(REASONS[code], locale), {
    line: error ? error.line + 1 : '',
    index: error?.index ?? '',
  });
  return fill(pick(SKIPPED, locale), { name, reason });
}

/**
 * Turns the files of the user's templates folder into catalog entries (group `user`, label = the
 * file name without extension, description = the first non-empty line of the body with its
 * placeholders filled). Malformed files are skipped, each with a message saying why.
 */
export function loadUserTemplates(
  files: readonly UserTemplateFile[],
  locale: DisplayLocale,
): { templates: TemplateEntry[]; problems: UserTemplateProblem[] } {
  const templates: TemplateEntry[] = [];
  const problems: UserTemplateProblem[] = [];
  const skip = (name: string, code: UserTemplateProblemCode, error?: SnippetError) =>
    problems.push({ name, code, message: userTemplateProblemMessage(name, code, locale, error) });
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const file of sorted) {
    const kind = kindOfFileName(file.name);
    if (!kind) {
      skip(file.name, 'notTemplate');
      continue;
    }
    const text = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    if (file.tooLarge || text.length > MAX_USER_TEMPLATE_CHARS) {
      skip(file.name, 'tooLarge');
      continue;
    }
    if (!text.trim()) {
      skip(file.name, 'empty');
      continue;
    }
    const parsed = parseSnippet(text);
    if (!parsed.ok) {
      skip(file.name, parsed.error!.code, parsed.error);
      continue;
    }
    const expanded = expandSnippet(text);
    const body = kind === 'eml' ? emlBody(expanded) : msgBody(expanded);
    const first = firstLine(body) || firstLine(expanded);
    if (!first) {
      skip(file.name, 'empty');
      continue;
    }
    const base = file.name.replace(/^.*[\\/]/, '').replace(/\.(msg|eml)$/i, '');
    templates.push({
      key: `user:${file.name}`,
      source: 'user',
      id: base,
      kind,
      lang: guessLang(body),
      group: USER_GROUP,
      label: { en: base, zh: base },
      description: { en: first, zh: first },
      body: text,
    });
  }
  return { templates, problems };
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '');
  if (!line) return '';
  const t = line.trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}

/** The body of a chat draft: after the front matter, when there is one. */
function msgBody(text: string): string {
  const m = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** The body of an e-mail: after the first blank line, when the text starts with headers. */
function emlBody(text: string): string {
  if (!/^[!-9;-~]+:/.test(text)) return text;
  const i = text.indexOf('\n\n');
  return i < 0 ? '' : text.slice(i + 2);
}

function guessLang(text: string): TemplateLang | null {
  const cjk = (text.match(/[\u3400-\u9fff\uf900-\ufaff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]+/g) ?? []).length;
  if (cjk === 0 && latin === 0) return null;
  return cjk >= latin ? 'zh' : 'en';
}
