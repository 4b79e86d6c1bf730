/**
 * Cordial's private web page. The draft is checked by the browser build of the language server
 * (`server.js`, the file VS Code for the Web runs) in a worker of this page, spoken to in LSP over
 * `postMessage`: the same core, rules, messages and fixes as in the editor. Nothing is sent
 * anywhere (the page's CSP allows its own origin only) and nothing is stored; "Save draft" is a
 * download.
 *
 * The editor is a plain textarea over a backdrop that draws the findings under the same text, so
 * typing, selection, undo and IME input stay the browser's own. Positions from the server are LSP
 * UTF-16 line/character pairs; the textarea's value uses `\n` line breaks only, so they map to
 * string offsets directly.
 */
import {
  builtinTemplates,
  groupTemplates,
  languageName,
  type TemplateEntry,
  templateDescription,
  templateLabel,
  templatesForKind,
} from '../../client/src/templates/catalog';
import { applyPlannedEdits, planInsert } from '../../client/src/templates/insert';
import { expandSnippet } from '../../client/src/templates/snippet';
import { Rpc } from './rpc';
import { defaultLang, type StringKey, s, type UiLang } from './strings';

type Kind = 'msg' | 'eml';

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  data?: unknown;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: { changes?: Record<string, TextEdit[]> };
}
interface Stats {
  messages: number | null;
  messageBudget: number | null;
  sentences: number;
  sentenceBudget: number | null;
  problems: { errors: number; warnings: number; infos: number; hints: number };
}

/** A finding of the current text: the diagnostic, its offsets, and the fixes offered for it. */
interface Item {
  d: Diagnostic;
  start: number;
  end: number;
  /** The document version the offsets and fixes belong to (offsets are shifted while typing). */
  version: number;
  fixes: CodeAction[];
}

const SEVERITIES = ['', 'error', 'warning', 'info', 'hint'] as const;
const FIX_ALL_KIND = 'source.fixAll.cordial';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const draft = $<HTMLTextAreaElement>('draft');
const highlights = $<HTMLDivElement>('highlights');
const list = $<HTMLOListElement>('findings');
const listEmpty = $<HTMLParagraphElement>('findings-empty');
const statsOut = $<HTMLOutputElement>('stats');
const fixAllButton = $<HTMLButtonElement>('fix-all');
const saveButton = $<HTMLButtonElement>('save');
const langSelect = $<HTMLSelectElement>('lang');
const notice = $<HTMLParagraphElement>('notice');
const templatesBox = $<HTMLDivElement>('templates');

const query = new URLSearchParams(location.search);
/** The display language the language server is started with. */
const serverLocale = (l: UiLang) => (l === 'zh' ? 'zh-cn' : l === 'zh-tw' ? 'zh-tw' : 'en');
let lang: UiLang =
  query.get('lang') === 'zh' || query.get('lang') === 'en' || query.get('lang') === 'zh-tw'
    ? (query.get('lang') as UiLang)
    : defaultLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
let kind: Kind = query.get('kind') === 'eml' ? 'eml' : 'msg';
let rpc: Rpc | null = null;
let version = 0;
/** The text the server has for `version`. */
let sentText = '';
let items: Item[] = [];
let fixAllAction: CodeAction | null = null;
let fixAllVersion = 0;
/** Findings whose explanation is open (by rule and message), kept open across redraws. */
const openExplanations = new Set<string>();
/** Bumped by every change: answers for an older generation are dropped. */
let generation = 0;

const uri = () => `untitled:draft.${kind}`;
const languageId = () => `cordial-${kind}`;

// ---------------------------------------------------------------- the server

