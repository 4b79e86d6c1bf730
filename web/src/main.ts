/**
 * Cordial's private web page. The draft is checked by the browser build of the language server
 * (`server.js`, the file VS Code for the Web runs) in a worker of this page, spoken to in LSP over
 * `postMessage`: the same core, rules, messages and fixes as in the editor. Nothing is sent
 * anywhere (the page's CSP allows its own origin only) and nothing is stored; "Save" is a
 * download.
 *
 * The writer fills fields (chat: the recipient, the relation, the message being answered; e-mail:
 * To, Subject, attachments) and a body box; `compose.ts` builds the draft the core reads from them
 * and maps findings back to the body or to a field. The body is a plain textarea over a backdrop
 * that draws the findings under the same text, so typing, selection and IME input stay the
 * browser's own; a card opens at the underlined words. Undo and redo are the page's own
 * (`history.ts`), over every field and the body, so fixes and templates undo like typing.
 *
 * Work is bounded for huge pastes: one code-action request per check (all findings at once), the
 * server's own bound on what it lints (`server/src/lsp/bounds.ts`), and the backdrop, the list
 * and the message list redrawn after a pause in typing when the draft is long.
 */

import { STATS_REQUEST, type StatsParams, type StatsResult } from '../../shared/requests';
import {
  builtinTemplates,
  groupTemplates,
  languageName,
  type TemplateEntry,
  templateDescription,
  templateLabel,
  templatesForKind,
} from '../../shared/templates/catalog';
import { applyPlannedEdits, planInsert } from '../../shared/templates/insert';
import { expandSnippet } from '../../shared/templates/snippet';
import {
  type Composed,
  chatMessages,
  compose,
  decompose,
  emptyFields,
  type FieldName,
  type Fields,
  fieldAt,
  type Kind,
  type Relation,
} from './compose';
import { History } from './history';
import { Rpc } from './rpc';
import { defaultLang, parseLang, type StringKey, s, type UiLang } from './strings';

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
  diagnostics?: Diagnostic[];
  edit?: { changes?: Record<string, TextEdit[]> };
}
type Stats = StatsResult;

/** A finding of the current text: the diagnostic, where it is, and the fixes offered for it. */
interface Item {
  d: Diagnostic;
  /** Offsets in the body box, or -1 when the finding is on a field. */
  start: number;
  end: number;
  field: FieldName | null;
  /** The document version the offsets and fixes belong to (offsets are shifted while typing). */
  version: number;
  fixes: CodeAction[];
}

/** Everything the writer can change: what undo and redo step through. */
interface State {
  kind: Kind;
  fields: Fields;
  body: string;
  selStart: number;
  selEnd: number;
}

const SEVERITIES = ['', 'error', 'warning', 'info', 'hint'] as const;
const FIX_ALL_KIND = 'source.fixAll.cordial';
const PLACEHOLDER_RULE = 'structure/placeholder';
/** Above this many characters the page redraws after a pause in typing instead of at every key. */
const LARGE = 20_000;
const LARGE_DELAY_MS = 250;
/** On a long draft, the pause in typing after which the page asks for the fixes. */
const FIXES_PAUSE_MS = 1000;
/** At most this many findings are listed and marked (the rest are counted). */
const MAX_LISTED = 200;
const MAX_MARKED = 2000;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const draft = $<HTMLTextAreaElement>('draft');
const field = $<HTMLDivElement>('field');
const highlights = $<HTMLDivElement>('highlights');
const card = $<HTMLDivElement>('card');
const list = $<HTMLOListElement>('findings');
const listEmpty = $<HTMLParagraphElement>('findings-empty');
const listMore = $<HTMLParagraphElement>('findings-more');
const statsOut = $<HTMLOutputElement>('stats');
const verdict = $<HTMLParagraphElement>('verdict');
const fixAllButton = $<HTMLButtonElement>('fix-all');
const undoButton = $<HTMLButtonElement>('undo');
const redoButton = $<HTMLButtonElement>('redo');
const copyNextButton = $<HTMLButtonElement>('copy-next');
const copyAllButton = $<HTMLButtonElement>('copy-all');
const copyStatus = $<HTMLParagraphElement>('copy-status');
const messagesBox = $<HTMLElement>('messages-box');
const messagesList = $<HTMLOListElement>('messages');
const saveButton = $<HTMLButtonElement>('save');
const langSelect = $<HTMLSelectElement>('lang');
const notice = $<HTMLParagraphElement>('notice');
const rawNote = $<HTMLParagraphElement>('raw-note');
const extraNote = $<HTMLParagraphElement>('extra-note');
const templatesBox = $<HTMLDivElement>('templates');
const chatFields = $<HTMLDivElement>('chat-fields');
const mailFields = $<HTMLDivElement>('mail-fields');
const chatTo = $<HTMLInputElement>('chat-to');
const relationSelect = $<HTMLSelectElement>('relation');
const quotedBox = $<HTMLTextAreaElement>('quoted');
const mailTo = $<HTMLInputElement>('mail-to');
const subjectInput = $<HTMLInputElement>('subject');
const attachInput = $<HTMLInputElement>('attach');
const attachmentList = $<HTMLUListElement>('attachment-list');
const confirmDialog = $<HTMLDialogElement>('confirm');
const ruleDialog = $<HTMLDialogElement>('rule-doc');

const query = new URLSearchParams(location.search);
let lang: UiLang =
  parseLang(query.get('lang')) ??
  defaultLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
