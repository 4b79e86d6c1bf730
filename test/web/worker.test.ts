/**
 * The browser build of the language server (`dist/browser/server.js`, what VS Code for the Web
 * and the web page run) in a real Chromium worker, spoken to in LSP through `postMessage` by a
 * few lines of JSON-RPC in the page: initialize, open a draft, receive diagnostics at the right
 * UTF-16 positions, get a code action, and read `.cordialrc.json` through the client.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../web/serve.mjs';
import { guardOrigin, launchChromium } from './browser';

let browser: Browser | undefined;
let skip: string | undefined;
let server: { origin: string; close: () => Promise<void> } | undefined;

before(async () => {
  if (!existsSync('dist/browser/server.js'))
    throw new Error('dist/browser/server.js is not built: run `npm run build`');
  const launched = await launchChromium();
  if ('skip' in launched) skip = launched.skip;
  else browser = launched.browser;
  server = await serveStatic({
    mounts: { '/browser/': 'dist/browser' },
    pages: {
      '/': '<!doctype html><meta charset="utf-8"><title>LSP worker</title><script src="/client.js"></script>',
      '/client.js': CLIENT_JS,
    },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

interface Position {
  line: number;
  character: number;
}
interface Diagnostic {
  range: { start: Position; end: Position };
  code: string;
  source: string;
  message: string;
  severity: number;
}
interface Run {
  runSession(o: SessionOptions): Promise<Session>;
}
interface Session {
  initialize: { capabilities: Record<string, unknown>; serverInfo: { name: string } };
  configRequests: unknown[];
  diagnostics: { uri: string; version: number; diagnostics: Diagnostic[] };
  actions: {
    title: string;
    kind: string;
    isPreferred?: boolean;
    edit: { changes: Record<string, unknown[]> };
  }[];
  hover: { contents: { kind: string; value: string } } | null;
}

/**
 * The page's client: a JSON-RPC client of a few lines over the worker's `postMessage`, plain
 * JavaScript served as a file (the page's CSP allows no inline script). `runSession(o)` starts the
 * worker, initializes, opens `o.text`, waits for diagnostics, asks for the count-mismatch
 * finding's code actions and hover, and shuts down. The server's `cordial/readWorkspaceConfig`
 * requests are answered with `o.rc` and recorded.
 */
const CLIENT_JS = `
window.runSession = async (o) => {
  const worker = new Worker('/browser/server.js');
  let id = 0;
  const pending = new Map();
  const notes = new Map();
  const configRequests = [];
  worker.onmessage = (e) => {
    const m = e.data;
    if (m.method && m.id !== undefined) {
      if (m.method === 'cordial/readWorkspaceConfig') {
        configRequests.push(m.params);
        worker.postMessage({ jsonrpc: '2.0', id: m.id, result: o.rc });
      } else worker.postMessage({ jsonrpc: '2.0', id: m.id, error: { code: -32601, message: 'no' } });
    } else if (m.method) notes.get(m.method)?.(m.params);
    else pending.get(m.id)?.(m);
  };
  const request = (method, params) =>
    new Promise((resolve, reject) => {
      const n = ++id;
      pending.set(n, (m) => (m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result)));
      worker.postMessage({ jsonrpc: '2.0', id: n, method, params });
    });
  const notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
  const published = new Promise((resolve) =>
    notes.set('textDocument/publishDiagnostics', (p) => {
      if (p.uri === o.uri && p.diagnostics.length) resolve(p);
    }),
  );
  const initialize = await request('initialize', {
    processId: null,
    locale: o.locale,
    rootUri: o.folder,
    workspaceFolders: o.folder ? [{ uri: o.folder, name: 'ws' }] : null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  notify('initialized', {});
  notify('textDocument/didOpen', {
    textDocument: { uri: o.uri, languageId: 'cordial-msg', version: 1, text: o.text },
  });
  const diagnostics = await published;
  const d = diagnostics.diagnostics.find((x) => x.code === 'structure/count-mismatch');
  const actions = d
    ? await request('textDocument/codeAction', {
        textDocument: { uri: o.uri },
        range: d.range,
        context: { diagnostics: [d], only: ['quickfix'] },
      })
    : [];
  const hover = d ? await request('textDocument/hover', { textDocument: { uri: o.uri }, position: d.range.start }) : null;
  await request('shutdown', null);
  notify('exit', null);
  worker.terminate();
  return { initialize, configRequests, diagnostics, actions, hover };
};
`;

