// The language server lets go of what a document brought when it closes (issue 24): run in this
// process, over a pair of streams, so that what it holds can be counted.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { createConnection } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { draft, rng } from '../../bench/corpus';
import { createCordialServer } from '../../server/src/lsp/server';
import { LspClient } from './harness';

test('200 drafts opened, linted, asked for fix-all, then closed: no state, settings or cached text is left', async () => {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConn = createConnection(toServer, toClient);
  const server = createCordialServer(
    serverConn,
    { readWorkspaceConfig: async () => null },
    { debounceMs: 0 },
  );
  serverConn.listen();
  const conn = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const client = new LspClient(conn, { stderr: null } as unknown as ChildProcess, {});
  conn.listen();
  try {
    await conn.sendRequest('initialize', {
      // No process ID: the server would watch this process with a timer that outlives the test.
      processId: null,
      rootUri: null,
      capabilities: { workspace: { configuration: true } },
    });
    await conn.sendNotification('initialized', {});
    const r = rng(24);
    const uris: string[] = [];
    for (let i = 0; i < 200; i++) {
      const kind = i % 3 === 0 ? 'eml' : 'msg';
      const uri = `file:///memory/d${i}.${kind}`;
      uris.push(uri);
      await client.open(
        uri,
        draft(r, { kind, bytes: 1500, lang: i % 2 ? 'zh' : 'mixed', crlf: i % 5 === 0 }),
      );
    }
    await client.waitFor(
      '200 publications',
      () => new Set(client.published.map((p) => p.uri)).size >= 200,
      60_000,
    );
    // Fix-all edits are cached per document too.
    await conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uris[1] },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.cordial'] },
    });
    const open = server.retained();
    assert.equal(open.states, 200);
    assert.equal(open.settings, 200);
    assert.ok(open.texts > 0, 'the core cached some texts while linting');

    for (const uri of uris) await client.close(uri);
    await client.waitFor('every draft cleared', () => {
      const last = new Map(client.published.map((p) => [p.uri, p.diagnostics.length]));
      return uris.every((u) => last.get(u) === 0);
    });
    assert.deepEqual(server.retained(), { states: 0, settings: 0, texts: 0 });
  } finally {
    // Not `end()`: the Node connection exits the process when its input closes.
    conn.dispose();
    serverConn.dispose();
  }
});