let kind: Kind = query.get('kind') === 'eml' ? 'eml' : 'msg';
/** Each kind keeps its own fields; the body box is shared. */
const fieldsByKind: Record<Kind, Fields> = { msg: emptyFields(), eml: emptyFields() };
let rpc: Rpc | null = null;
let version = 0;
/** The composed draft the server has for `version`. */
let sent: Composed = { text: '', bodyStart: 0, bodyEnd: 0, raw: false };
/** The composed draft of what is on screen now (sent after a pause when long). */
let current: Composed = sent;
/** The body the shown findings' offsets belong to. */
let itemsBody = '';
let items: Item[] = [];
/** True once the findings of the sent version arrived. */
let checked = false;
let fixAllAction: CodeAction | null = null;
let fixAllVersion = 0;
/** Findings whose explanation is open (by rule and message), kept open across redraws. */
const openExplanations = new Set<string>();
/** Bumped by every change: answers for an older generation are dropped. */
let generation = 0;
let cardIndex = -1;
let nextMessage = 0;
/** The text the writer chose to copy or save despite its errors or blanks. */
let confirmedText: string | null = null;
/** Resolvers waiting for the findings of the current text. */
const waiters: (() => void)[] = [];
const history = new History<State>();

const uri = () => `untitled:draft.${kind}`;
const languageId = () => `cordial-${kind}`;
const serverLocale = () => (lang === 'en' ? 'en' : lang === 'zh-tw' ? 'zh-tw' : 'zh-cn');
const isLarge = () => draft.value.length > LARGE;

// ---------------------------------------------------------------- the server

function startServer(): void {
  rpc?.close();
  items = [];
  checked = false;
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
    if (rpc === connection) void received(p as { uri: string; version?: number; diagnostics: Diagnostic[] });
  });
  connection.on('window/showMessage', (p) => {
    if (rpc === connection) showNotice((p as { message: string }).message);
  });
  void (async () => {
    try {
      await connection.request('initialize', {
        processId: null,
        clientInfo: { name: 'Cordial web page' },
        locale: serverLocale(),
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
        initializationOptions: { locale: serverLocale() },
      });
      connection.notify('initialized', {});
      openDocument();
    } catch (err) {
      if (rpc === connection) showNotice(s('workerFailed', lang, String(err)));
    }
  })();
}

function openDocument(): void {
  current = composeNow();
  sent = current;
  itemsBody = draft.value;
  version = 1;
  checked = false;
  rpc?.notify('textDocument/didOpen', {
    textDocument: { uri: uri(), languageId: languageId(), version, text: sent.text },
  });
}

function currentFields(): Fields {
  const f = fieldsByKind[kind];
  if (kind === 'msg') {
    f.to = chatTo.value;
    f.relation = relationSelect.value as Relation;
    f.quoted = quotedBox.value;
  } else {
    f.to = mailTo.value;
    f.subject = subjectInput.value;
  }
  return f;
}

function writeFields(f: Fields): void {
  fieldsByKind[kind] = { ...f, attachments: [...f.attachments], extra: [...f.extra] };
  if (kind === 'msg') {
    chatTo.value = f.to;
    relationSelect.value = f.relation;
    quotedBox.value = f.quoted;
  } else {
    mailTo.value = f.to;
    subjectInput.value = f.subject;
    renderAttachments();
  }
}

function composeNow(): Composed {
  return compose(kind, currentFields(), draft.value);
}

let sendTimer: ReturnType<typeof setTimeout> | undefined;
let renderTimer: ReturnType<typeof setTimeout> | undefined;

/** After any change of a field or the body: move the findings along, and check the new text. */
function changed(): void {
  const next = composeNow();
  rawNote.hidden = !next.raw;
  rawNote.textContent = next.raw ? s(kind === 'eml' ? 'rawEml' : 'rawMsg', lang) : '';
  for (const box of [chatFields, mailFields]) box.classList.toggle('unused', next.raw);
  const extra = next.raw ? [] : fieldsByKind[kind].extra;
  extraNote.hidden = !extra.length;
  $('extra-text').textContent = extra.length
    ? s('extraFields', lang, extra.join(lang === 'en' ? '; ' : '；'))
    : '';
  const body = draft.value;
  if (body !== itemsBody) {
    shiftItems(itemsBody, body);
    itemsBody = body;
  }
  if (next.text === current.text) {
    scheduleRender();
    return;
  }
  current = next;
  generation++;
  checked = false;
  fixAllAction = null;
  if (cardIndex >= 0 && !items[cardIndex]) hideCard();
  clearTimeout(sendTimer);
  if (isLarge()) sendTimer = setTimeout(send, LARGE_DELAY_MS);
  else send();
  scheduleRender();
}

function send(): void {
  clearTimeout(sendTimer);
  if (current.text === sent.text && version > 0) return;
  sent = current;
  version++;
  rpc?.notify('textDocument/didChange', {
    textDocument: { uri: uri(), version },
    contentChanges: [{ text: sent.text }],
  });
}

function scheduleRender(): void {
  clearTimeout(renderTimer);
  if (isLarge()) renderTimer = setTimeout(renderAll, LARGE_DELAY_MS);
  else renderAll();
}

function renderAll(): void {
  clearTimeout(renderTimer);
  autoGrow();
  render();
  renderMessages();
  updateUndoButtons();
}

function switchKind(next: Kind): void {
  if (next === kind) return;
  rpc?.notify('textDocument/didClose', { textDocument: { uri: uri() } });
  kind = next;
  generation++;
  items = [];
  fixAllAction = null;
  hideCard();
  writeFields(fieldsByKind[kind]);
  applyStrings();
  renderTemplates();
  openDocument();
  renderAll();
}