interface SessionOptions {
  text: string;
  uri: string;
  folder: string | null;
  rc: string | null;
  locale: string;
}

/** The UTF-16 line/character of a substring, as LSP counts it. */
function positionOf(text: string, needle: string): Position {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const before = text.slice(0, at);
  const line = before.split('\n').length - 1;
  return { line, character: at - (before.lastIndexOf('\n') + 1) };
}

test('the browser server speaks LSP over postMessage: diagnostics at UTF-16 positions, a code action', async (t) => {
  if (skip || !browser || !server) return t.skip(skip);
  const context = await browser.newContext();
  const guard = await guardOrigin(context, server.origin);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/`);

  // Astral characters (two UTF-16 units each) before the finding on its line and on the line above.
  const text = '王总您好 😀\n我是华信的小李 🙂🙂，我们的优势有三条：\n1. 质量稳定\n2. 交货快\n谢谢！\n';
  const opts = { text, uri: 'untitled:draft.msg', folder: null, rc: null, locale: 'zh-cn' };
  const r = await page.evaluate((o) => (window as unknown as Run).runSession(o), opts);

  assert.equal(r.initialize.serverInfo.name, 'cordial-lsp');
  assert.ok(r.initialize.capabilities.codeActionProvider);
  assert.equal(r.diagnostics.version, 1);
  const d = r.diagnostics.diagnostics.find((x) => x.code === 'structure/count-mismatch');
  assert.ok(d, JSON.stringify(r.diagnostics.diagnostics.map((x) => x.code)));
  const start = positionOf(text, '三条');
  assert.deepEqual(d.range, { start, end: { line: start.line, character: start.character + 2 } });
  // The emoji is found where it is too: character counts in UTF-16 code units.
  const emoji = r.diagnostics.diagnostics.find((x) => x.code === 'tone/emoticon');
  assert.ok(emoji);
  assert.deepEqual(emoji.range.start, positionOf(text, '😀'));
  assert.equal(emoji.range.end.character - emoji.range.start.character, 2);
  assert.equal(d.source, 'cordial');
  assert.match(d.message, /三条/);

  const preferred = r.actions.find((a) => a.isPreferred);
  assert.ok(preferred, JSON.stringify(r.actions));
  assert.equal(preferred.kind, 'quickfix');
  assert.deepEqual(preferred.edit.changes['untitled:draft.msg'], [
    { range: { start, end: { line: start.line, character: start.character + 1 } }, newText: '两' },
  ]);
  assert.match(r.hover?.contents.value ?? '', /三条/);
  assert.deepEqual(r.configRequests, [], 'no folder, no configuration request');
  assert.deepEqual(guard.outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the browser server reads .cordialrc.json through the client (cordial/readWorkspaceConfig)', async (t) => {
  if (skip || !browser || !server) return t.skip(skip);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  const text = '王总您好 😀\n我们的优势有三条：\n1. 质量稳定\n2. 交货快\n';
  const opts = {
    text,
    uri: 'memfs:/ws/drafts/a.msg',
    folder: 'memfs:/ws',
    rc: '{\n  // shared by the team\n  "rules": { "tone/emoticon": "off" },\n}\n',
    locale: 'en',
  };
  const r = await page.evaluate((o) => (window as unknown as Run).runSession(o), opts);
  assert.deepEqual(r.configRequests, [{ folderUri: 'memfs:/ws' }]);
  const codes = r.diagnostics.diagnostics.map((x) => x.code);
  assert.ok(codes.includes('structure/count-mismatch'), codes.join());
  assert.ok(!codes.includes('tone/emoticon'), 'turned off by .cordialrc.json');
  assert.match(
    r.diagnostics.diagnostics.find((x) => x.code === 'structure/count-mismatch')!.message,
    /You promise/,
  );
  await context.close();
});
