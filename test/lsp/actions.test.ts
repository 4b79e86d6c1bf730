import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import {
  applyTextEdits,
  editsFor,
  type LspClient,
  onlyRules,
  range,
  startServer,
  tempFolder,
} from './harness';

const COUNT = '😀 说三点：\r\n1. 价格\r\n2. 交期\r\n';
const TWO_COUNTS = '说三点：\r\n1. 价格\r\n2. 交期\r\n\r\n再说三点：\r\n1. 质量\r\n2. 服务\r\n';
const FRONT_MATTER = '---\nto: [broken\n---\nHello Jac.\n';

function codeActions(client: LspClient, uri: string, diagnostics: Diagnostic[], only?: string[]) {
  const r = diagnostics[0]?.range ?? range(0, 0, 0, 0);
  return client.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: r,
    context: only ? { diagnostics, only } : { diagnostics },
  }) as Promise<CodeAction[] | null>;
}

describe('code actions', () => {
  let client: LspClient;
  before(async () => {
    client = await startServer({
      settings: () => ({ rules: onlyRules('format/front-matter', 'structure/count-mismatch') }),
      initializationOptions: { clientCommands: ['cordial.disableRule'] },
    });
  });
  after(() => client.stop());

  async function countDiagnostic(uri: string, text: string) {
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri, 1);
    const d = diagnostics.filter((x) => x.code === 'structure/count-mismatch');
    assert.ok(d.length, `no structure/count-mismatch diagnostic: ${JSON.stringify(diagnostics)}`);
    return d;
  }

  test('the preferred quick fix replaces 三点 with 两点', async () => {
    const uri = 'file:///drafts/fix.msg';
    const [d] = await countDiagnostic(uri, COUNT);
    const actions = (await codeActions(client, uri, [d!])) ?? [];
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, JSON.stringify(actions));
    const fix = preferred[0]!;
    assert.equal(fix.kind, 'quickfix');
    assert.deepEqual(fix.diagnostics, [d]);
    const change = fix.edit?.documentChanges?.[0];
    assert.ok(change && 'textDocument' in change);
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    assert.equal(applyTextEdits(COUNT, editsFor(fix.edit, uri)), '😀 说两点：\r\n1. 价格\r\n2. 交期\r\n');
  });

  test('"Disable <rule> in this workspace" runs cordial.disableRule', async () => {
    const uri = 'file:///drafts/disable.msg';
    await client.open(uri, FRONT_MATTER);
    const diagnostics = (await client.diagnostics(uri, 1)).filter((x) => x.code === 'format/front-matter');
    const actions = (await codeActions(client, uri, diagnostics)) ?? [];
    assert.ok(!actions.some((a) => a.edit), 'front matter has no fix');
    const disable = actions.find((a) => a.command?.command === 'cordial.disableRule');
    assert.ok(disable, JSON.stringify(actions));
    assert.equal(disable.title, 'Disable format/front-matter in this workspace');
    assert.equal(disable.kind, 'quickfix');
    assert.deepEqual(disable.command?.arguments, ['format/front-matter', uri]);
  });

  test('source.fixAll.cordial returns minimal edits', async () => {
    const uri = 'file:///drafts/fix-all.msg';
    await countDiagnostic(uri, TWO_COUNTS);
    const actions = (await codeActions(client, uri, [], ['source.fixAll.cordial'])) ?? [];
    assert.equal(actions.length, 1, JSON.stringify(actions));
    const fixAll = actions[0]!;
    assert.equal(fixAll.kind, 'source.fixAll.cordial');
    assert.equal(fixAll.title, 'Fix all Cordial problems');
    const edits = editsFor(fixAll.edit, uri);
    assert.equal(
      applyTextEdits(TWO_COUNTS, edits),
      '说两点：\r\n1. 价格\r\n2. 交期\r\n\r\n再说两点：\r\n1. 质量\r\n2. 服务\r\n',
    );
    // Only the changed characters are replaced, not the document.
    for (const e of edits)
      assert.ok(e.newText.length <= 2 && e.range.start.line === e.range.end.line, JSON.stringify(e));
    // A source action request without diagnostics (as on save) also works through `source`.
    const viaSource = (await codeActions(client, uri, [], ['source'])) ?? [];
    assert.ok(viaSource.some((a) => a.kind === 'source.fixAll.cordial'));
  });

  test('the quick-fix menu offers "Fix all … in this file" for two fixable findings', async () => {
    const uri = 'file:///drafts/fix-all-menu.msg';
    const [d] = await countDiagnostic(uri, TWO_COUNTS);
    const actions = (await codeActions(client, uri, [d!])) ?? [];
    const all = actions.find((a) => a.title === 'Fix all Cordial problems in this file');
    assert.ok(all, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(all.kind, 'quickfix');
    assert.ok(!all.isPreferred);
    assert.match(applyTextEdits(TWO_COUNTS, editsFor(all.edit, uri)), /^说两点[\s\S]*再说两点/);
  });

  test('no quick fix for a stale version or for diagnostics never published', async () => {
    const uri = 'file:///drafts/stale.msg';
    const [d] = await countDiagnostic(uri, COUNT);
    // The published diagnostic, but with a message the server never sent.
    const forged = { ...d!, message: 'something else' };
    assert.deepEqual(await codeActions(client, uri, [forged]), []);
    // Version 2 arrives: the version-1 diagnostic is stale.
    await client.change(uri, 2, [{ range: range(2, 0, 2, 0), text: '3. 服务\r\n' }]);
    assert.deepEqual(await codeActions(client, uri, [d!]), []);
    // Once version 2 is published, its own diagnostics get fixes again.
    const fresh = (await client.diagnostics(uri, 2)).filter((x) => x.code === 'structure/count-mismatch');
    assert.deepEqual(fresh, [], '三点 with three items is fine');
  });
});