async function received(p: { uri: string; version?: number; diagnostics: Diagnostic[] }): Promise<void> {
  if (p.uri !== uri() || (p.version !== undefined && p.version !== version)) return;
  // The writer typed after this version was sent: its findings come with the next one.
  if (current.text !== sent.text) return;
  const gen = ++generation;
  const at = version;
  const c = sent;
  const lines = lineStarts(c.text);
  const next: Item[] = p.diagnostics.map((d) => {
    const start = offsetAt(lines, c.text, d.range.start);
    const end = offsetAt(lines, c.text, d.range.end);
    const inBody = c.raw || (start >= c.bodyStart && end <= c.bodyEnd);
    return inBody
      ? { d, start: start - c.bodyStart, end: end - c.bodyStart, field: null, version: at, fixes: [] }
      : {
          d,
          start: -1,
          end: -1,
          field: fieldAt(kind, c, start, String(d.code ?? '')),
          version: at,
          fixes: [],
        };
  });
  next.sort((a, b) => a.start - b.start || a.end - b.end);
  items = next;
  itemsBody = draft.value;
  checked = true;
  hideCard();
  render();
  for (const w of waiters.splice(0)) w();
  const connection = rpc;
  if (!connection) return;
  // One request for every finding's fixes and the fix-all edit (issue 18: not one per finding).
  // On a long draft it waits for a pause in typing, as an editor asks only when the writer stops:
  // the server works out fix-all for each version it is asked about, and a worker does one thing
  // at a time.
  const ours = p.diagnostics.filter((d) => !(d.data as { skipped?: boolean } | undefined)?.skipped);
  if (c.text.length > LARGE) {
    renderStats(
      await connection
        .request<Stats | null>(STATS_REQUEST, { uri: uri() } satisfies StatsParams)
        .catch(() => null),
    );
    await new Promise((resolve) => setTimeout(resolve, FIXES_PAUSE_MS));
    if (gen !== generation || rpc !== connection) return;
  }
  const [actions, stats] = await Promise.all([
    ours.length
      ? connection
          .request<CodeAction[] | null>('textDocument/codeAction', {
            textDocument: { uri: uri() },
            range: { start: { line: 0, character: 0 }, end: positionAt(lines, c.text.length) },
            context: { diagnostics: ours, only: ['quickfix', FIX_ALL_KIND] },
          })
          .catch(() => null)
      : Promise.resolve(null),
    connection.request<Stats | null>(STATS_REQUEST, { uri: uri() } satisfies StatsParams).catch(() => null),
  ]);
  if (gen !== generation) return;
  const byKey = new Map<string, Item>();
  for (const it of next) byKey.set(diagnosticKey(it.d), it);
  for (const a of actions ?? []) {
    // A finding's own fixes: "fix all" and "disable the rule" are not one finding's.
    if (!a.edit || a.isPreferred === undefined || a.diagnostics?.length !== 1) continue;
    byKey.get(diagnosticKey(a.diagnostics[0]!))?.fixes.push(a);
  }
  fixAllAction = actions?.find((a) => a.kind === FIX_ALL_KIND && a.edit) ?? null;
  fixAllVersion = at;
  renderStats(stats);
  render();
}

