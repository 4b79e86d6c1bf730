/**
 * The language server under the inputs of issue 18, through the real bundled server: fix-all on a
 * document near the bound does not block hovers and honours cancellation; a configuration that
 * is a FIFO, huge, or nested 5,000 deep is shown to the user once and never stops linting; bad
 * protocol input (a numeric URI) does not poison later requests.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { type LspClient, startServer, tempFolder } from '../lsp/harness';

/** A dense draft: every line has several findings with fixes. */
function dense(chars: number): string {
  const unit = 'thx pls 👍!!! 说三条：\n1. 价格\n2. 交期\n\nasap!!! u r gr8 :) 好的好的 \n';
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

const FIX_ALL = { only: ['source.fixAll.cordial'], diagnostics: [] };

describe('language server: fix-all does not block', () => {
  let client: LspClient;
  after(() => client?.stop());

  test('a hover is answered while fix-all runs on a 248k-character dense draft, and a cancelled fix-all stops', async () => {
    client = await startServer();
    const uri = 'file:///drafts/dense.msg';
    const text = dense(248_000);
    await client.open(uri, text);
    await client.diagnostics(uri, 1, 0, 180_000);

    const t0 = performance.now();
    const fixing = client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: FIX_ALL,
    });
    let fixDone = 0;
    void fixing.then(() => {
      fixDone = performance.now();
    });
    // Hovers while fix-all works: each is answered long before fix-all ends.
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const h0 = performance.now();
      const h = await client.conn.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 5 },
      });
      waits.push(performance.now() - h0);
      assert.ok(h, 'a hover on a finding');
    }
    const actions = (await fixing) as { edit?: unknown }[];
    const fixTook = fixDone - t0;
    assert.ok(actions.length === 1 && actions[0]!.edit, 'fix-all still answers');
    // Measured figures for the report; the bound is generous (the machine is shared), fix-all
    // itself takes seconds here, so a blocked hover would wait seconds.
    console.log(
      `fix-all ${fixTook.toFixed(0)} ms; hovers answered in ${waits.map((w) => w.toFixed(0)).join(', ')} ms`,
    );
    assert.ok(Math.max(...waits) < 1000, `hovers waited ${waits.join(', ')} ms`);

    // A new version, fix-all asked and cancelled at once: the answer comes without the work.
    await client.change(uri, 2, [{ text: `${text}\n再加一行 pls` }]);
    const source = new CancellationTokenSource();
    const c0 = performance.now();
    const cancelled = client.conn
      .sendRequest(
        'textDocument/codeAction',
        {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: FIX_ALL,
        },
        source.token,
      )
      .then(
        (r) => r,
        () => 'cancelled',
      );
    await new Promise((r) => setTimeout(r, 50));
    source.cancel();
    const result = await cancelled;
    const cancelTook = performance.now() - c0;
    assert.ok(
      result === 'cancelled' || (Array.isArray(result) && result.length === 0),
      'a cancelled fix-all offers nothing',
    );
    assert.ok(cancelTook < Math.max(2000, fixTook / 2), `cancel answered after ${cancelTook.toFixed(0)} ms`);
  });
});

describe('language server: configuration and protocol input', () => {
  test('a .cordialrc.json that is a FIFO, huge, or 5,000 deep is shown once; drafts are still linted', async () => {
    const cases: [string, (path: string) => boolean][] = [
      ['fifo', (p) => spawnSync('mkfifo', [p]).status === 0],
      [
        'deep',
        (p) => {
          writeFileSync(p, `{"rules": ${'['.repeat(5000)}${']'.repeat(5000)}}`);
          return true;
        },
      ],
      [
        'words',
        (p) => {
          writeFileSync(p, JSON.stringify({ allowedWords: Array.from({ length: 125_000 }, () => 'a') }));
          return true;
        },
      ],
      [
        'huge',
        (p) => {
          writeFileSync(
            p,
            JSON.stringify({ overrides: [{ files: ['*.msg'], jargon: ['x'.repeat(1_500_000)] }] }),
          );
          return true;
        },
      ],
      [
        'key',
        (p) => {
          writeFileSync(p, JSON.stringify({ ['k'.repeat(600_000)]: 1 }));
          return true;
        },
      ],
    ];
    for (const [name, make] of cases) {
      const { dir, uri: folder } = tempFolder();
      if (!make(join(dir, '.cordialrc.json'))) continue;
      const client = await startServer({ workspaceFolders: [{ uri: folder, name }] });
      try {
        const uri = `${folder}/a.msg`;
        await client.open(uri, 'thx pls\n');
        const diags = await client.diagnostics(uri, 1, 0, 30_000);
        assert.ok(diags.length > 0, `${name}: the draft is linted`);
        const shown = await client.waitFor(`${name}: a message`, () =>
          client.messages.find((m) => m.message.includes('.cordialrc.json')),
        );
        assert.ok(shown.message.length < 2000, `${name}: the message is short (${shown.message.length})`);
        // Once: a configuration change reads it again, but the same message is not shown twice
        // for one reading.
        assert.equal(client.messages.filter((m) => m.message === shown.message).length, 1, name);
      } finally {
        await client.stop();
      }
    }
  });

  test('a didOpen with a numeric URI does not poison configuration changes or later requests', async () => {
    const client = await startServer();
    try {
      await client.conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri: 42, languageId: 'cordial-msg', version: 1, text: 'pls' },
      });
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const uri = 'file:///drafts/after.msg';
      await client.open(uri, 'thx pls\n');
      const diags = await client.diagnostics(uri, 1);
      assert.ok(diags.length > 0);
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const again = await client.diagnostics(uri, 1, client.published.length);
      assert.ok(again.length > 0, 'linted again after the configuration change');
    } finally {
      await client.stop();
    }
  });
});