describe('cordial.disableRule on the server (clients other than VS Code)', () => {
  let client: LspClient;
  const folder = tempFolder();
  before(async () => {
    client = await startServer({
      workspaceFolders: [{ uri: folder.uri, name: 'ws' }],
      settings: () => ({ rules: onlyRules('format/front-matter') }),
    });
  });
  after(() => client.stop());

  test('creates .cordialrc.json through workspace/applyEdit', async () => {
    const uri = `${folder.uri}/a.msg`;
    await client.open(uri, FRONT_MATTER);
    await client.diagnostics(uri, 1);
    await client.conn.sendRequest('workspace/executeCommand', {
      command: 'cordial.disableRule',
      arguments: ['format/front-matter', uri],
    });
    const edit = client.appliedEdits.at(-1);
    const changes = edit?.documentChanges ?? [];
    assert.ok(
      changes.some((c) => 'kind' in c && c.kind === 'create' && c.uri === `${folder.uri}/.cordialrc.json`),
    );
    const text = applyTextEdits('', editsFor(edit, `${folder.uri}/.cordialrc.json`));
    assert.deepEqual(JSON.parse(text), { rules: { 'format/front-matter': 'off' } });
  });

  test('edits an existing .cordialrc.json, keeping its comments', async () => {
    const rc = join(folder.dir, '.cordialrc.json');
    const before = '{\n  // shared by the team\n  "rules": { "tone/slang": "warning" }\n}\n';
    writeFileSync(rc, before);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: `${folder.uri}/.cordialrc.json`, type: 2 }],
    });
    const n = client.appliedEdits.length;
    await client.conn.sendRequest('workspace/executeCommand', {
      command: 'cordial.disableRule',
      arguments: ['format/front-matter', `${folder.uri}/a.msg`],
    });
    assert.equal(client.appliedEdits.length, n + 1);
    const after = applyTextEdits(
      readFileSync(rc, 'utf8'),
      editsFor(client.appliedEdits[n], `${folder.uri}/.cordialrc.json`),
    );
    assert.match(after, /\/\/ shared by the team/);
    assert.match(after, /"format\/front-matter": "off"/);
    assert.match(after, /"tone\/slang": "warning"/);
  });
});

