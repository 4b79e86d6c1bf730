/**
 * Saying "this one is fine" through the protocol: the quick fixes "Allow '…' in this workspace",
 * "Disable <rule> for this draft" and "… in this workspace", the files the server's commands
 * write, and `overrides` by file pattern.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

const SLANG = 'thx for the order 😀\r\n\r\nlol\r\n';
const EML =
  'From: Lin <lin@hengda.example>\r\nTo: Jac <jac@buyer.example>\r\nSubject: Order\r\n\r\nDear Jac, thx for the order.\r\n';

function codeActions(client: LspClient, uri: string, diagnostics: Diagnostic[]) {
  return client.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostics[0]?.range ?? range(0, 0, 0, 0),
    context: { diagnostics },
  }) as Promise<CodeAction[] | null>;
}

async function slangDiagnostics(client: LspClient, uri: string, version = 1, after = 0) {
  return (await client.diagnostics(uri, version, after)).filter((d) => d.code === 'tone/slang');
}

describe('suppression quick fixes', () => {
  let client: LspClient;
  before(async () => {
    client = await startServer({
      settings: () => ({ rules: onlyRules('tone/slang') }),
      initializationOptions: { clientCommands: ['cordial.disableRule', 'cordial.allowWord'] },
    });
  });
  after(() => client.stop());

  test('a word-list finding offers allow, disable for this draft, disable in this workspace', async () => {
    const uri = 'file:///drafts/allow.msg';
    await client.open(uri, SLANG);
    const [thx] = await slangDiagnostics(client, uri);
    assert.ok(thx);
    const actions = (await codeActions(client, uri, [thx])) ?? [];
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles.slice(-3), [
      "Allow 'thx' in this workspace",
      'Disable tone/slang for this draft',
      'Disable tone/slang in this workspace',
    ]);
    const allow = actions.find((a) => a.title === "Allow 'thx' in this workspace")!;
    assert.equal(allow.kind, 'quickfix');
    assert.deepEqual(allow.command, {
      title: "Allow 'thx' in this workspace",
      command: 'cordial.allowWord',
      arguments: ['thx', uri],
    });
    assert.deepEqual(allow.diagnostics, [thx]);
    assert.ok(!allow.isPreferred);

    const draft = actions.find((a) => a.title === 'Disable tone/slang for this draft')!;
    assert.equal(draft.kind, 'quickfix');
    assert.equal(draft.command, undefined);
    assert.equal(
      applyTextEdits(SLANG, editsFor(draft.edit, uri)),
      `---\r\ncordial: { disable: [tone/slang] }\r\n---\r\n${SLANG}`,
    );
  });

  test('the draft edit, applied, silences the rule in that draft', async () => {
    const uri = 'file:///drafts/apply.msg';
    await client.open(uri, SLANG);
    const diagnostics = await slangDiagnostics(client, uri);
    const actions = (await codeActions(client, uri, diagnostics)) ?? [];
    const draft = actions.find((a) => a.title === 'Disable tone/slang for this draft')!;
    const edits = editsFor(draft.edit, uri);
    const n = client.published.length;
    await client.change(
      uri,
      2,
      edits.map((e) => ({ range: e.range, text: e.newText })),
    );
    assert.deepEqual(await slangDiagnostics(client, uri, 2, n), []);
    // Another draft in the same workspace still reports it.
    await client.open('file:///drafts/other.msg', SLANG);
    assert.equal((await slangDiagnostics(client, 'file:///drafts/other.msg')).length, 2);
  });

  test('front matter that exists is extended, with its line breaks', async () => {
    const text = '---\nto: Jac\ncordial: { disable: [tone/emoticon] }\n---\nthx\n';
    const uri = 'file:///drafts/extend.msg';
    await client.open(uri, text);
    const actions = (await codeActions(client, uri, await slangDiagnostics(client, uri))) ?? [];
    const draft = actions.find((a) => a.title === 'Disable tone/slang for this draft')!;
    assert.equal(
      applyTextEdits(text, editsFor(draft.edit, uri)),
      '---\nto: Jac\ncordial: { disable: [tone/emoticon, tone/slang] }\n---\nthx\n',
    );
  });

  test('an e-mail draft gets an X-Cordial-Disable header', async () => {
    const uri = 'file:///drafts/mail.eml';
    await client.open(uri, EML);
    const actions = (await codeActions(client, uri, await slangDiagnostics(client, uri))) ?? [];
    const draft = actions.find((a) => a.title === 'Disable tone/slang for this draft');
    assert.ok(draft, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(
      applyTextEdits(EML, editsFor(draft.edit, uri)),
      EML.replace('Subject: Order\r\n', 'Subject: Order\r\nX-Cordial-Disable: tone/slang\r\n'),
    );
  });

  test('two findings of one word: one allow action for both', async () => {
    const uri = 'file:///drafts/twice.msg';
    await client.open(uri, 'thx\n\nTHX again\n');
    const diagnostics = await slangDiagnostics(client, uri);
    assert.equal(diagnostics.length, 2);
    const actions = (await codeActions(client, uri, diagnostics)) ?? [];
    const allow = actions.filter((a) => a.command?.command === 'cordial.allowWord');
    assert.equal(allow.length, 1, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(allow[0]!.diagnostics?.length, 2);
  });

  test('titles in Chinese', async () => {
    const zh = await startServer({
      locale: 'zh-cn',
      settings: () => ({ rules: onlyRules('tone/slang') }),
      initializationOptions: { clientCommands: ['cordial.disableRule', 'cordial.allowWord'] },
    });
    try {
      const uri = 'file:///drafts/zh.msg';
      await zh.open(uri, 'thx\n');
      const actions = (await codeActions(zh, uri, await slangDiagnostics(zh, uri))) ?? [];
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes('在此工作区中允许“thx”'), JSON.stringify(titles));
      assert.ok(titles.includes('在此草稿中停用 tone/slang'), JSON.stringify(titles));
    } finally {
      await zh.stop();
    }
  });
});

describe('cordial.allowWord on the server (clients other than VS Code)', () => {
  let client: LspClient;
  const folder = tempFolder();
  const rcPath = join(folder.dir, '.cordialrc.json');
  const rcUri = `${folder.uri}/.cordialrc.json`;
  const uri = `${folder.uri}/drafts/a.msg`;
  before(async () => {
    client = await startServer({
      workspaceFolders: [{ uri: folder.uri, name: 'ws' }],
      settings: () => ({ rules: onlyRules('tone/slang') }),
    });
  });
  after(() => client.stop());

  async function allow(word: string) {
    const n = client.appliedEdits.length;
    const result = await client.conn.sendRequest('workspace/executeCommand', {
      command: 'cordial.allowWord',
      arguments: [word, uri],
    });
    return { result, edit: client.appliedEdits.length > n ? client.appliedEdits.at(-1) : undefined };
  }

  test('creates .cordialrc.json with the word', async () => {
    await client.open(uri, SLANG);
    await client.diagnostics(uri, 1);
    const { result, edit } = await allow('thx');
    assert.equal(result, true);
    const changes = edit?.documentChanges ?? [];
    assert.ok(changes.some((c) => 'kind' in c && c.kind === 'create' && c.uri === rcUri));
    const text = applyTextEdits('', editsFor(edit, rcUri));
    assert.deepEqual(JSON.parse(text), { allowedWords: ['thx'] });
    assert.ok(client.messages.some((m) => m.message === 'Cordial: “thx” is now allowed in .cordialrc.json.'));
  });

  test('appends to an existing list, keeping comments and indentation; the finding disappears', async () => {
    const before =
      '{\n    // shared by the team\n    "rules": { "tone/slang": "warning" },\n    "allowedWords": ["ACME"]\n}\n';
    writeFileSync(rcPath, before);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: rcUri, type: 2 }],
    });
    const { edit } = await allow('thx');
    const after = applyTextEdits(before, editsFor(edit, rcUri));
    assert.match(after, /\/\/ shared by the team/);
    assert.match(after, /^ {4}"rules"/m);
    assert.deepEqual(JSON.parse(after.replace(/\/\/.*$/m, '')).allowedWords, ['ACME', 'thx']);

    // The editor saves the file: the server reloads it and re-lints.
    const n = client.published.length;
    writeFileSync(rcPath, after);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: rcUri, type: 2 }],
    });
    const diagnostics = await client.waitFor('a new publication', () =>
      client.published.slice(n).find((p) => p.uri === uri),
    );
    const left = diagnostics.diagnostics.filter((d) => d.code === 'tone/slang');
    assert.deepEqual(
      left.map((d) => d.range),
      [range(2, 0, 2, 3)],
      'thx is silent; lol is still reported',
    );
  });

  test('a word already allowed (in any case): no edit', async () => {
    writeFileSync(rcPath, '{ "allowedWords": ["THX"] }\n');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: rcUri, type: 2 }],
    });
    const { result, edit } = await allow('thx');
    assert.equal(result, true);
    assert.equal(edit, undefined);
  });

  test('adds the key to a file without allowedWords', async () => {
    const before = '{\r\n\t"rules": {}\r\n}\r\n';
    writeFileSync(rcPath, before);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: rcUri, type: 2 }],
    });
    const { edit } = await allow('lol');
    const after = applyTextEdits(before, editsFor(edit, rcUri));
    assert.deepEqual(JSON.parse(after), { rules: {}, allowedWords: ['lol'] });
    assert.match(after, /\r\n\t"allowedWords"/);
  });
});

describe('overrides by file pattern', () => {
  let client: LspClient;
  const folder = tempFolder();
  before(async () => {
    mkdirSync(join(folder.dir, 'vip'));
    writeFileSync(
      join(folder.dir, '.cordialrc.json'),
      JSON.stringify({
        overrides: [
          { files: ['vip/**/*.msg'], rules: { 'tone/slang': 'off' } },
          { files: '*.eml', allowedWords: ['thx'] },
        ],
      }),
    );
    client = await startServer({
      workspaceFolders: [{ uri: folder.uri, name: 'ws' }],
      settings: () => ({ rules: onlyRules('tone/slang') }),
    });
  });
  after(() => client.stop());

  test('apply to the drafts they name, relative to the workspace folder', async () => {
    const vip = `${folder.uri}/vip/%E7%8E%8B.msg`;
    const plain = `${folder.uri}/a.msg`;
    const mail = `${folder.uri}/deep/b.eml`;
    await client.open(vip, SLANG);
    await client.open(plain, SLANG);
    await client.open(mail, EML);
    assert.deepEqual(await slangDiagnostics(client, vip), []);
    assert.equal((await slangDiagnostics(client, plain)).length, 2);
    assert.deepEqual(await slangDiagnostics(client, mail), []);
    assert.ok(readFileSync(join(folder.dir, '.cordialrc.json'), 'utf8').includes('overrides'));
  });
});