function diagnosticKey(d: Diagnostic): string {
  const r = d.range;
  return `${d.code}|${d.message}|${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** Resolves when the findings of the text on screen are in (at most `ms` later). */
function whenChecked(ms = 5000): Promise<void> {
  send();
  if (checked && current.text === sent.text) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    waiters.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

// ---------------------------------------------------------------- edits and history

function snapshot(): State {
  const f = currentFields();
  return {
    kind,
    fields: { ...f, attachments: [...f.attachments], extra: [...f.extra] },
    body: draft.value,
    selStart: draft.selectionStart,
    selEnd: draft.selectionEnd,
  };
}

function record(source: string, typing: boolean): void {
  history.record(snapshot(), source, typing, performance.now());
  updateUndoButtons();
}

function restore(st: State | null): void {
  if (!st) return;
  if (st.kind !== kind) {
    rpc?.notify('textDocument/didClose', { textDocument: { uri: uri() } });
    kind = st.kind;
    hideCard();
    writeFields(st.fields);
    draft.value = st.body;
    applyStrings();
    renderTemplates();
    items = [];
    openDocument();
  } else {
    writeFields(st.fields);
    draft.value = st.body;
  }
  draft.setSelectionRange(st.selStart, st.selEnd);
  changed();
  updateUndoButtons();
}

function undo(): void {
  restore(history.undo());
}

function redo(): void {
  restore(history.redo());
}

function updateUndoButtons(): void {
  undoButton.disabled = !history.canUndo;
  redoButton.disabled = !history.canRedo;
}

/** Applies a code action's edit, if it was computed for the current text; one undo step. */
function applyAction(action: CodeAction, forVersion: number): void {
  if (forVersion !== version || current.text !== sent.text) return;
  const edits = action.edit?.changes?.[uri()];
  if (!edits?.length) return;
  const c = sent;
  const text = c.text;
  const lines = lineStarts(text);
  const spans = edits
    .map((e) => ({ start: offsetAt(lines, text, e.range.start), end: offsetAt(lines, text, e.range.end), e }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let caret = c.bodyStart + draft.selectionStart;
  for (const { start, end, e } of spans) {
    out = out.slice(0, start) + e.newText + out.slice(end);
    if (caret >= end) caret += e.newText.length - (end - start);
    else if (caret > start) caret = start + e.newText.length;
  }
  const inBody = c.raw || spans.every(({ start, end }) => start >= c.bodyStart && end <= c.bodyEnd);
  history.seal();
  if (inBody) {
    draft.value = out.slice(c.bodyStart, out.length - (text.length - c.bodyEnd));
    const at = Math.max(0, Math.min(caret - c.bodyStart, draft.value.length));
    draft.setSelectionRange(at, at);
  } else {
    const { fields, body } = decompose(kind, out, currentFields());
    writeFields(fields);
    draft.value = body;
  }
  record('fix', false);
  hideCard();
  changed();
}

function insertTemplate(entry: TemplateEntry): void {
  const c = composeNow();
  const body = entry.body.replace(/\r\n?/g, '\n');
  let out: string;
  const fieldsEmpty = c.raw || !c.bodyStart || !fieldsHaveText(currentFields());
  if (!draft.value.trim() && fieldsEmpty) out = expandSnippet(body);
  else {
    const cursor = c.raw ? draft.selectionStart : c.bodyStart + draft.selectionStart;
    const plan = planInsert(kind, c.text, body, cursor);
    const merged = applyPlannedEdits(c.text, plan.headerEdits);
    const inserted = expandSnippet(plan.bodySnippet).replace(/\r\n?/g, '\n');
    const at = Math.min(plan.bodyInsertOffset, merged.length);
    out = merged.slice(0, at) + inserted + merged.slice(at);
  }
  history.seal();
  if (c.raw) draft.value = out;
  else {
    const { fields, body: rest } = decompose(kind, out, currentFields());
    writeFields(fields);
    draft.value = rest;
  }
  draft.focus();
  draft.setSelectionRange(draft.value.length, draft.value.length);
  record('template', false);
  changed();
}

function fieldsHaveText(f: Fields): boolean {
  return !!(f.to.trim() || f.subject.trim() || f.quoted.trim() || f.relation || f.extra.length);
}

// ---------------------------------------------------------------- copy and save

/** Errors and blanks left in the draft; asks before letting it out when there are any. */
async function readyOrConfirmed(): Promise<boolean> {
  await whenChecked();
  const errors = items.filter((it) => (it.d.severity ?? 1) === 1 && it.d.code !== PLACEHOLDER_RULE).length;
  const blanks = items.filter((it) => it.d.code === PLACEHOLDER_RULE).length;
  if (!errors && !blanks) return true;
  // One answer per text: "copy next" through a draft already let out does not ask again.
  if (confirmedText === current.text) return true;
  const parts: string[] = [];
  if (errors) parts.push(s('blockingErrors', lang, errors));
  if (blanks) parts.push(s('blockingBlanks', lang, blanks));
  parts.push(s('blockingAsk', lang));
  $('confirm-text').textContent = parts.join(lang === 'en' ? ' ' : '');
  return new Promise<boolean>((resolve) => {
    const done = (ok: boolean) => {
      confirmDialog.removeEventListener('close', onClose);
      resolve(ok);
    };
    const onClose = () => {
      if (confirmDialog.returnValue === 'ok') confirmedText = current.text;
      done(confirmDialog.returnValue === 'ok');
    };
    confirmDialog.returnValue = '';
    confirmDialog.addEventListener('close', onClose);
    confirmDialog.showModal();
  });
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers, or no permission: copy through a hidden box.
    const box = document.createElement('textarea');
    box.value = text;
    box.style.position = 'fixed';
    box.style.opacity = '0';
    document.body.append(box);
    box.select();
    const ok = document.execCommand('copy');
    box.remove();
    draft.focus();
    return ok;
  }
}

function messagesNow(): { text: string; start: number }[] {
  return kind === 'msg' ? chatMessages(draft.value) : [];
}

async function copyMessage(index: number): Promise<void> {
  if (!(await readyOrConfirmed())) return;
  const messages = messagesNow();
  const m = messages[index];
  if (!m) return;
  if (!(await copyText(m.text))) {
    copyStatus.textContent = s('copyFailed', lang);
    return;
  }
  nextMessage = index + 1;
  copyStatus.textContent = s('copiedMessage', lang, index + 1, messages.length);
  copyStatus.dataset.copied = String(index + 1);
  renderMessages();
}

async function copyNext(): Promise<void> {
  const n = messagesNow().length;
  await copyMessage(nextMessage >= n ? 0 : nextMessage);
}

async function copyAll(): Promise<void> {
  if (!(await readyOrConfirmed())) return;
  const text =
    kind === 'msg'
      ? messagesNow()
          .map((m) => m.text)
          .join('\n\n')
      : draft.value;
  if (!(await copyText(text))) {
    copyStatus.textContent = s('copyFailed', lang);
    return;
  }
  copyStatus.textContent = s('copiedAll', lang);
  copyStatus.dataset.copied = 'all';
}

async function save(): Promise<void> {
  if (!(await readyOrConfirmed())) return;
  // Chat: the messages as plain text (.txt; Outlook claims .msg). E-mail: the whole draft as .eml.
  const text = kind === 'msg' ? draft.value : composeNow().text.replace(/\r?\n/g, '\r\n');
  const blob = new Blob([text], { type: kind === 'msg' ? 'text/plain;charset=utf-8' : 'message/rfc822' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = kind === 'msg' ? 'draft.txt' : 'draft.eml';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// ---------------------------------------------------------------- positions

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
    if (it.start < 0) return [it];
    if (it.end <= pre && !(it.start === it.end && it.start === pre && oldEnd > pre)) return [it];
    if (it.start >= oldEnd && !(it.start === oldEnd && pre === oldEnd && it.end === it.start && delta))
      return [{ ...it, start: it.start + delta, end: it.end + delta }];
    return [];
  });
}

let bodyStarts: { text: string; starts: number[] } | null = null;

function bodyLineStarts(): number[] {
  const text = draft.value;
  if (bodyStarts?.text !== text) bodyStarts = { text, starts: lineStarts(text) };
  return bodyStarts.starts;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** An LSP position (UTF-16 character) as an offset of the text, clamped to its line. */
function offsetAt(starts: number[], text: string, p: Position): number {
  if (p.line >= starts.length) return text.length;
  const start = starts[p.line]!;
  const end = p.line + 1 < starts.length ? starts[p.line + 1]! - 1 : text.length;
  return Math.min(start + Math.max(0, p.character), end);
}

function positionAt(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo]! };
}

// ---------------------------------------------------------------- rendering

function severityOf(it: Item): (typeof SEVERITIES)[number] {
  return SEVERITIES[it.d.severity ?? 1] || 'error';
}

function render(): void {
  renderHighlights();
  renderList();
  renderFieldMarks();
  renderVerdict();
  fixAllButton.disabled = !fixAllAction;
}

/**
 * Redraws the backdrop: the body's text with each finding's span marked, strongest severity on
 * top. One sweep over the sorted boundaries: linear in the text and the findings.
 */
let drawn: { text: string; items: Item[] } | null = null;

function renderHighlights(): void {
  const text = draft.value;
  // Laying out a long backdrop is the costly part: only when the text or the findings changed.
  if (drawn && drawn.text === text && drawn.items === items) return;
  drawn = { text, items };
  const body = items
    .map((it, i) => ({ it, i }))
    .filter(({ it }) => it.start >= 0)
    .slice(0, MAX_MARKED);
  const starts = new Map<number, number[]>();
  const ends = new Map<number, number[]>();
  const points = new Map<number, number[]>();
  const cuts = new Set([0, text.length]);
  for (const { it, i } of body) {
    const a = Math.min(it.start, text.length);
    const b = Math.min(it.end, text.length);
    if (a === b) {
      points.set(a, [...(points.get(a) ?? []), i]);
      cuts.add(a);
      continue;
    }
    starts.set(a, [...(starts.get(a) ?? []), i]);
    ends.set(b, [...(ends.get(b) ?? []), i]);
    cuts.add(a);
    cuts.add(b);
  }
  const sorted = [...cuts].sort((x, y) => x - y);
  const frag = document.createDocumentFragment();
  const active = new Set<number>();
  for (let k = 0; k < sorted.length; k++) {
    const at = sorted[k]!;
    for (const i of ends.get(at) ?? []) active.delete(i);
    for (const i of starts.get(at) ?? []) active.add(i);
    // Empty findings (a missing greeting, say) show as a caret-like mark at their place.
    for (const i of points.get(at) ?? []) {
      const mark = document.createElement('span');
      mark.className = `point sev-${severityOf(items[i]!)}${i === cardIndex ? ' active' : ''}`;
      mark.dataset.items = String(i);
      frag.append(mark);
    }
    const next = sorted[k + 1];
    if (next === undefined || next === at) continue;
    const piece = text.slice(at, next);
    if (!active.size) {
      frag.append(piece);
      continue;
    }
    let worst = -1;
    for (const i of active)
      if (worst < 0 || (items[i]!.d.severity ?? 1) < (items[worst]!.d.severity ?? 1)) worst = i;
    const mark = document.createElement('mark');
    mark.className = `sev-${severityOf(items[worst]!)}${active.has(cardIndex) ? ' active' : ''}`;
    mark.dataset.items = [...active].join(' ');
    mark.textContent = piece;
    frag.append(mark);
  }
  // A final line break needs a character after it to take up its line, as in the textarea.
  frag.append('\u200b');
  highlights.replaceChildren(frag);
}

function fieldLabel(name: FieldName): string {
  const key: StringKey =
    name === 'to'
      ? kind === 'msg'
        ? 'chatTo'
        : 'mailTo'
      : name === 'relation'
        ? 'relation'
        : name === 'quoted'
          ? 'quoted'
          : name === 'subject'
            ? 'subject'
            : name === 'attachments'
              ? 'attachments'
              : 'fieldOther';
  return s(key, lang);
}

function findingRow(it: Item, i: number, inCard: boolean): HTMLElement {
  const box = document.createElement(inCard ? 'div' : 'li');
  const sev = severityOf(it);
  box.className = `finding sev-${sev}${!inCard && i === cardIndex ? ' active' : ''}`;
  box.dataset.rule = String(it.d.code ?? '');
  const head = document.createElement(inCard ? 'p' : 'button');
  if (head instanceof HTMLButtonElement) {
    head.type = 'button';
    head.addEventListener('click', () => focusItem(i));
  }
  head.className = 'message';
  const badge = document.createElement('span');
  badge.className = 'sev';
  badge.textContent = s(sev as StringKey, lang);
  head.append(badge, ' ', it.d.message);
  const meta = document.createElement('div');
  meta.className = 'meta';
  const code = document.createElement('code');
  code.textContent = String(it.d.code ?? '');
  meta.append(code);
  if (it.field) meta.append(` · ${s('inField', lang, fieldLabel(it.field))}`);
  else if (!inCard) {
    const p = positionAt(bodyLineStarts(), it.start);
    meta.append(` · ${p.line + 1}:${p.character + 1}`);
  }
  box.append(head, meta);
  if (it.fixes.length) {
    const fixes = document.createElement('div');
    fixes.className = 'fixes';
    for (const action of it.fixes) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = action.isPreferred ? 'fix preferred' : 'fix';
      b.textContent = action.title;
      b.disabled = it.version !== version;
      b.addEventListener('mousedown', (e) => e.preventDefault());
      b.addEventListener('click', () => applyAction(action, it.version));
      fixes.append(b);
    }
    box.append(fixes);
  }
  const key = `${it.d.code}|${it.d.message}`;
  const body = document.createElement('div');
  body.className = 'explain';
  if (inCard) {
    box.append(body);
    void explain(it, body);
  } else {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = s('why', lang);
    details.append(summary, body);
    details.addEventListener('toggle', () => {
      if (details.open) openExplanations.add(key);
      else openExplanations.delete(key);
      if (details.open && !body.childNodes.length) void explain(it, body);
    });
    if (openExplanations.has(key)) details.open = true;
    box.append(details);
  }
  return box;
}

function renderList(): void {
  const rows = items.slice(0, MAX_LISTED).map((it, i) => findingRow(it, i, false));
  list.replaceChildren(...rows);
  listMore.hidden = items.length <= MAX_LISTED;
  listMore.textContent = items.length > MAX_LISTED ? s('moreFindings', lang, items.length - MAX_LISTED) : '';
  const fresh = checked && current.text === sent.text;
  listEmpty.textContent = items.length
    ? ''
    : !current.text.trim() || (!draft.value.trim() && !current.raw && !fieldsHaveText(currentFields()))
      ? s('empty', lang)
      : fresh
        ? s('noFindings', lang)
        : s('checking', lang);
  listEmpty.hidden = items.length > 0;
}

/** Marks each field that has findings, with their messages under it. */
function renderFieldMarks(): void {
  const boxes = kind === 'msg' ? chatFields : mailFields;
  for (const el of Array.from(boxes.querySelectorAll<HTMLElement>('.f'))) {
    el.classList.remove('sev-error', 'sev-warning', 'sev-info', 'sev-hint');
    el.querySelector('.field-note')?.remove();
  }
  for (const it of items) {
    if (!it.field || it.field === 'other') continue;
    const el = boxes.querySelector<HTMLElement>(`.f-${it.field}`);
    if (!el) continue;
    if (!el.className.includes('sev-')) el.classList.add(`sev-${severityOf(it)}`);
    let note = el.querySelector<HTMLElement>('.field-note');
    if (!note) {
      note = document.createElement('small');
      note.className = 'field-note';
      el.append(note);
    }
    note.textContent = note.textContent ? `${note.textContent} ${it.d.message}` : it.d.message;
  }
}

function renderVerdict(): void {
  const fresh = checked && current.text === sent.text;
  verdict.className = 'verdict';
  if (!fresh || !current.text.trim() || (!draft.value.trim() && !current.raw)) {
    verdict.textContent = '';
    return;
  }
  const blocking = items.filter((it) => (it.d.severity ?? 1) === 1 || it.d.code === PLACEHOLDER_RULE).length;
  if (blocking) {
    verdict.textContent = s('verdictErrors', lang);
    verdict.classList.add('bad');
  } else if (items.length) {
    verdict.textContent = s('verdictSuggestions', lang, items.length);
    verdict.classList.add('ok');
  } else {
    verdict.textContent = s('noFindings', lang);
    verdict.classList.add('good');
  }
}

function renderMessages(): void {
  const chat = kind === 'msg';
  messagesBox.hidden = !chat;
  copyNextButton.hidden = !chat;
  copyAllButton.textContent = s(chat ? 'copyAll' : 'copyBody', lang);
  saveButton.textContent = s(chat ? 'saveTxt' : 'saveEml', lang);
  if (!chat) return;
  const messages = messagesNow();
  const n = messages.length;
  copyNextButton.disabled = n === 0;
  copyAllButton.disabled = n === 0;
  copyNextButton.textContent =
    n && nextMessage >= n
      ? s('copyAgain', lang, n)
      : s('copyNext', lang, Math.min(nextMessage + 1, Math.max(n, 1)), n);
  messagesList.replaceChildren(
    ...messages.slice(0, MAX_LISTED).map((m, i) => {
      const li = document.createElement('li');
      li.className = i < nextMessage ? 'sent' : i === nextMessage ? 'next' : '';
      const text = document.createElement('span');
      text.className = 'preview';
      text.textContent = m.text.length > 80 ? `${m.text.slice(0, 80)}…` : m.text;
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'copy-one';
      b.textContent = s('copy', lang);
      b.addEventListener('click', () => void copyMessage(i));
      li.append(text, b);
      return li;
    }),
  );
}

// ---------------------------------------------------------------- the card at the text

/** The finding under the caret, or -1. */
function itemAtCaret(): number {
  const at = draft.selectionStart;
  let best = -1;
  items.forEach((it, i) => {
    if (it.start < 0 || it.start > at || at > it.end) return;
    if (best < 0 || (it.d.severity ?? 1) < (items[best]!.d.severity ?? 1)) best = i;
  });
  return best;
}

function focusItem(i: number): void {
  const it = items[i];
  if (!it) return;
  if (it.start < 0) {
    const input = (kind === 'msg' ? chatFields : mailFields).querySelector<HTMLElement>(
      `.f-${it.field} input, .f-${it.field} select, .f-${it.field} textarea, .f-${it.field} label`,
    );
    input?.focus();
    return;
  }
  draft.focus();
  draft.setSelectionRange(it.start, it.end);
  showCard(i);
}

function showCard(i: number): void {
  const it = items[i];
  if (!it || it.start < 0) {
    hideCard();
    return;
  }
  if (cardIndex === i && !card.hidden) return;
  cardIndex = i;
  card.replaceChildren(findingRow(it, i, true));
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'card-close';
  close.textContent = '×';
  close.title = s('close', lang);
  close.addEventListener('mousedown', (e) => e.preventDefault());
  close.addEventListener('click', hideCard);
  card.prepend(close);
  card.hidden = false;
  placeCard();
  markActive();
}

function placeCard(): void {
  if (cardIndex < 0 || card.hidden) return;
  const mark = highlights.querySelector<HTMLElement>(`[data-items~="${cardIndex}"]`);
  const fieldBox = field.getBoundingClientRect();
  const rects = mark ? Array.from(mark.getClientRects()) : [];
  const r = rects[rects.length - 1] ?? mark?.getBoundingClientRect();
  const top = r ? r.bottom - fieldBox.top + 6 : 8;
  const width = Math.min(card.offsetWidth || 360, fieldBox.width - 8);
  const left = r ? Math.max(4, Math.min(r.left - fieldBox.left, fieldBox.width - width - 4)) : 4;
  card.style.top = `${Math.round(top)}px`;
  card.style.left = `${Math.round(left)}px`;
}

function hideCard(): void {
  if (cardIndex < 0 && card.hidden) return;
  cardIndex = -1;
  card.hidden = true;
  card.replaceChildren();
  markActive();
}

function markActive(): void {
  const active = String(cardIndex);
  Array.from(list.children).forEach((li, i) => {
    li.classList.toggle('active', i === cardIndex);
  });
  for (const mark of Array.from(highlights.querySelectorAll<HTMLElement>('[data-items]')))
    mark.classList.toggle('active', (mark.dataset.items ?? '').split(' ').includes(active));
}

function caretMoved(): void {
  if (document.activeElement !== draft) return;
  const i = itemAtCaret();
  if (i < 0) hideCard();
  else showCard(i);
}

// ---------------------------------------------------------------- explanations and rule pages

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
  into.replaceChildren(...paragraphs.map((p) => markdownParagraph(p, String(it.d.code ?? ''))));
}

function unescapeMd(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\\([\\*_[\]<>])/g, '$1');
}

/**
 * One paragraph of the server's hover Markdown (`**strong**`, `*em*`, `[text](url)`, `\` escapes)
 * as DOM. The rule's documentation link opens the bundled rule page inside this page; no link
 * leads to another host.
 */
function markdownParagraph(text: string, ruleId: string): HTMLElement {
  const p = document.createElement('p');
  // "Documentation: [rule](url)": one button that opens the rule's page here.
  const doc = /^[^[\]*]*[:：]\s*\[([a-z]+\/[a-z-]+)\]\([^)\s]+\)$/.exec(text.trim());
  if (doc) {
    p.append(ruleButton(doc[1]!, s('rulePage', lang), p));
    return p;
  }
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
      const id = /^[a-z]+\/[a-z-]+$/.test(m[4]!) ? m[4]! : ruleId;
      p.append(ruleButton(id, m[4]!, p));
    }
  }
  p.append(text.slice(last));
  return p;
}

function ruleButton(id: string, label: string, p: HTMLElement): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'rule-link';
  b.textContent = label;
  b.dataset.rule = id;
  b.addEventListener('mousedown', (e) => e.preventDefault());
  b.addEventListener('click', () => void openRule(id, p.parentElement));
  return b;
}

type RuleDocs = Record<string, { en: string; zh?: string; zhTw?: string }>;
let ruleDocs: Promise<RuleDocs> | null = null;

/** The rule pages, rendered from docs/rules at build time (scripts/build.mjs), from this page's origin. */
function loadRuleDocs(): Promise<RuleDocs> {
  ruleDocs ??= fetch('rules.json')
    .then((r) => (r.ok ? (r.json() as Promise<RuleDocs>) : {}))
    .catch(() => ({}));
  return ruleDocs;
}

async function openRule(ruleId: string, summaryFrom: HTMLElement | null): Promise<void> {
  const docs = await loadRuleDocs();
  const doc = docs[ruleId];
  $('rule-id').textContent = ruleId;
  const summary = $('rule-summary');
  summary.replaceChildren();
  const html = doc
    ? lang === 'zh-tw'
      ? (doc.zhTw ?? doc.zh)
      : lang === 'zh'
        ? doc.zh
        : undefined
    : undefined;
  const note = $('rule-note');
  note.hidden = true;
  if (doc && !html && lang !== 'en') {
    // No translation of the page: the finding's own localized explanation first, then the page.
    for (const para of Array.from(summaryFrom?.querySelectorAll('p') ?? []))
      if (!para.querySelector('.rule-link')) summary.append(para.cloneNode(true));
    note.textContent = s('ruleInEnglish', lang);
    note.hidden = false;
  }
  const body = $('rule-body');
  // Rendered at build time from the project's own docs with raw HTML off (scripts/rule-docs.mjs).
  body.innerHTML = html ?? doc?.en ?? '';
  if (!doc) body.textContent = s('ruleMissing', lang);
  body.lang = html || lang === 'en' || !doc ? document.documentElement.lang : 'en';
  for (const a of Array.from(body.querySelectorAll<HTMLAnchorElement>('a[data-rule]')))
    a.addEventListener('click', (e) => {
      e.preventDefault();
      void openRule(a.dataset.rule!, null);
    });
  if (!ruleDialog.open) ruleDialog.showModal();
  ruleDialog.scrollTop = 0;
}

// ---------------------------------------------------------------- the rest of the page

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

function renderAttachments(): void {
  const f = fieldsByKind.eml;
  attachmentList.replaceChildren(
    ...f.attachments.map((a, i) => {
      const li = document.createElement('li');
      li.append(`${a.name} (${formatSize(a.size)}) `);
      const x = document.createElement('button');
      x.type = 'button';
      x.textContent = '×';
      x.title = s('removeAttachment', lang, a.name);
      x.setAttribute('aria-label', x.title);
      x.addEventListener('click', () => {
        history.seal();
        f.attachments.splice(i, 1);
        renderAttachments();
        record('attachments', false);
        changed();
      });
      li.append(x);
      return li;
    }),
  );
}

function formatSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function renderTemplates(): void {
  const groups = groupTemplates(templatesForKind(builtinTemplates(), kind), lang === 'en' ? 'en' : 'zh');
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
        const dl = lang === 'en' ? 'en' : 'zh';
        const label = document.createElement('span');
        label.className = 'label';
        label.textContent = templateLabel(entry, dl);
        const tag = document.createElement('span');
        tag.className = 'tag';
        tag.textContent = languageName(entry.lang, dl);
        const desc = document.createElement('span');
        desc.className = 'desc';
        desc.textContent = templateDescription(entry, dl);
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
  chatTo.placeholder = s('chatToHint', lang);
  mailTo.placeholder = s('mailToHint', lang);
  quotedBox.placeholder = s('quotedHint', lang);
  langSelect.value = lang;
  chatFields.hidden = kind !== 'msg';
  mailFields.hidden = kind !== 'eml';
  document.body.dataset.kind = kind;
  for (const radio of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="kind"]')))
    radio.checked = radio.value === kind;
  renderMessages();
}

function showNotice(message: string): void {
  notice.textContent = message;
  notice.hidden = false;
}

function autoGrow(): void {
  draft.style.height = 'auto';
  draft.style.height = `${draft.scrollHeight + 2}px`;
  placeCard();
}

// ---------------------------------------------------------------- wiring

const TYPING = /^(insertText|insertCompositionText|insertLineBreak|deleteContent|deleteWord)/;

draft.addEventListener('input', (e) => {
  record('draft', TYPING.test((e as InputEvent).inputType ?? ''));
  changed();
});
for (const input of [chatTo, quotedBox, mailTo, subjectInput])
  input.addEventListener('input', (e) => {
    record(input.id, TYPING.test((e as InputEvent).inputType ?? ''));
    changed();
  });
relationSelect.addEventListener('change', () => {
  history.seal();
  record('relation', false);
  changed();
});
attachInput.addEventListener('change', () => {
  // Names and sizes only: the file's contents are never read.
  const files = Array.from(attachInput.files ?? []);
  if (!files.length) return;
  history.seal();
  fieldsByKind.eml.attachments.push(...files.map((f) => ({ name: f.name, size: f.size })));
  attachInput.value = '';
  renderAttachments();
  record('attachments', false);
  changed();
});

// Undo and redo are the page's: the browser's own would undo only one box, and not the fixes.
document.addEventListener(
  'keydown',
  (e) => {
    if (e.isComposing || confirmDialog.open || ruleDialog.open) return;
    if (e.key === 'Escape' && !card.hidden) {
      hideCard();
      return;
    }
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault();
      undo();
    } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
      e.preventDefault();
      redo();
    }
  },
  true,
);
document.addEventListener(
  'beforeinput',
  (e) => {
    if (e.inputType === 'historyUndo' || e.inputType === 'historyRedo') {
      e.preventDefault();
      if (e.inputType === 'historyUndo') undo();
      else redo();
    }
  },
  true,
);
undoButton.addEventListener('mousedown', (e) => e.preventDefault());
redoButton.addEventListener('mousedown', (e) => e.preventDefault());
undoButton.addEventListener('click', undo);
redoButton.addEventListener('click', redo);

let caretTimer: ReturnType<typeof setTimeout> | undefined;
document.addEventListener('selectionchange', () => {
  if (document.activeElement !== draft) return;
  clearTimeout(caretTimer);
  caretTimer = setTimeout(caretMoved, 80);
});
document.addEventListener('mousedown', (e) => {
  const target = e.target as Node;
  if (!card.hidden && !card.contains(target) && target !== draft) hideCard();
});
window.addEventListener('resize', () => {
  autoGrow();
  placeCard();
});
fixAllButton.addEventListener('click', () => {
  if (fixAllAction) applyAction(fixAllAction, fixAllVersion);
});
copyNextButton.addEventListener('click', () => void copyNext());
copyAllButton.addEventListener('click', () => void copyAll());
saveButton.addEventListener('click', () => void save());
// Lines a template or a fix added that have no field (From:, channel: …): shown, and removable.
$('extra-remove').addEventListener('click', () => {
  history.seal();
  fieldsByKind[kind].extra = [];
  record('extra', false);
  changed();
});
$('confirm-ok').addEventListener('click', () => confirmDialog.close('ok'));
$('confirm-cancel').addEventListener('click', () => confirmDialog.close('cancel'));
$('rule-close').addEventListener('click', () => ruleDialog.close());
langSelect.addEventListener('change', () => {
  lang = parseLang(langSelect.value) ?? 'en';
  applyStrings();
  renderTemplates();
  renderAttachments();
  statsOut.textContent = '';
  hideCard();
  // Findings come in the server's language: start it again in the new one.
  startServer();
});
for (const radio of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="kind"]')))
  radio.addEventListener('change', () => {
    if (!radio.checked) return;
    switchKind(radio.value === 'eml' ? 'eml' : 'msg');
    record('kind', false);
  });

applyStrings();
renderTemplates();
autoGrow();
history.reset(snapshot());
updateUndoButtons();
startServer();