describe('code actions like ESLint’s', () => {
  let client: LspClient;
  before(async () => {
    client = await startServer({
      settings: () => ({
        rules: onlyRules(
          'structure/placeholder',
          'structure/count-mismatch',
          'tone/absolute',
          'media/voice-note',
          'media/voice-first-contact',
          'media/voice-long',
        ),
      }),
      initializationOptions: { clientCommands: ['cordial.disableRule'] },
    });
  });
  after(() => client.stop());

  async function open(uri: string, text: string, count: number) {
    await client.open(uri, text);
    return client.diagnostics(uri, count && 1);
  }
  const isDisable = (a: CodeAction) =>
    a.title.startsWith('Disable') ||
    a.title.startsWith('Allow') ||
    a.command?.command === 'cordial.disableRule';

  test('a blank: the preferred action selects it (window/showDocument), and nothing disables the error', async () => {
    const uri = 'file:///drafts/blank.msg';
    const text = '---\nto: 王经理\n---\n[称呼]，您好！我是恒达包装的林伟。\n';
    const diagnostics = (await open(uri, text, 1)).filter((d) => d.code === 'structure/placeholder');
    assert.equal(diagnostics.length, 1);
    const d = diagnostics[0]!;
    assert.equal(d.severity, 1, 'an error');
    const actions = (await codeActions(client, uri, [d])) ?? [];
    assert.equal(actions[0]?.title, 'Select the blank “[称呼]” to fill it in', JSON.stringify(actions));
    assert.deepEqual(
      actions.filter((a) => a.isPreferred).map((a) => a.title),
      [actions[0]!.title],
    );
    assert.ok(!actions.some(isDisable), JSON.stringify(actions.map((a) => a.title)));
    assert.ok(!actions[0]!.edit, 'selecting changes no text');
    const cmd = actions[0]!.command!;
    await client.conn.sendRequest('workspace/executeCommand', {
      command: cmd.command,
      arguments: cmd.arguments,
    });
    const shown = client.shownDocuments.at(-1);
    assert.deepEqual(shown, { uri, selection: d.range, takeFocus: true });
  });

  test('a finding without a fix: documentation first, never preferred; Disable entries last', async () => {
    const uri = 'file:///drafts/nofix.msg';
    const diagnostics = (await open(uri, '王经理，您好！我们的价格全网最低。\n', 1)).filter(
      (d) => d.code === 'tone/absolute',
    );
    const actions = (await codeActions(client, uri, diagnostics)) ?? [];
    assert.equal(actions[0]?.title, 'Show documentation for tone/absolute', JSON.stringify(actions));
    assert.ok(
      actions.every((a) => !a.isPreferred),
      'nothing preferred: Ctrl+. then Enter must not disable',
    );
    const firstDisable = actions.findIndex(isDisable);
    assert.ok(firstDisable > 0 && actions.slice(firstDisable).every(isDisable));
    const cmd = actions[0]!.command!;
    await client.conn.sendRequest('workspace/executeCommand', {
      command: cmd.command,
      arguments: cmd.arguments,
    });
    const shown = client.shownDocuments.at(-1);
    assert.equal(shown?.external, true, JSON.stringify(client.shownDocuments));
    assert.match(shown?.uri ?? '', /docs\/rules\/tone\/absolute\.md$/);
  });

  test('a fixable finding: only its main fix is preferred; fixes come before Disable entries', async () => {
    const uri = 'file:///drafts/fixable.msg';
    const diagnostics = (await open(uri, COUNT, 1)).filter((d) => d.code === 'structure/count-mismatch');
    const actions = (await codeActions(client, uri, diagnostics)) ?? [];
    assert.deepEqual(
      actions.filter((a) => a.isPreferred).map((a) => a.title),
      ['Change “三点” to “两点”'],
    );
    const firstDisable = actions.findIndex(isDisable);
    assert.ok(firstDisable > 0);
    assert.ok(actions.slice(0, firstDisable).every((a) => !isDisable(a)));
    assert.ok(actions.slice(firstDisable).every((a) => isDisable(a) && !a.isPreferred));
  });

  test('a voice note with findings of several rules: one draft and one workspace entry per rule', async () => {
    const uri = 'file:///drafts/voice.msg';
    const text = '---\nto: 王经理\nrelation: new\n---\n王经理，您好！\n\n[语音 75秒]\n';
    const all = await open(uri, text, 3);
    const diagnostics = all.filter((d) => String(d.code).startsWith('media/'));
    assert.ok(diagnostics.length >= 3, JSON.stringify(all.map((d) => d.code)));
    // The client asks with every diagnostic on the line, sometimes twice over (overlapping ranges).
    const actions = (await codeActions(client, uri, [...diagnostics, ...diagnostics])) ?? [];
    const titles = actions.filter(isDisable).map((a) => a.title);
    assert.equal(new Set(titles).size, titles.length, JSON.stringify(titles));
    const rules = new Set(diagnostics.map((d) => String(d.code)));
    for (const r of rules) {
      assert.equal(titles.filter((t) => t === `Disable ${r} for this draft`).length, 1, r);
      assert.equal(titles.filter((t) => t === `Disable ${r} in this workspace`).length, 1, r);
    }
    assert.ok(actions.filter((a) => a.isPreferred).length <= 1);
  });
});
