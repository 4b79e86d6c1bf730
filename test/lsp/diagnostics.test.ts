import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type LspClient, messageOf, onlyRules, range, startServer } from './harness';

// An emoji (two UTF-16 units) before each finding and CRLF line breaks, so position bugs show.
const BROKEN_FRONT_MATTER = '---\r\nto: [😀 broken\r\n---\r\nHello Jac.\r\n';
const COUNT = '😀 说三点：\r\n1. 价格\r\n2. 交期\r\n';

describe('diagnostics (en)', () => {
  let client: LspClient;
  let rules: Record<string, string> = onlyRules('format/front-matter', 'structure/count-mismatch');
  before(async () => {
    client = await startServer({ locale: 'en', settings: () => ({ rules }) });
  });
  after(() => client.stop());

  test('front matter: code, source, link, UTF-16 range on a CRLF file', async () => {
    const uri = 'file:///drafts/front-matter.msg';
    await client.open(uri, BROKEN_FRONT_MATTER);
    const diagnostics = await client.diagnostics(uri, 1);
    const d = diagnostics.find((x) => x.code === 'format/front-matter');
    assert.ok(d, JSON.stringify(diagnostics));
    assert.equal(d.source, 'cordial');
    assert.equal(d.severity, 1);
    // `to: [😀 broken` is 5 + 2 + 7 UTF-16 units long.
    assert.deepEqual(d.range, range(1, 0, 1, 14));
    assert.match(d.codeDescription?.href ?? '', /docs\/rules\/format\/front-matter\.md$/);
    assert.match(messageOf(d), /YAML/);
    assert.deepEqual(d.data, { version: 1, index: 0 });
    assert.ok(client.configurationRequests.includes(uri), 'settings are read for the document URI');
  });

  test('count mismatch lands on 三点 after an emoji', async () => {
    const uri = 'file:///drafts/count.msg';
    await client.open(uri, COUNT);
    const diagnostics = await client.diagnostics(uri, 1);
    const d = diagnostics.find((x) => x.code === 'structure/count-mismatch');
    assert.ok(d, `no structure/count-mismatch diagnostic: ${JSON.stringify(diagnostics)}`);
    assert.deepEqual(d.range, range(0, 4, 0, 6));
    assert.equal(d.source, 'cordial');
  });

  test('severity follows the configured level (warning, info, hint)', async () => {
    const expected: [string, number][] = [
      ['warning', 2],
      ['info', 3],
      ['hint', 4],
    ];
    for (const [level, severity] of expected) {
      rules = { ...onlyRules('format/front-matter'), 'format/front-matter': level };
      const uri = `file:///drafts/severity-${level}.msg`;
      await client.open(uri, BROKEN_FRONT_MATTER);
      const d = (await client.diagnostics(uri, 1)).find((x) => x.code === 'format/front-matter');
      assert.equal(d?.severity, severity, level);
    }
  });

  test('closing a document clears its diagnostics', async () => {
    const uri = 'file:///drafts/close.msg';
    rules = onlyRules('format/front-matter');
    await client.open(uri, BROKEN_FRONT_MATTER);
    await client.diagnostics(uri, 1);
    const n = client.published.length;
    await client.close(uri);
    const cleared = await client.diagnostics(uri, undefined, n);
    assert.deepEqual(cleared, []);
  });

  test('other files are not linted', async () => {
    const n = client.published.length;
    await client.open('file:///drafts/notes.txt', BROKEN_FRONT_MATTER, 'plaintext');
    const uri = 'file:///drafts/after-txt.msg';
    await client.open(uri, BROKEN_FRONT_MATTER);
    await client.diagnostics(uri, 1, n);
    assert.ok(!client.published.slice(n).some((p) => p.uri.endsWith('.txt')));
  });
});

describe('diagnostics (zh-cn)', () => {
  let client: LspClient;
  before(async () => {
    client = await startServer({
      locale: 'zh-cn',
      settings: () => ({ rules: onlyRules('format/front-matter') }),
    });
  });
  after(() => client.stop());

  test('messages come in Chinese', async () => {
    const uri = 'file:///drafts/zh.msg';
    await client.open(uri, BROKEN_FRONT_MATTER);
    const d = (await client.diagnostics(uri, 1)).find((x) => x.code === 'format/front-matter');
    assert.match(messageOf(d), /前置信息/);
  });

  test('initializationOptions.locale overrides the display language', async () => {
    const en = await startServer({
      locale: 'zh-cn',
      initializationOptions: { locale: 'en' },
      settings: () => ({ rules: onlyRules('format/front-matter') }),
    });
    try {
      const uri = 'file:///drafts/override.msg';
      await en.open(uri, BROKEN_FRONT_MATTER);
      const d = (await en.diagnostics(uri, 1)).find((x) => x.code === 'format/front-matter');
      assert.match(messageOf(d), /front matter/);
    } finally {
      await en.stop();
    }
  });
});
