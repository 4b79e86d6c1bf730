import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type LspClient, onlyRules, startServer, tempFolder } from './harness';

const FRONT_MATTER = '---\nto: [broken\n---\nHello Jac.\n';
const codes = (ds: { code?: string | number }[]) => ds.map((d) => d.code);

describe('settings', () => {
  let client: LspClient;
  let rules: Record<string, string> = onlyRules('format/front-matter');
  before(async () => {
    client = await startServer({ settings: () => ({ rules, trace: { server: 'off' } }) });
  });
  after(() => client.stop());

  test('registers for configuration changes and .cordialrc.json changes', async () => {
    await client.waitFor('registrations', () => client.registrations.length >= 2 || undefined);
    assert.ok(client.registrations.includes('workspace/didChangeConfiguration'));
    assert.ok(client.registrations.includes('workspace/didChangeWatchedFiles'));
  });

  test('a configuration change re-reads the settings and re-lints open documents', async () => {
    const uri = 'file:///drafts/settings.msg';
    await client.open(uri, FRONT_MATTER);
    assert.deepEqual(codes(await client.diagnostics(uri, 1)), ['format/front-matter']);
    rules = { ...rules, 'format/front-matter': 'off' };
    const n = client.published.length;
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await client.diagnostics(uri, 1, n), []);
    rules = { ...rules, 'format/front-matter': 'warning' };
    const m = client.published.length;
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const again = await client.diagnostics(uri, 1, m);
    assert.deepEqual(
      again.map((d) => [d.code, d.severity]),
      [['format/front-matter', 2]],
    );
  });

  test('invalid settings: one warning per change, the valid parts still apply', async () => {
    rules = { ...onlyRules('format/front-matter'), 'no-such/rule': 'off' };
    const n = client.published.length;
    const shown = client.messages.length;
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = 'file:///drafts/settings.msg';
    assert.deepEqual(codes(await client.diagnostics(uri, 1, n)), ['format/front-matter']);
    const warning = await client.waitFor('a warning', () =>
      client.messages.slice(shown).find((m) => m.type === 2),
    );
    assert.match(warning.message, /no-such\/rule/);
    // A second document reads the same settings: no second warning.
    const other = 'file:///drafts/settings-2.msg';
    await client.open(other, FRONT_MATTER);
    await client.diagnostics(other, 1);
    assert.equal(client.messages.slice(shown).filter((m) => /no-such/.test(m.message)).length, 1);
  });
});

describe('unknown rule IDs, in Chinese', () => {
  let client: LspClient;
  before(async () => {
    client = await startServer({
      locale: 'zh-cn',
      settings: () => ({ rules: { ...onlyRules('format/front-matter'), 'tone/emoji': 'off' } }),
    });
  });
  after(() => client.stop());

  test('one localized warning naming the rule, no English validator text', async () => {
    const uri = 'file:///drafts/unknown-zh.msg';
    await client.open(uri, FRONT_MATTER);
    await client.diagnostics(uri, 1);
    const warning = await client.waitFor('a warning', () => client.messages.find((m) => m.type === 2));
    assert.match(warning.message, /“tone\/emoji”/);
    assert.match(warning.message, /不存在的规则/);
    assert.doesNotMatch(warning.message, /unknown rule/);
    const other = 'file:///drafts/unknown-zh-2.msg';
    await client.open(other, FRONT_MATTER);
    await client.diagnostics(other, 1);
    assert.equal(client.messages.filter((m) => /tone\/emoji/.test(m.message)).length, 1, 'shown once');
  });
});

describe('.cordialrc.json', () => {
  let client: LspClient;
  const folder = tempFolder();
  const rc = join(folder.dir, '.cordialrc.json');
  const rcUri = `${folder.uri}/.cordialrc.json`;
  const uri = `${folder.uri}/drafts/a.msg`;
  before(async () => {
    writeFileSync(rc, JSON.stringify({ rules: { 'format/front-matter': 'warning' } }));
    client = await startServer({
      workspaceFolders: [{ uri: folder.uri, name: 'ws' }],
      settings: () => ({ rules: { ...onlyRules('format/front-matter'), 'format/front-matter': 'error' } }),
    });
  });
  after(async () => {
    await client.stop();
    rmSync(folder.dir, { recursive: true, force: true });
  });

  test('overrides the settings', async () => {
    await client.open(uri, FRONT_MATTER);
    const [d] = await client.diagnostics(uri, 1);
    assert.equal(d?.code, 'format/front-matter');
    assert.equal(d?.severity, 2, 'warning from .cordialrc.json beats error from settings');
  });

  test('is re-read when the watched file changes', async () => {
    writeFileSync(rc, '{\n  // comments are allowed\n  "rules": { "format/front-matter": "off", },\n}\n');
    const n = client.published.length;
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: rcUri, type: 2 }],
    });
    assert.deepEqual(await client.diagnostics(uri, 1, n), []);
  });

  test('an invalid file gives one warning and its valid parts still apply', async () => {
    writeFileSync(rc, JSON.stringify({ rules: { 'format/front-matter': 'hint' }, budgets: { nope: 1 } }));
    const n = client.published.length;
    const shown = client.messages.length;
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: rcUri, type: 2 }],
    });
    const [d] = await client.diagnostics(uri, 1, n);
    assert.equal(d?.severity, 4);
    const warning = await client.waitFor('a warning', () =>
      client.messages.slice(shown).find((m) => m.type === 2),
    );
    assert.match(warning.message, /\.cordialrc\.json/);
    assert.match(warning.message, /nope/);
  });

  test('a deleted file no longer overrides', async () => {
    rmSync(rc);
    const n = client.published.length;
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: rcUri, type: 3 }],
    });
    const [d] = await client.diagnostics(uri, 1, n);
    assert.equal(d?.severity, 1);
  });
});

describe('clients without workspace/configuration', () => {
  test('use settings pushed with didChangeConfiguration', async () => {
    const client = await startServer({
      configuration: false,
      initializationOptions: { settings: { rules: onlyRules('format/front-matter') } },
    });
    try {
      const uri = 'file:///drafts/pushed.msg';
      await client.open(uri, FRONT_MATTER);
      assert.deepEqual(codes(await client.diagnostics(uri, 1)), ['format/front-matter']);
      const n = client.published.length;
      await client.conn.sendNotification('workspace/didChangeConfiguration', {
        settings: {
          cordial: { rules: { ...onlyRules('format/front-matter'), 'format/front-matter': 'off' } },
        },
      });
      assert.deepEqual(await client.diagnostics(uri, 1, n), []);
      assert.equal(client.configurationRequests.length, 0);
    } finally {
      await client.stop();
    }
  });
});
