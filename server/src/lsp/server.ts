import {
  type CancellationToken,
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Connection,
  CreateFile,
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type InitializeParams,
  type InitializeResult,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
  TextDocumentEdit,
  TextDocumentSyncKind,
  TextDocuments,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { addAllowedWord, disableRuleIn, newRc } from '../../../shared/rcEdits';
import {
  COPY_REQUEST,
  type CopyAnswer,
  type CopyParams,
  DECODED_REQUEST,
  type DecodedParams,
  type DecodedResult,
  STATS_REQUEST,
  type StatsParams,
  type StatsResult,
} from '../../../shared/requests';
import {
  type CordialConfig,
  type Draft,
  type DraftKind,
  disableForDraft,
  docUrl,
  type Finding,
  fixAll,
  kindOf,
  type Locale,
  lint,
  parseDraft,
  type ResolvedConfig,
  resolveConfig,
  resolveConfigFor,
  type TextEdit,
  toLocale,
} from '../core';
import { copyMessageAt, copyMessages } from '../core/actions/copy';
import { clearTextCaches, textCacheEntries } from '../core/memo';
import { parseMsg } from '../core/msg/parse';
import { draftStats } from '../core/stats';
import { boundText, DEFAULT_MAX_CHARS } from './bounds';
import { contextHover, withContext } from './context-hover';
import {
  type CoreView,
  coreView,
  type DiagnosticData,
  sameRange,
  toDiagnostic,
  toLspEdits,
  toRange,
} from './convert';
import { decodedText } from './decoded';
import { diffText } from './diff';
import { foldingRanges } from './folding';
import { type CordialHost, RC_FILE, rcUri } from './host';
import { findingsAt, hoverFor } from './hover';
import { copySend, messageCounts, sendsOf } from './sends';
import { rcLayer, settingsLayer } from './settings';
import { num, t } from './strings';
import { documentSymbols } from './symbols';

export interface ServerOptions {
  /** Quiet time after the last change before a document is linted again. */
  debounceMs?: number;
  /** Characters linted at most per document; the rest is skipped with one information diagnostic. */
  maxChars?: number;
}

/** What the client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /** Display language override (`zh-cn`, `en` …); otherwise `initialize`'s `locale`. */
  locale?: string;
  /** Commands the client implements itself (VS Code: `cordial.disableRule`, `cordial.allowWord`). */
  clientCommands?: string[];
  /** `client` when the client watches `.cordialrc.json` itself (VS Code's `synchronize.fileEvents`). */
  fileWatcher?: 'client' | 'server';
  /** Settings for clients that answer no `workspace/configuration` request. */
  settings?: unknown;
}

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.cordial`;
export const DISABLE_RULE_COMMAND = 'cordial.disableRule';
/** Adds a word to `allowedWords` in the workspace's `.cordialrc.json`: arguments `[word, documentUri]`. */
export const ALLOW_WORD_COMMAND = 'cordial.allowWord';
/** Selects a range of a document (`window/showDocument`): arguments `[documentUri, range]`. */
export const SELECT_RANGE_COMMAND = 'cordial.selectRange';
/** Opens a rule's documentation page (`window/showDocument`, external): arguments `[url]`. */
export const SHOW_DOCS_COMMAND = 'cordial.showDocumentation';
/** The rule whose findings are blanks to fill: its action selects the blank; it is never disabled from the menu. */
const PLACEHOLDER_RULE = 'structure/placeholder';

/** `cordial/copy`'s answer (shared/requests.ts). */
export type CopyResult = CopyAnswer | null;

interface LintResult {
  version: number;
  view: CoreView;
  kind: DraftKind;
  draft: Draft;
  config: ResolvedConfig;
  findings: Finding[];
  /** `diagnostics[i]` is the diagnostic of `findings[i]`. */
  diagnostics: Diagnostic[];
  /** The one information diagnostic of a huge document, or null. */
  skipped: Diagnostic | null;
}

interface DocState {
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every change, close and new lint: a lint whose generation is old never publishes. */
  generation: number;
  /** The version a lint was last started or scheduled for. */
  requested: number;
  /** The last published result. */
  result: LintResult | undefined;
  /** Fix-all edits of one version under one configuration. */
  fixAllCache: { version: number; config: ResolvedConfig; edits: TextEdit[] } | undefined;
}

/** What the server holds (for tests: everything a document brought is let go when it closes). */
export interface Retained {
  /** Per-document lint state (last result, fix-all edits, timers). */
  states: number;
  /** Per-document resolved settings. */
  settings: number;
  /** Texts in the core's shared text caches. */
  texts: number;
}

export interface CordialServer {
  retained(): Retained;
}

/**
 * Cordial's language server on any connection (Node stdio/IPC, a browser worker). All I/O
 * beyond the protocol goes through `host`.
 */
export function createCordialServer(
  connection: Connection,
  host: CordialHost,
  options: ServerOptions = {},
): CordialServer {
  const debounceMs = options.debounceMs ?? 200;
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  /** Per document URI: the resolved configuration (settings, then `.cordialrc.json`). */
  const settingsCache = new Map<string, Promise<ResolvedConfig>>();
  /** Per workspace folder URI: the `.cordialrc.json` layer. */
  const rcCache = new Map<string, Promise<CordialConfig | null>>();
  /** Warnings already shown since the configuration last changed. */
  const shownWarnings = new Set<string>();
  let locale: Locale = 'en';
  let folders: string[] = [];
  let hasConfiguration = false;
  let hasDocumentChanges = false;
  let hasCreateFile = false;
  let clientHandlesDisable = false;
  let clientHandlesAllow = false;
  let canShowDocument = false;
  let pushedSettings: unknown;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    locale = toLocale(init.locale ?? params.locale);
    folders = (params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : [])).map(
      trimSlash,
    );
    const caps = params.capabilities;
    hasConfiguration = !!caps.workspace?.configuration;
    hasDocumentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    hasCreateFile = !!caps.workspace?.workspaceEdit?.resourceOperations?.includes('create');
    clientHandlesDisable = !!init.clientCommands?.includes(DISABLE_RULE_COMMAND);
    clientHandlesAllow = !!init.clientCommands?.includes(ALLOW_WORD_COMMAND);
    canShowDocument = !!caps.window?.showDocument?.support;
    pushedSettings = init.settings;
    const watchFromServer =
      init.fileWatcher !== 'client' && !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const supportsFolderChanges = !!caps.workspace?.workspaceFolders;

    connection.onInitialized(() => {
      if (hasConfiguration && caps.workspace?.didChangeConfiguration?.dynamicRegistration)
        quiet(connection.client.register(DidChangeConfigurationNotification.type, { section: 'cordial' }));
      if (watchFromServer)
        quiet(
          connection.client.register(DidChangeWatchedFilesNotification.type, {
            watchers: [{ globPattern: `**/${RC_FILE}` }],
          }),
        );
      if (supportsFolderChanges)
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          const removed = new Set(e.removed.map((f) => trimSlash(f.uri)));
          folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => trimSlash(f.uri))];
          configurationChanged();
        });
    });

    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Cordial' },
        foldingRangeProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'cordial-lsp', version: '0.1.0' },
    };
    const serverCommands = [
      ...(clientHandlesDisable ? [] : [DISABLE_RULE_COMMAND]),
      ...(clientHandlesAllow ? [] : [ALLOW_WORD_COMMAND]),
      ...(canShowDocument ? [SELECT_RANGE_COMMAND, SHOW_DOCS_COMMAND] : []),
    ];
    if (serverCommands.length) result.capabilities.executeCommandProvider = { commands: serverCommands };
    return result;
  });

  // ------------------------------------------------------------------ configuration

  function folderOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const f of folders) if (uri.startsWith(`${f}/`) && (!best || f.length > best.length)) best = f;
    return best;
  }

  function warnOnce(message: string): void {
    if (shownWarnings.has(message)) return;
    shownWarnings.add(message);
    connection.window.showWarningMessage(message);
  }

  /**
   * Warns once about configuration errors: unknown rule IDs in the display language, with every
   * unknown ID named once; anything else as the validator words it. `file` null: the settings.
   */
  function warnConfigErrors(errors: readonly string[], file: string | null): void {
    const unknown: string[] = [];
    const other: string[] = [];
    for (const e of errors) {
      const m = /unknown rule "(.*)"$/.exec(e);
      if (m) {
        if (!unknown.includes(m[1]!)) unknown.push(m[1]!);
      } else other.push(e);
    }
    if (unknown.length)
      warnOnce(
        t('unknownRules', locale, {
          where: file ?? t('settingsWhere', locale),
          rules: unknown
            .map((id) => (locale === 'zh' ? `“${id}”` : `"${id}"`))
            .join(locale === 'zh' ? '、' : ', '),
        }),
      );
    if (other.length)
      warnOnce(
        file
          ? t('invalidRc', locale, { file, errors: summarize(other) })
          : t('invalidSettings', locale, { errors: summarize(other) }),
      );
  }

  function readRc(folder: string): Promise<CordialConfig | null> {
    let p = rcCache.get(folder);
    if (!p) {
      const file = `${folder}/${RC_FILE}`;
      // Any problem with the file (unreadable, too large, invalid) is shown once and the file
      // ignored: it never makes every lint fail.
      const invalid = (errors: string[]) => warnConfigErrors(errors, file);
      p = host.readWorkspaceConfig(folder).then(
        (text) => {
          if (text === null || !text.trim()) return null;
          try {
            const { config, errors } = rcLayer(text);
            if (errors.length) invalid(errors);
            return config;
          } catch (err) {
            invalid([err instanceof Error ? err.message : String(err)]);
            return null;
          }
        },
        (err) => {
          invalid([err instanceof Error ? err.message : String(err)]);
          return null;
        },
      );
      rcCache.set(folder, p);
    }
    return p;
  }

  /** Settings for one document: `cordial.*` (scoped to the document), overridden by the folder's `.cordialrc.json`. */
  function configFor(uri: string): Promise<ResolvedConfig> {
    let p = settingsCache.get(uri);
    if (!p) {
      p = (async () => {
        let section: unknown = pushedSettings;
        if (hasConfiguration) {
          try {
            section = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'cordial' });
          } catch {
            section = undefined;
          }
        }
        let settings: ReturnType<typeof settingsLayer>;
        try {
          settings = settingsLayer(section);
        } catch (err) {
          settings = { config: {}, errors: [err instanceof Error ? err.message : String(err)] };
        }
        if (settings.errors.length) warnConfigErrors(settings.errors, null);
        const folder = folderOf(uri);
        const rc = folder ? await readRc(folder) : null;
        const config = resolveConfig(settings.config, rc);
        // `overrides` match paths relative to the folder whose `.cordialrc.json` holds them.
        return folder ? resolveConfigFor(relativePath(folder, uri), config) : config;
      })();
      settingsCache.set(uri, p);
    }
    return p;
  }

  function configurationChanged(): void {
    settingsCache.clear();
    rcCache.clear();
    shownWarnings.clear();
    for (const doc of documents.all()) {
      try {
        if (kindFor(doc)) schedule(doc.uri, 0);
      } catch (err) {
        connection.console.error(`Cordial: cannot re-check a document: ${String(err)}`);
      }
    }
  }

  connection.onDidChangeConfiguration((change) => {
    if (!hasConfiguration) {
      const s = change.settings as { cordial?: unknown } | null | undefined;
      if (s && typeof s === 'object' && 'cordial' in s) pushedSettings = s.cordial;
    }
    configurationChanged();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => c.uri.endsWith(`/${RC_FILE}`))) configurationChanged();
  });

  // ------------------------------------------------------------------ linting

  function kindFor(doc: TextDocument): DraftKind | null {
    // Bad protocol input (a numeric URI) is never a draft, and never breaks later requests.
    if (typeof doc.uri !== 'string') return null;
    if (doc.languageId === 'cordial-msg' || doc.languageId === 'msg') return 'msg';
    if (doc.languageId === 'cordial-eml' || doc.languageId === 'eml') return 'eml';
    return kindOf(doc.uri.replace(/[?#].*$/, ''));
  }

  function stateOf(uri: string): DocState {
    let st = states.get(uri);
    if (!st) {
      st = { timer: undefined, generation: 0, requested: -1, result: undefined, fixAllCache: undefined };
      states.set(uri, st);
    }
    return st;
  }

  function schedule(uri: string, delay: number): void {
    const doc = documents.get(uri);
    if (!doc) return;
    const st = stateOf(uri);
    clearTimeout(st.timer);
    st.generation++;
    st.requested = doc.version;
    st.timer = setTimeout(() => {
      runLint(uri).catch((err) =>
        connection.console.error(`Cordial: lint failed for ${uri}: ${String(err)}`),
      );
    }, delay);
  }

  /** Lints the current text of a document and publishes, unless a newer version arrived meanwhile. */
  async function runLint(uri: string): Promise<void> {
    const st = states.get(uri);
    const doc = documents.get(uri);
    if (!st || !doc) return;
    st.timer = undefined;
    const kind = kindFor(doc);
    if (!kind) return;
    const generation = ++st.generation;
    const version = doc.version;
    const superseded = () =>
      st.generation !== generation || states.get(uri) !== st || documents.get(uri)?.version !== version;
    const config = await configFor(uri);
    if (superseded()) return;
    const result = compute(doc, kind, config, superseded);
    if (superseded()) return;
    st.result = result;
    const diagnostics = result.skipped ? [result.skipped, ...result.diagnostics] : result.diagnostics;
    quiet(connection.sendDiagnostics({ uri, version, diagnostics }));
  }

  function compute(doc: TextDocument, kind: DraftKind, config: ResolvedConfig, isCancelled?: () => boolean) {
    const view = coreView(doc);
    const bounded = boundText(view.text, kind, maxChars);
    const { draft, findings: all } = lint(
      { kind, text: bounded.text },
      { config, locale, ...(isCancelled ? { isCancelled } : {}) },
    );
    // A cut e-mail loses its closing MIME boundary: that is the skipped part, not a broken message.
    const findings =
      bounded.truncated && kind === 'eml'
        ? all.filter((f) => !(f.ruleId === 'format/mime' && /^(unclosed|missingBoundary)$/.test(f.messageId)))
        : all;
    const diagnostics = findings.map((f, i) => toDiagnostic(view, f, i, doc.version));
    let skipped: Diagnostic | null = null;
    if (bounded.truncated) {
      const lastLine = doc.positionAt(view.base + bounded.text.length).line;
      const data = {
        total: num(view.text.length, locale),
        checked: num(bounded.text.length, locale),
        skipped: num(view.text.length - bounded.text.length, locale),
        line: num(lastLine, locale),
      };
      skipped = {
        range: toRange(view, 0, Math.min(firstLineEnd(view.text), bounded.text.length)),
        severity: DiagnosticSeverity.Information,
        source: 'cordial',
        message: t(kind === 'eml' ? 'hugeEml' : 'huge', locale, data),
        data: { version: doc.version, skipped: true },
      };
    }
    return {
      version: doc.version,
      view,
      kind,
      draft,
      config,
      findings,
      diagnostics,
      skipped,
    } satisfies LintResult;
  }

  documents.onDidOpen((e) => {
    if (!kindFor(e.document)) return;
    schedule(e.document.uri, 0);
  });

  documents.onDidChangeContent((e) => {
    if (!kindFor(e.document)) return;
    const st = stateOf(e.document.uri);
    if (st.requested === e.document.version) return; // the open already scheduled this version
    schedule(e.document.uri, debounceMs);
  });

  documents.onDidClose((e) => {
    const st = states.get(e.document.uri);
    if (st) {
      clearTimeout(st.timer);
      st.generation++;
    }
    // Everything the document brought goes with it: its last result (draft, findings,
    // diagnostics), fix-all edits, settings, and the core's cached texts (shared by all
    // documents, which cannot tell whose they are: the open ones fill them again at their next lint).
    states.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    clearTextCaches();
    quiet(connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
  });

  connection.onShutdown(() => {
    for (const st of states.values()) {
      clearTimeout(st.timer);
      st.generation++;
    }
  });

  /** The published result, when it is for the document's current version. */
  function freshResult(doc: TextDocument): LintResult | undefined {
    const r = states.get(doc.uri)?.result;
    return r && r.version === doc.version ? r : undefined;
  }

  /** The current version's findings: the published ones, or a lint now (not published). */
  async function currentResult(doc: TextDocument, kind: DraftKind): Promise<LintResult | undefined> {
    const fresh = freshResult(doc);
    if (fresh) return fresh;
    const version = doc.version;
    const config = await configFor(doc.uri);
    const now = documents.get(doc.uri);
    if (!now || now.version !== version) return undefined;
    return compute(now, kind, config);
  }

  // ------------------------------------------------------------------ code actions

  function workspaceEdit(doc: TextDocument, edits: LspTextEdit[]): WorkspaceEdit {
    return hasDocumentChanges
      ? { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] }
      : { changes: { [doc.uri]: edits } };
  }

  /**
   * Fix-all as minimal edits of the current text (cached per version and configuration), or null
   * when cancelled. On Node it runs on the fix-all thread, so hovers are answered meanwhile;
   * elsewhere in this thread, checking for cancellation between rules and passes.
   */
  async function fixAllEdits(
    doc: TextDocument,
    kind: DraftKind,
    config: ResolvedConfig,
    token?: CancellationToken,
  ): Promise<TextEdit[] | null> {
    const st = stateOf(doc.uri);
    const cached = st.fixAllCache;
    if (cached && cached.version === doc.version && cached.config === config) return cached.edits;
    const version = doc.version;
    const view = coreView(doc);
    const bounded = boundText(view.text, kind, maxChars);
    let output: string | undefined;
    if (host.fixAll) {
      const threaded = await host.fixAll(bounded.text, kind, config, locale, (cancel) => {
        token?.onCancellationRequested(cancel);
        if (token?.isCancellationRequested) cancel();
      });
      if (threaded === null) return null;
      output = threaded;
    }
    if (output === undefined) {
      const isCancelled = token ? () => token.isCancellationRequested : undefined;
      output = fixAll(bounded.text, kind, { config, locale, ...(isCancelled ? { isCancelled } : {}) }).output;
    }
    if (token?.isCancellationRequested || documents.get(doc.uri)?.version !== version) return null;
    const edits = diffText(bounded.text, output);
    stateOf(doc.uri).fixAllCache = { version, config, edits };
    return edits;
  }

  async function fixAllAction(
    doc: TextDocument,
    kind: DraftKind,
    config: ResolvedConfig,
    actionKind: string,
    title: string,
    token: CancellationToken,
    diagnostics?: Diagnostic[],
  ): Promise<CodeAction | null> {
    const edits = await fixAllEdits(doc, kind, config, token);
    if (!edits || edits.length === 0) return null;
    const action: CodeAction = {
      title,
      kind: actionKind,
      edit: workspaceEdit(doc, toLspEdits(coreView(doc), edits)),
    };
    if (diagnostics) action.diagnostics = diagnostics;
    return action;
  }

  connection.onCodeAction(async (params: CodeActionParams, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const kind = kindFor(doc);
    if (!kind) return [];
    const version = doc.version;
    const only = params.context.only;
    const wants = (k: string) => !only || only.some((o) => k === o || k.startsWith(`${o}.`));
    const ours = params.context.diagnostics.filter(
      (d) =>
        d.source === 'cordial' && typeof d.code === 'string' && !(d.data as { skipped?: boolean })?.skipped,
    );
    const explicitFixAll = !!only && wants(FIX_ALL_KIND);

    // Quick fixes answer for diagnostics as published: refuse them all when any is stale.
    const matched: { d: Diagnostic; f: Finding }[] = [];
    if (ours.length) {
      const result = freshResult(doc);
      if (!result && !explicitFixAll) return [];
      for (const d of ours) {
        const f = result && matchFinding(result, d);
        if (!f) {
          if (!explicitFixAll) return [];
          continue;
        }
        // A client may send the same diagnostic twice (overlapping ranges): one set of actions.
        if (!matched.some((m) => m.f === f)) matched.push({ d, f });
      }
    }

    const config = await configFor(doc.uri);
    if (token.isCancellationRequested || documents.get(doc.uri)?.version !== version) return [];
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix) && matched.length) {
      const view = coreView(doc);
      // As ESLint orders them: each finding's fixes (its main fix preferred, and nothing else),
      // then fix-all, documentation, and last the Allow/Disable entries, once per word or rule.
      for (const { d, f } of matched) {
        for (const [i, fix] of f.fixes.entries())
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            isPreferred: i === 0,
            edit: workspaceEdit(doc, toLspEdits(view, fix.edits)),
          });
        // A blank has no fix: the action selects it, so the writer can type over it.
        if (f.ruleId === PLACEHOLDER_RULE && canShowDocument) {
          const title = t('selectBlank', locale, { blank: doc.getText(d.range) });
          actions.push({
            title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            isPreferred: true,
            command: { title, command: SELECT_RANGE_COMMAND, arguments: [doc.uri, d.range] },
          });
        }
      }
      const result = freshResult(doc);
      const fixable = result ? result.findings.filter((f) => f.fixes.length > 0).length : 0;
      if (fixable >= 2 && matched.some((m) => m.f.fixes.length > 0)) {
        const a = await fixAllAction(
          doc,
          kind,
          config,
          CodeActionKind.QuickFix,
          t('fixAllQuickFix', locale),
          token,
          matched.map((m) => m.d),
        );
        if (a) actions.push(a);
      }
      const byRule = new Map<string, { diagnostics: Diagnostic[]; findings: Finding[] }>();
      for (const { d, f } of matched) {
        const entry = byRule.get(f.ruleId) ?? { diagnostics: [], findings: [] };
        entry.diagnostics.push(d);
        entry.findings.push(f);
        byRule.set(f.ruleId, entry);
      }
      // A finding without a fix gets a harmless first entry (Ctrl+. then Enter must not disable a rule).
      if (canShowDocument)
        for (const [ruleId, { diagnostics, findings }] of byRule) {
          if (ruleId === PLACEHOLDER_RULE || findings.every((f) => f.fixes.length > 0)) continue;
          const title = t('showDocs', locale, { rule: ruleId });
          actions.push({
            title,
            kind: CodeActionKind.QuickFix,
            diagnostics,
            command: { title, command: SHOW_DOCS_COMMAND, arguments: [findings[0]!.docUrl] },
          });
        }
      const byWord = new Map<string, { word: string; diagnostics: Diagnostic[] }>();
      for (const { d, f } of matched) {
        if (!f.allow) continue;
        const key = f.allow.toLowerCase();
        const entry = byWord.get(key) ?? { word: f.allow, diagnostics: [] };
        entry.diagnostics.push(d);
        byWord.set(key, entry);
      }
      for (const { word, diagnostics } of byWord.values()) {
        const title = t('allowWord', locale, { word });
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics,
          command: { title, command: ALLOW_WORD_COMMAND, arguments: [word, doc.uri] },
        });
      }
      const draft = result?.draft;
      for (const [ruleId, { diagnostics, findings }] of byRule) {
        // A blank is fixed by filling it in: no way to switch the error off from the menu.
        if (ruleId === PLACEHOLDER_RULE && findings.some((f) => f.severity === 'error')) continue;
        const edits = draft ? disableForDraft(draft, ruleId) : null;
        if (edits?.length)
          actions.push({
            title: t('disableForDraft', locale, { rule: ruleId }),
            kind: CodeActionKind.QuickFix,
            diagnostics,
            edit: workspaceEdit(doc, toLspEdits(view, edits)),
          });
        const title = t('disableRule', locale, { rule: ruleId });
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics,
          command: { title, command: DISABLE_RULE_COMMAND, arguments: [ruleId, doc.uri] },
        });
      }
    }
    if (explicitFixAll) {
      // On request (and on save) fix-all works from the current text, not from published diagnostics.
      const a = await fixAllAction(doc, kind, config, FIX_ALL_KIND, t('fixAllSource', locale), token);
      if (a) actions.push(a);
    }
    return token.isCancellationRequested ? [] : actions;
  });

  /** The published finding a diagnostic from the client stands for, or undefined when it is stale. */
  function matchFinding(result: LintResult, d: Diagnostic): Finding | undefined {
    const data = d.data as Partial<DiagnosticData> | undefined;
    if (data && typeof data.version === 'number' && data.version !== result.version) return undefined;
    const same = (i: number) => {
      const p = result.diagnostics[i];
      return !!p && p.code === d.code && p.message === d.message && sameRange(p.range, d.range);
    };
    if (data && typeof data.index === 'number')
      return same(data.index) ? result.findings[data.index] : undefined;
    // Clients that drop `data`: find it by range, rule and message.
    const i = result.diagnostics.findIndex((_, k) => same(k));
    return i >= 0 ? result.findings[i] : undefined;
  }

  // ------------------------------------------------------------------ .cordialrc.json commands (non-VS Code clients)

  connection.onExecuteCommand(async (params) => {
    if (params.command === SELECT_RANGE_COMMAND) {
      const [uri, selection] = (params.arguments ?? []) as [string?, LspRange?];
      if (typeof uri !== 'string' || !selection) return null;
      return connection.window.showDocument({ uri, selection, takeFocus: true });
    }
    if (params.command === SHOW_DOCS_COMMAND) {
      const [url] = (params.arguments ?? []) as [string?];
      if (typeof url !== 'string' || !url.startsWith(docUrl('x/y').slice(0, -'x/y.md'.length))) return null;
      return connection.window.showDocument({ uri: url, external: true });
    }
    if (params.command === DISABLE_RULE_COMMAND) {
      const [ruleId, uri] = (params.arguments ?? []) as [string?, string?];
      if (typeof ruleId !== 'string') return null;
      return editRc(
        uri,
        (text) => disableRuleIn(text, ruleId),
        { rules: { [ruleId]: 'off' } },
        t('disableRule', locale, { rule: ruleId }),
        t('disabledRule', locale, { rule: ruleId, file: RC_FILE }),
      );
    }
    if (params.command === ALLOW_WORD_COMMAND) {
      const [word, uri] = (params.arguments ?? []) as [string?, string?];
      if (typeof word !== 'string' || !word.trim()) return null;
      return editRc(
        uri,
        (text) => addAllowedWord(text, word),
        { allowedWords: [word] },
        t('allowWord', locale, { word }),
        t('allowedWord', locale, { word, file: RC_FILE }),
      );
    }
    return null;
  });

  /**
   * Changes `.cordialrc.json` in the document's workspace folder through `workspace/applyEdit`:
   * `change` maps its text to the new text (null: nothing to change), keeping comments and
   * formatting; a missing file is created holding `fresh`.
   */
  async function editRc(
    uri: string | undefined,
    change: (text: string) => string | null,
    fresh: Record<string, unknown>,
    label: string,
    done: string,
  ): Promise<boolean | null> {
    const folder = (uri && folderOf(uri)) ?? folders[0];
    if (!folder) {
      connection.window.showWarningMessage(t('noWorkspaceFolder', locale));
      return null;
    }
    const target = rcUri(folder);
    const existing = await host.readWorkspaceConfig(folder);
    let edit: WorkspaceEdit;
    if (existing !== null) {
      const after = change(existing.trim() ? existing : '{}');
      if (after === null) {
        connection.window.showInformationMessage(done);
        return true;
      }
      const rcDoc = TextDocument.create(target, 'json', 0, existing);
      const edits = diffText(existing, after).map((e) => ({
        range: { start: rcDoc.positionAt(e.start), end: rcDoc.positionAt(e.end) },
        newText: e.newText,
      }));
      edit = hasDocumentChanges
        ? { documentChanges: [TextDocumentEdit.create({ uri: target, version: null }, edits)] }
        : { changes: { [target]: edits } };
    } else if (hasCreateFile && target.startsWith('file:')) {
      edit = {
        documentChanges: [
          CreateFile.create(target, { ignoreIfExists: true }),
          TextDocumentEdit.create({ uri: target, version: null }, [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
              newText: newRc(fresh),
            },
          ]),
        ],
      };
    } else {
      connection.window.showWarningMessage(t('noWorkspaceFolder', locale));
      return null;
    }
    const applied = await connection.workspace.applyEdit({ label, edit });
    if (applied.applied) {
      connection.window.showInformationMessage(done);
      configurationChanged();
    }
    return applied.applied;
  }

  // ------------------------------------------------------------------ hover, outline, stats

  connection.onHover(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const kind = kindFor(doc);
    if (!kind) return null;
    const result = freshResult(doc) ?? (await currentResult(doc, kind));
    if (!result) return null;
    const offset = doc.offsetAt(params.position) - result.view.base;
    return withContext(
      hoverFor(result.view, findingsAt(result.findings, offset), locale),
      contextHover(result.view, result.draft, offset, locale),
    );
  });

  connection.onDocumentSymbol((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const kind = kindFor(doc);
    if (!kind) return null;
    const fresh = freshResult(doc);
    const view = coreView(doc);
    const draft = fresh?.draft ?? parseDraft({ kind, text: boundText(view.text, kind, maxChars).text });
    return documentSymbols(view, draft, locale);
  });

  connection.onFoldingRanges((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const kind = kindFor(doc);
    if (!kind) return null;
    const fresh = freshResult(doc);
    const view = coreView(doc);
    const draft = fresh?.draft ?? parseDraft({ kind, text: boundText(view.text, kind, maxChars).text });
    return foldingRanges(view, draft);
  });

  connection.onRequest(STATS_REQUEST, async (params: StatsParams): Promise<StatsResult | null> => {
    const doc = documents.get(params?.uri);
    if (!doc) return null;
    const kind = kindFor(doc);
    if (!kind) return null;
    const result = await currentResult(doc, kind);
    if (!result) return null;
    const stats = draftStats(result.draft, result.config.budgets, result.findings);
    const msg = result.draft.kind === 'msg';
    return {
      ...stats,
      counts: result.draft.kind === 'msg' ? messageCounts(result.view, result.draft, locale) : null,
      messagesMax: msg ? result.config.budgets.messagesMax : null,
    };
  });

  connection.onRequest(
    DECODED_REQUEST,
    async (params: Partial<DecodedParams>): Promise<DecodedResult | null> => {
      const doc = params?.uri ? documents.get(params.uri) : undefined;
      if (!doc || kindFor(doc) !== 'eml') return null;
      const result = await currentResult(doc, 'eml');
      if (result?.draft.kind !== 'eml') return null;
      return decodedText(result.draft, result.findings);
    },
  );

  connection.onRequest(COPY_REQUEST, (params: Partial<CopyParams>): CopyResult => {
    const doc = params?.uri ? documents.get(params.uri) : undefined;
    if (!doc || kindFor(doc) !== 'msg') return null;
    const view = coreView(doc);
    const draft = parseMsg({ kind: 'msg', text: view.text });
    if (typeof params.next === 'number') return copySend(view, draft, params.next, locale);
    if (typeof params.offset === 'number') {
      const one = copyMessageAt(draft, params.offset - view.base, locale);
      if (!one) return null;
      const ranges = sendsOf(view, draft, locale)
        .map((s) => s.range)
        .filter((r) => doc.offsetAt(r.start) <= params.offset! && params.offset! <= doc.offsetAt(r.end));
      return { ...one, ranges: ranges.slice(-1) };
    }
    return { ...copyMessages(draft, locale), ranges: sendsOf(view, draft, locale).map((s) => s.range) };
  });

  documents.listen(connection);
  return {
    retained: () => ({ states: states.size, settings: settingsCache.size, texts: textCacheEntries() }),
  };
}

/** Notifications and registrations the client may refuse or a closed connection may fail: never crash for them. */
function quiet(p: Promise<unknown>): void {
  p.catch(() => {});
}

/** A document's path inside a workspace folder (both URIs), `/`-separated and decoded. */
function relativePath(folder: string, uri: string): string {
  const rest = uri.slice(folder.length + 1).replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

/** Configuration problems for one message: the first few, and how many more. */
function summarize(errors: readonly string[]): string {
  const shown = errors.slice(0, 5).join('; ');
  return errors.length > 5 ? `${shown}; … (${errors.length - 5} more)` : shown;
}

function trimSlash(uri: string): string {
  return uri.replace(/\/+$/, '');
}

function firstLineEnd(text: string): number {
  const m = /\r|\n/.exec(text);
  return m ? m.index : text.length;
}

export { COPY_REQUEST, STATS_REQUEST, type StatsResult };