function startServer(): void {
  rpc?.close();
  items = [];
  fixAllAction = null;
  render();
  let worker: Worker;
  try {
    worker = new Worker('server.js');
  } catch (err) {
    showNotice(s('workerFailed', lang, String(err)));
    return;
  }
  const connection = new Rpc(worker, (reason) => {
    if (rpc === connection) showNotice(s('workerFailed', lang, reason));
  });
  rpc = connection;
  connection.on('textDocument/publishDiagnostics', (p) => {
    if (rpc === connection) received(p as { uri: string; version?: number; diagnostics: Diagnostic[] });
  });
  connection.on('window/showMessage', (p) => {
    if (rpc === connection) showNotice((p as { message: string }).message);
  });
  void (async () => {
    try {
      await connection.request('initialize', {
        processId: null,
        clientInfo: { name: 'Cordial web page' },
        locale: serverLocale(lang),
        rootUri: null,
        workspaceFolders: null,
        capabilities: {
          textDocument: {
            synchronization: { dynamicRegistration: false },
            publishDiagnostics: { versionSupport: true, relatedInformation: true },
            codeAction: {
              codeActionLiteralSupport: {
                codeActionKind: { valueSet: ['quickfix', 'source', FIX_ALL_KIND] },
              },
              isPreferredSupport: true,
            },
            hover: { contentFormat: ['markdown', 'plaintext'] },
          },
        },
        initializationOptions: { locale: serverLocale(lang) },
      });
      connection.notify('initialized', {});
      version = 1;
      sentText = draft.value;
      connection.notify('textDocument/didOpen', {
        textDocument: { uri: uri(), languageId: languageId(), version, text: sentText },
      });
    } catch (err) {
      if (rpc === connection) showNotice(s('workerFailed', lang, String(err)));
    }
  })();
}

/** Sends the textarea's text as the next version, and moves the shown findings along with the edit. */
function textChanged(): void {
  const text = draft.value;
  if (text === sentText) return;
  const old = sentText;
  sentText = text;
  version++;
  generation++;
  shiftItems(old, text);
  fixAllAction = null;
  rpc?.notify('textDocument/didChange', {
    textDocument: { uri: uri(), version },
    contentChanges: [{ text }],
  });
  autoGrow();
  render();
}

function switchKind(next: Kind): void {
  if (next === kind) return;
  rpc?.notify('textDocument/didClose', { textDocument: { uri: uri() } });
  kind = next;
  generation++;
  items = [];
  fixAllAction = null;
  version = 1;
  sentText = draft.value;
  rpc?.notify('textDocument/didOpen', {
    textDocument: { uri: uri(), languageId: languageId(), version, text: sentText },
  });
  applyStrings();
  renderTemplates();
  render();
}

