/**
 * Speaks LSP to the real bundled server (`node dist/server.js --stdio`) as an editor would.
 * Every wait has a time limit; nothing sleeps for a fixed time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type ClientCapabilities,
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { allRules } from '../../server/src/core';

/** Tests run from the repository root (scripts/test.mjs). */
export const SERVER = join(process.cwd(), 'dist', 'server.js');

export interface StartOptions {
  /** `initialize`'s `locale` (VS Code's display language). */
  locale?: string;
  initializationOptions?: Record<string, unknown>;
  workspaceFolders?: { uri: string; name: string }[];
  /** The `cordial` settings section answered to `workspace/configuration`, per scope URI. */
  settings?: (scopeUri: string | undefined) => unknown;
  /** Answer `workspace/configuration` at all (false: a client without the capability). */
  configuration?: boolean;
  /** Support `window/showDocument` (default true, as VS Code does). */
  showDocument?: boolean;
}

export interface ShownMessage {
  type: number;
  message: string;
}

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShownMessage[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly configurationRequests: (string | undefined)[] = [];
  readonly registrations: string[] = [];
  /** `window/showDocument` requests from the server. */
  readonly shownDocuments: { uri: string; selection?: Range; external?: boolean; takeFocus?: boolean }[] = [];
  settings: (scopeUri: string | undefined) => unknown;
  private listeners: (() => void)[] = [];
  private stderr = '';

  constructor(
    readonly conn: ProtocolConnection,
    readonly proc: ChildProcess,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? (() => ({}));
    proc.stderr?.on('data', (b: Buffer) => {
      this.stderr += b.toString();
    });
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.notify();
    });
    conn.onNotification('window/showMessage', (p: ShownMessage) => {
      this.messages.push(p);
      this.notify();
    });
    conn.onNotification('window/logMessage', () => {});
    conn.onRequest('window/showMessageRequest', (p: ShownMessage) => {
      this.messages.push(p);
      this.notify();
      return null;
    });
    conn.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
      p.items.map((item) => {
        this.configurationRequests.push(item.scopeUri);
        return item.section === 'cordial' ? this.settings(item.scopeUri) : null;
      }),
    );
    conn.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      for (const r of p.registrations) this.registrations.push(r.method);
      this.notify();
      return null;
    });
    conn.onRequest('window/showDocument', (p: LspClient['shownDocuments'][number]) => {
      this.shownDocuments.push(p);
      this.notify();
      return { success: true };
    });
    conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      this.appliedEdits.push(p.edit);
      this.notify();
      return { applied: true };
    });
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Resolves when `check` returns a value (checked now and after every message from the server). */
  waitFor<T>(what: string, check: () => T | undefined | null | false, timeoutMs = 10_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const listener = () => {
        const v = check();
        if (v !== undefined && v !== null && v !== false) {
          done();
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(
          new Error(`timed out after ${timeoutMs} ms waiting for ${what}\nserver stderr: ${this.stderr}`),
        );
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
      };
      this.listeners.push(listener);
      listener();
    });
  }

  /** The first publication for `uri` (at `version`, when given) after `after` publications. */
  diagnostics(uri: string, version?: number, after = 0, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.waitFor(
      `diagnostics for ${uri}${version === undefined ? '' : ` v${version}`}`,
      () =>
        this.published
          .slice(after)
          .find((p) => p.uri === uri && (version === undefined || p.version === version))?.diagnostics,
      timeoutMs,
    );
  }

  open(
    uri: string,
    text: string,
    languageId = uri.endsWith('.eml') ? 'cordial-eml' : 'cordial-msg',
    version = 1,
  ) {
    return this.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]) {
    return this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges,
    });
  }

  close(uri: string) {
    return this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // The process may already be gone.
    }
    const exited = new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) resolve();
      else this.proc.once('exit', () => resolve());
    });
    const timer = setTimeout(() => this.proc.kill(), 3000);
    await exited;
    clearTimeout(timer);
    this.conn.dispose();
  }
}

export async function startServer(options: StartOptions = {}): Promise<LspClient> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createProtocolConnection(
    new StreamMessageReader(proc.stdout!),
    new StreamMessageWriter(proc.stdin!),
  );
  const client = new LspClient(conn, proc, options);
  conn.listen();
  const capabilities: ClientCapabilities = {
    workspace: {
      configuration: options.configuration ?? true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceFolders: true,
      applyEdit: true,
      workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
    },
    window: { showDocument: { support: options.showDocument ?? true } },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: {
        relatedInformation: true,
        versionSupport: true,
        codeDescriptionSupport: true,
        dataSupport: true,
      },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
        isPreferredSupport: true,
        dataSupport: true,
      },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    },
  };
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.workspaceFolders?.[0]?.uri ?? null,
    workspaceFolders: options.workspaceFolders ?? null,
    locale: options.locale ?? 'en',
    capabilities,
    initializationOptions: options.initializationOptions,
  });
  await conn.sendNotification('initialized', {});
  return client;
}

/** Applies LSP text edits to a text (edits must not overlap), as an editor would. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const offsets = lineOffsets(text);
  const at = (p: { line: number; character: number }) => (offsets[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => at(b.range.start) - at(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, at(e.range.start)) + e.newText + out.slice(at(e.range.end));
  return out;
}

/** The edits of a workspace edit for one document, from `documentChanges` or `changes`. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const out: TextEdit[] = [];
  for (const c of edit.documentChanges ?? [])
    if ('textDocument' in c && c.textDocument.uri === uri) out.push(...(c.edits as TextEdit[]));
  out.push(...(edit.changes?.[uri] ?? []));
  return out;
}

function lineOffsets(text: string): number[] {
  const starts = [0];
  const re = /\r\n?|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** A range from its four numbers. */
export function range(sl: number, sc: number, el: number, ec: number): Range {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

/** A `cordial.rules` setting that leaves only `ids` on, so other rules (written in parallel) cannot disturb a test. */
export function onlyRules(...ids: string[]): Record<string, string> {
  return Object.fromEntries(allRules.filter((r) => !ids.includes(r.id)).map((r) => [r.id, 'off']));
}

/** A unique file URI in a fresh temporary folder. */
export function tempFolder(): { dir: string; uri: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cordial-lsp-'));
  return { dir, uri: pathToFileURL(dir).href };
}

/** A diagnostic's message as text (LSP 3.18 allows Markdown content too). */
export function messageOf(d: { message: string | { value: string } } | undefined): string {
  if (!d) return '';
  return typeof d.message === 'string' ? d.message : d.message.value;
}
