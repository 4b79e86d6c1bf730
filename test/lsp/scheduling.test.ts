import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type LspClient, messageOf, onlyRules, range, startServer } from './harness';

const BROKEN = '---\r\nto: [broken\r\n---\r\nHello 😀 Jac.\r\n';

describe('scheduling', () => {
  let client: LspClient;
  before(async () => {
    client = await startServer({ settings: () => ({ rules: onlyRules('format/front-matter') }) });
  });
  after(() => client.stop());

  test('rapid edits: only the latest version is published, never a stale one after it', async () => {
    const uri = 'file:///drafts/rapid.msg';
    await client.open(uri, BROKEN);
    await client.diagnostics(uri, 1);
    const n = client.published.length;
    // Versions 2–10 toggle the front matter between broken and valid, as fast as the pipe goes.
    for (let v = 2; v <= 10; v++) {
      const valid = v % 2 === 0;
      await client.change(uri, v, [
        { range: range(1, 4, 1, valid ? 11 : 7), text: valid ? 'Jac' : '[broken' },
      ]);
    }
    const last = await client.diagnostics(uri, 10, n);
    assert.deepEqual(last, [], 'version 10 has valid front matter');
    // One more version: nothing older than 10 may arrive in between.
    await client.change(uri, 11, [{ range: range(1, 4, 1, 7), text: '[broken' }]);
    const eleven = await client.diagnostics(uri, 11, n);
    assert.deepEqual(
      eleven.map((d) => [d.code, d.range.start.line]),
      [['format/front-matter', 1]],
    );
    const versions = client.published
      .slice(n)
      .filter((p) => p.uri === uri)
      .map((p) => p.version);
    assert.deepEqual(versions, [10, 11], `published versions: ${versions.join(', ')}`);
  });

  test('incremental changes with CRLF and an emoji keep positions right', async () => {
    const uri = 'file:///drafts/incremental.msg';
    await client.open(uri, BROKEN);
    await client.diagnostics(uri, 1);
    // Insert a line holding an emoji before the front matter's error line… inside the YAML.
    await client.change(uri, 2, [{ range: range(1, 0, 1, 0), text: 'from: 😀\r\n' }]);
    const ds = await client.diagnostics(uri, 2);
    assert.deepEqual(
      ds.map((d) => d.range),
      [range(2, 0, 2, 11)],
    );
  });
});

describe('huge documents', () => {
  let client: LspClient;
  before(async () => {
    client = await startServer({
      settings: () => ({
        rules: onlyRules('format/front-matter', 'format/mime', 'structure/count-mismatch'),
      }),
    });
  });
  after(() => client.stop());

  test('a huge chat draft is linted up to the bound, with one note about the rest', async () => {
    const uri = 'file:///drafts/huge.msg';
    const para = 'Hello there, this is a long message.\r\n\r\n';
    // A count mismatch after the bound: it must not be reported.
    const tail = '说三点：\r\n1. 价格\r\n2. 交期\r\n';
    const text = `---\r\nto: [broken\r\n---\r\n${para.repeat(Math.ceil(300_000 / para.length))}${tail}`;
    const started = Date.now();
    await client.open(uri, text);
    const ds = await client.diagnostics(uri, 1, 0, 30_000);
    const note = ds.find((d) => d.code === undefined);
    assert.ok(note, JSON.stringify(ds));
    assert.equal(note.severity, 3);
    assert.equal(note.range.start.line, 0);
    assert.match(messageOf(note), /skipped/);
    assert.match(messageOf(note), /only the first 2\d\d,\d{3}/);
    assert.ok(
      ds.some((d) => d.code === 'format/front-matter'),
      'the start is still linted',
    );
    assert.ok(!ds.some((d) => d.code === 'structure/count-mismatch'), 'the end is skipped');
    assert.ok(Date.now() - started < 30_000);
  });

  test('a huge e-mail keeps its headers and the start of its body', async () => {
    const uri = 'file:///drafts/huge.eml';
    const line = 'This is a line of a very long e-mail body.\r\n';
    const text = `From: a@b.example\r\nTo: c@d.example\r\nSubject: Big\r\n\r\n${line.repeat(Math.ceil(300_000 / line.length))}`;
    await client.open(uri, text);
    const ds = await client.diagnostics(uri, 1, 0, 30_000);
    const note = ds.find((d) => d.code === undefined);
    assert.ok(note, JSON.stringify(ds));
    assert.match(messageOf(note), /headers/);
    const symbols = (await client.conn.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri },
    })) as {
      name: string;
    }[];
    assert.ok(symbols.some((s) => s.name === 'Headers'));
  });

  test('the same note in Chinese', async () => {
    const zh = await startServer({
      locale: 'zh-cn',
      settings: () => ({ rules: onlyRules('format/front-matter') }),
    });
    try {
      const uri = 'file:///drafts/huge-zh.msg';
      await zh.open(uri, '你好。\n\n'.repeat(60_000));
      const ds = await zh.diagnostics(uri, 1, 0, 30_000);
      assert.match(messageOf(ds.find((d) => d.code === undefined)), /未检查/);
    } finally {
      await zh.stop();
    }
  });
});