async function received(p: { uri: string; version?: number; diagnostics: Diagnostic[] }): Promise<void> {
  if (p.uri !== uri() || (p.version !== undefined && p.version !== version)) return;
  const gen = ++generation;
  const at = version;
  const text = sentText;
  const lines = lineStarts(text);
  const next: Item[] = p.diagnostics
    .map((d) => ({
      d,
      start: offsetAt(lines, text, d.range.start),
      end: offsetAt(lines, text, d.range.end),
      version: at,
      fixes: [] as CodeAction[],
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  items = next;
  render();
  const connection = rpc;
  if (!connection) return;
  const ask = (d: Diagnostic | null, only: string) =>
    connection
      .request<CodeAction[] | null>('textDocument/codeAction', {
        textDocument: { uri: uri() },
        range: d ? d.range : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: d ? [d] : [], only: [only] },
      })
      .catch(() => null);
  const [fixes, all, stats] = await Promise.all([
    Promise.all(next.map((it) => ask(it.d, 'quickfix'))),
    ask(null, FIX_ALL_KIND),
    connection.request<Stats | null>('cordial/stats', { uri: uri() }).catch(() => null),
  ]);
  if (gen !== generation) return;
  next.forEach((it, i) => {
    // The finding's own fixes: "fix all" and "disable the rule" are not this finding's.
    it.fixes = (fixes[i] ?? []).filter((a) => a.edit && a.isPreferred !== undefined);
  });
  fixAllAction = all?.find((a) => a.kind === FIX_ALL_KIND && a.edit) ?? null;
  fixAllVersion = at;
  renderStats(stats);
  render();
}

// ---------------------------------------------------------------- edits

/** Applies a code action's edit to the textarea, if it was computed for the current text. */
function applyAction(action: CodeAction, forVersion: number): void {
  if (forVersion !== version) return;
  const edits = action.edit?.changes?.[uri()];
  if (!edits?.length) return;
  const text = draft.value;
  const lines = lineStarts(text);
  const spans = edits
    .map((e) => ({ start: offsetAt(lines, text, e.range.start), end: offsetAt(lines, text, e.range.end), e }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let caret = draft.selectionStart;
  for (const { start, end, e } of spans) {
    out = out.slice(0, start) + e.newText + out.slice(end);
    if (caret >= end) caret += e.newText.length - (end - start);
    else if (caret > start) caret = start + e.newText.length;
  }
  replaceText(out, caret);
}

function replaceText(text: string, caret: number): void {
  draft.value = text;
  draft.setSelectionRange(caret, caret);
  textChanged();
}

function insertTemplate(entry: TemplateEntry): void {
  const text = draft.value;
  const body = entry.body.replace(/\r\n?/g, '\n');
  if (!text.trim()) {
    const expanded = expandSnippet(body);
    replaceText(expanded, expanded.length);
  } else {
    const plan = planInsert(kind, text, body, draft.selectionStart);
    const merged = applyPlannedEdits(text, plan.headerEdits);
    const inserted = expandSnippet(plan.bodySnippet).replace(/\r\n?/g, '\n');
    const at = Math.min(plan.bodyInsertOffset, merged.length);
    replaceText(merged.slice(0, at) + inserted + merged.slice(at), at + inserted.length);
  }
  draft.focus();
}

function save(): void {
  const blob = new Blob([draft.value], { type: 'text/plain;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `draft.${kind}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Keeps shown findings over the same words while the server re-checks (they drop where the edit was). */
function shiftItems(old: string, text: string): void {
  let pre = 0;
  const max = Math.min(old.length, text.length);
  while (pre < max && old.charCodeAt(pre) === text.charCodeAt(pre)) pre++;
  let suf = 0;
  while (suf < max - pre && old.charCodeAt(old.length - 1 - suf) === text.charCodeAt(text.length - 1 - suf))
    suf++;
  const oldEnd = old.length - suf;
  const delta = text.length - old.length;
  items = items.flatMap((it) => {
    if (it.end <= pre && !(it.start === it.end && it.start === pre && oldEnd > pre)) return [it];
    if (it.start >= oldEnd && !(it.start === oldEnd && pre === oldEnd && it.end === it.start && delta))
      return [{ ...it, start: it.start + delta, end: it.end + delta }];
    return [];
  });
}

// ---------------------------------------------------------------- positions

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** An LSP position (UTF-16 character) as an offset of the text, clamped to its line. */
function offsetAt(starts: number[], text: string, p: Position): number {
  if (p.line >= starts.length) return text.length;
  const start = starts[p.line]!;
  const end = p.line + 1 < starts.length ? starts[p.line + 1]! - 1 : text.length;
  return Math.min(start + Math.max(0, p.character), end);
}

// ---------------------------------------------------------------- rendering

function severityOf(it: Item): (typeof SEVERITIES)[number] {
  return SEVERITIES[it.d.severity ?? 1] || 'error';
}

function render(): void {
  renderHighlights();
  renderList();
  fixAllButton.disabled = !fixAllAction;
}

/** Redraws the backdrop: the draft's text with each finding's span marked, strongest severity on top. */
function renderHighlights(): void {
  const text = draft.value;
  const cuts = new Set([0, text.length]);
  for (const it of items) {
    cuts.add(Math.min(it.start, text.length));
    cuts.add(Math.min(it.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  const active = activeIndex();
  for (let k = 0; k < points.length; k++) {
    const at = points[k]!;
    // Empty findings (a missing greeting, say) show as a caret-like mark at their place.
    items.forEach((it, i) => {
      if (it.start === it.end && it.start === at) {
        const mark = document.createElement('span');
        mark.className = `point sev-${severityOf(it)}${i === active ? ' active' : ''}`;
        mark.dataset.items = String(i);
        frag.append(mark);
      }
    });
    const next = points[k + 1];
    if (next === undefined || next === at) continue;
    const piece = text.slice(at, next);
    const covering = items
      .map((it, i) => ({ it, i }))
      .filter(({ it }) => it.start <= at && it.end >= next && it.start < it.end);
    if (!covering.length) {
      frag.append(piece);
      continue;
    }
    const worst = covering.reduce((a, b) => ((b.it.d.severity ?? 1) < (a.it.d.severity ?? 1) ? b : a));
    const mark = document.createElement('mark');
    mark.className = `sev-${severityOf(worst.it)}${covering.some((c) => c.i === active) ? ' active' : ''}`;
    mark.dataset.items = covering.map((c) => c.i).join(' ');
    mark.textContent = piece;
    frag.append(mark);
  }
  // A final line break needs a character after it to take up its line, as in the textarea.
  frag.append('\u200b');
  highlights.replaceChildren(frag);
}

function renderList(): void {
  const active = activeIndex();
  const rows = items.map((it, i) => {
    const li = document.createElement('li');
    const sev = severityOf(it);
    li.className = `finding sev-${sev}${i === active ? ' active' : ''}`;
    const head = document.createElement('button');
    head.type = 'button';
    head.className = 'message';
    const badge = document.createElement('span');
    badge.className = 'sev';
    badge.textContent = s(sev as StringKey, lang);
    head.append(badge, ' ', it.d.message);
    head.addEventListener('click', () => {
      draft.focus();
      draft.setSelectionRange(it.start, it.end);
    });
    const meta = document.createElement('div');
    meta.className = 'meta';
    const code = document.createElement('code');
    code.textContent = String(it.d.code ?? '');
    meta.append(code, ` · ${it.d.range.start.line + 1}:${it.d.range.start.character + 1}`);
    li.append(head, meta);
    if (it.fixes.length) {
      const fixes = document.createElement('div');
      fixes.className = 'fixes';
      for (const action of it.fixes) {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = action.isPreferred ? 'fix preferred' : 'fix';
        b.textContent = action.title;
        b.disabled = it.version !== version;
        b.addEventListener('click', () => applyAction(action, it.version));
        fixes.append(b);
      }
      li.append(fixes);
    }
    const details = document.createElement('details');
    const key = `${it.d.code}|${it.d.message}`;
    const summary = document.createElement('summary');
    summary.textContent = s('why', lang);
    const body = document.createElement('div');
    body.className = 'explain';
    details.append(summary, body);
    details.addEventListener('toggle', () => {
      if (details.open) openExplanations.add(key);
      else openExplanations.delete(key);
      if (details.open && !body.childNodes.length) void explain(it, body);
    });
    if (openExplanations.has(key)) details.open = true;
    li.append(details);
    return li;
  });
  list.replaceChildren(...rows);
  listEmpty.textContent = items.length
    ? ''
    : !draft.value.trim()
      ? s('empty', lang)
      : version > 0 && sentText === draft.value
        ? s('noFindings', lang)
        : s('checking', lang);
  listEmpty.hidden = items.length > 0;
}

/** Marks the finding under the caret, in the list and in the draft, without redrawing either. */
function updateActive(): void {
  const active = String(activeIndex());
  Array.from(list.children).forEach((li, i) => {
    li.classList.toggle('active', String(i) === active);
  });
  for (const mark of Array.from(highlights.querySelectorAll<HTMLElement>('[data-items]')))
    mark.classList.toggle('active', (mark.dataset.items ?? '').split(' ').includes(active));
}

/** The finding under the caret, or -1. */
function activeIndex(): number {
  if (document.activeElement !== draft) return -1;
  const at = draft.selectionStart;
  return items.findIndex((it) => it.start <= at && at <= it.end);
}

async function explain(it: Item, into: HTMLElement): Promise<void> {
  const hover = await rpc
    ?.request<{ contents: { value: string } | string } | null>('textDocument/hover', {
      textDocument: { uri: uri() },
      position: it.d.range.start,
    })
    .catch(() => null);
  const value = typeof hover?.contents === 'string' ? hover.contents : (hover?.contents?.value ?? '');
  const sections = value.split(/\n\n---\n\n/);
  const own = sections.find((sec) => unescapeMd(sec.split('\n\n')[0] ?? '').includes(it.d.message));
  const chosen = own ?? sections[0] ?? '';
  // The first paragraph repeats the message shown above.
  const paragraphs = chosen.split('\n\n').slice(own ? 1 : 0);
  into.replaceChildren(...paragraphs.map(markdownParagraph));
}

function unescapeMd(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\\([\\*_[\]<>])/g, '$1');
}

/** One paragraph of the server's hover Markdown (`**strong**`, `*em*`, `[text](url)`, `\` escapes) as DOM. */
function markdownParagraph(text: string): HTMLElement {
  const p = document.createElement('p');
  const re = /\\([\\*_[\]<>`])|\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    p.append(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) p.append(m[1]);
    else if (m[2] !== undefined) {
      const b = document.createElement('strong');
      b.textContent = unescapeMd(m[2]);
      p.append(b);
    } else if (m[3] !== undefined) {
      const em = document.createElement('em');
      em.textContent = unescapeMd(m[3]);
      p.append(em);
    } else {
      // The rule's documentation: a link the reader may follow; the page itself fetches nothing.
      const a = document.createElement('a');
      a.textContent = m[4]!;
      if (/^https:\/\//.test(m[5]!)) {
        a.href = m[5]!;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
      }
      p.append(a);
    }
  }
  p.append(text.slice(last));
  return p;
}

function renderStats(stats: Stats | null): void {
  if (!stats) {
    statsOut.textContent = '';
    return;
  }
  const parts: string[] = [];
  if (stats.messages !== null)
    parts.push(
      stats.messageBudget !== null
        ? s('messagesOf', lang, stats.messages, stats.messageBudget)
        : s('messages', lang, stats.messages),
    );
  parts.push(
    stats.sentenceBudget !== null
      ? s('sentencesOf', lang, stats.sentences, stats.sentenceBudget)
      : s('sentences', lang, stats.sentences),
  );
  const p = stats.problems;
  const n = p.errors + p.warnings + p.infos + p.hints;
  parts.push(n === 1 ? s('problem1', lang) : s('problems', lang, n));
  statsOut.textContent = parts.join(' · ');
  const over =
    (stats.messages !== null && stats.messageBudget !== null && stats.messages > stats.messageBudget) ||
    (stats.sentenceBudget !== null && stats.sentences > stats.sentenceBudget);
  statsOut.classList.toggle('over', over);
}

function renderTemplates(): void {
  const groups = groupTemplates(templatesForKind(builtinTemplates(), kind), lang);
  templatesBox.replaceChildren(
    ...groups.map((g) => {
      const section = document.createElement('div');
      section.className = 'group';
      const h = document.createElement('h3');
      h.textContent = g.label;
      const ul = document.createElement('ul');
      for (const entry of g.entries) {
        const li = document.createElement('li');
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'template';
        b.dataset.key = entry.key;
        const label = document.createElement('span');
        label.className = 'label';
        label.textContent = templateLabel(entry, lang);
        const tag = document.createElement('span');
        tag.className = 'tag';
        tag.textContent = languageName(entry.lang, lang);
        const desc = document.createElement('span');
        desc.className = 'desc';
        desc.textContent = templateDescription(entry, lang);
        b.append(label, ' ', tag, desc);
        b.title = s('insert', lang);
        b.addEventListener('click', () => insertTemplate(entry));
        li.append(b);
        ul.append(li);
      }
      section.append(h, ul);
      return section;
    }),
  );
}

function applyStrings(): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : lang === 'zh-tw' ? 'zh-TW' : 'en';
  document.title = s('title', lang);
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-s]')))
    el.textContent = s(el.dataset.s as StringKey, lang);
  draft.placeholder = s(kind === 'msg' ? 'placeholderMsg' : 'placeholderEml', lang);
  langSelect.value = lang;
  for (const radio of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="kind"]')))
    radio.checked = radio.value === kind;
}

function showNotice(message: string): void {
  notice.textContent = message;
  notice.hidden = false;
}

function autoGrow(): void {
  draft.style.height = 'auto';
  draft.style.height = `${draft.scrollHeight + 2}px`;
}

// ---------------------------------------------------------------- wiring

draft.addEventListener('input', textChanged);
let caretTimer: ReturnType<typeof setTimeout> | undefined;
document.addEventListener('selectionchange', () => {
  if (document.activeElement !== draft) return;
  clearTimeout(caretTimer);
  caretTimer = setTimeout(updateActive, 60);
});
draft.addEventListener('blur', updateActive);
window.addEventListener('resize', autoGrow);
fixAllButton.addEventListener('click', () => {
  if (fixAllAction) applyAction(fixAllAction, fixAllVersion);
});
saveButton.addEventListener('click', save);
langSelect.addEventListener('change', () => {
  lang = langSelect.value === 'zh' || langSelect.value === 'zh-tw' ? langSelect.value : 'en';
  applyStrings();
  renderTemplates();
  statsOut.textContent = '';
  // Findings come in the server's language: start it again in the new one.
  startServer();
});
for (const radio of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="kind"]')))
  radio.addEventListener('change', () => {
    if (radio.checked) switchKind(radio.value === 'eml' ? 'eml' : 'msg');
  });

applyStrings();
renderTemplates();
autoGrow();
startServer();
