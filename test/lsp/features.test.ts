import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { type LspClient, onlyRules, startServer } from './harness';

const FRONT_MATTER = '---\r\nto: [😀 broken\r\n---\r\nHello Jac.\r\n';

const CHAT = [
  '---',
  'to: Jac',
  'relation: new',
  '---',
  'Dear Jac, good morning!',
  '',
  'We make food-grade cartons. Our price is 8% below your supplier.',
  '',
  '> Earlier: can you send a quote?',
  '',
  '[voice 40s]',
  '',
].join('\n');

const EMAIL = [
  'From: Lin Wei <lin.wei@hengda.example>',
  'To: Jac Chen <jac@buyer.example>',
  'Subject: Carton quote',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Dear Jac,',
  '',
  'Here is the quote. It is 8% below your current price.',
  '',
  'Best regards,',
  'Lin',
  '',
].join('\r\n');

async function hover(client: LspClient, uri: string, line: number, character: number) {
  return (await client.conn.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: { line, character },
  })) as Hover | null;
}

function symbols(client: LspClient, uri: string) {
  return client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as Promise<
    DocumentSymbol[]
  >;
}

describe('hover, outline, stats (en)', () => {
  let client: LspClient;
  let settings: Record<string, unknown> = { rules: onlyRules('format/front-matter') };
  before(async () => {
    client = await startServer({ settings: () => settings });
  });
  after(() => client.stop());

  test('hover on a finding: message, why it matters, link to the docs', async () => {
    const uri = 'file:///drafts/hover.msg';
    await client.open(uri, FRONT_MATTER);
    await client.diagnostics(uri, 1);
    const h = await hover(client, uri, 1, 7);
    assert.ok(h, 'a hover');
    const md = (h.contents as MarkupContent).value;
    assert.equal((h.contents as MarkupContent).kind, 'markdown');
    assert.match(md, /YAML/);
    assert.match(md, /Why it matters/);
    assert.match(md, /recipient/);
    assert.match(md, /\[format\/front-matter\]\(https:\/\/\S+\/format\/front-matter\.md\)/);
    assert.deepEqual(h.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 14 } });
    assert.equal(await hover(client, uri, 2, 1), null, 'nothing to say outside findings');
  });

  test('hover on the Subject line or the first line says how Cordial read the draft', async () => {
    const reply = EMAIL.replace('Subject: Carton quote', 'Subject: Re: Carton quote');
    await client.open('file:///drafts/ctx-reply.eml', reply);
    const h = await hover(client, 'file:///drafts/ctx-reply.eml', 2, 3);
    assert.ok(h, 'a hover on the subject');
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /How Cordial reads this draft/);
    assert.match(md, /A reply to Jac Chen; first-contact rules off\./);
    assert.match(md, /Relation: familiar/);
    assert.match(md, /subject’s reply prefix/);
    assert.deepEqual(h.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 25 } });

    await client.open('file:///drafts/ctx-cold.eml', EMAIL);
    const cold = (await hover(client, 'file:///drafts/ctx-cold.eml', 2, 0))!.contents as MarkupContent;
    assert.match(cold.value, /A first contact with Jac Chen; first-contact rules on\./);

    await client.open(
      'file:///drafts/ctx.msg',
      '---\nto: Jac\nreply: true\n---\n> price?\n\nHi Jac, 2.5 USD.\n',
    );
    const chat = await hover(client, 'file:///drafts/ctx.msg', 6, 1);
    assert.ok(chat, 'a hover on the first own line, after the quoted question');
    assert.match((chat.contents as MarkupContent).value, /A reply to Jac; first-contact rules off/);
    assert.equal(await hover(client, 'file:///drafts/ctx.msg', 4, 1), null, 'not on the quoted line');
  });

  test('outline of a chat draft: front matter and numbered messages', async () => {
    const uri = 'file:///drafts/outline.msg';
    await client.open(uri, CHAT);
    const s = await symbols(client, uri);
    assert.deepEqual(
      s.map((x) => x.name),
      [
        'Front matter',
        '1. Dear Jac, good morning!',
        '2. We make food-grade cartons. Our price…',
        '3. > Earlier: can you send a quote?',
        '4. [voice 40s]',
      ],
    );
    assert.deepEqual(
      s[0]!.children?.map((c) => c.name),
      ['to', 'relation'],
    );
    assert.equal(s[1]!.kind, 15); // SymbolKind.String
    assert.deepEqual(s[1]!.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 23 } });
  });

  test('outline of an e-mail: headers and MIME parts', async () => {
    const uri = 'file:///drafts/outline.eml';
    await client.open(uri, EMAIL);
    const s = await symbols(client, uri);
    const headers = s.find((x) => x.name === 'Headers');
    assert.ok(headers, JSON.stringify(s.map((x) => x.name)));
    assert.deepEqual(
      headers.children?.map((c) => c.name),
      ['From', 'To', 'Subject', 'Content-Type'],
    );
    assert.equal(headers.children?.find((c) => c.name === 'Subject')?.detail, 'Carton quote');
    assert.ok(s.some((x) => x.name.startsWith('text/plain')));
  });

  test('cordial/stats for a chat draft: content messages after the opening and sentences against the budgets', async () => {
    settings = { rules: onlyRules('format/front-matter'), budgets: { messages: 2, sentences: 12 } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = 'file:///drafts/stats.msg';
    await client.open(uri, CHAT);
    await client.diagnostics(uri, 1);
    const stats = await client.conn.sendRequest('cordial/stats', { uri });
    // The greeting opens the chat; the budget counts the content after it (2 messages).
    assert.deepEqual(stats, {
      kind: 'msg',
      messages: 2,
      messageBudget: 2,
      sentences: 3,
      sentenceBudget: 12,
      problems: { errors: 0, warnings: 0, infos: 0, hints: 0 },
    });
    const broken = 'file:///drafts/stats-broken.msg';
    await client.open(broken, FRONT_MATTER);
    await client.diagnostics(broken, 1);
    const s2 = (await client.conn.sendRequest('cordial/stats', { uri: broken })) as {
      problems: { errors: number };
    };
    assert.equal(s2.problems.errors, 1);
  });

  test('cordial/stats for an e-mail: no message count, sentences of the body', async () => {
    const uri = 'file:///drafts/stats.eml';
    await client.open(uri, EMAIL);
    await client.diagnostics(uri, 1);
    const stats = (await client.conn.sendRequest('cordial/stats', { uri })) as Record<string, unknown>;
    assert.equal(stats.kind, 'eml');
    assert.equal(stats.messages, null);
    assert.equal(stats.messageBudget, null);
    // "Dear Jac," + the two sentences of the body; the signature is not counted.
    assert.equal(stats.sentences, 3);
    assert.equal(await client.conn.sendRequest('cordial/stats', { uri: 'file:///nowhere.msg' }), null);
  });
});

describe('hover and outline (zh-cn)', () => {
  let client: LspClient;
  before(async () => {
    client = await startServer({
      locale: 'zh-cn',
      settings: () => ({ rules: onlyRules('format/front-matter') }),
    });
  });
  after(() => client.stop());

  test('headings and outline names in Chinese', async () => {
    const uri = 'file:///drafts/hover-zh.msg';
    await client.open(uri, FRONT_MATTER);
    await client.diagnostics(uri, 1);
    const h = await hover(client, uri, 1, 3);
    assert.ok(h);
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /为什么重要/);
    assert.match(md, /前置信息/);
    const s = await symbols(client, uri);
    assert.equal(s[0]?.name, '前置信息');
  });

  test('the context hover in Chinese', async () => {
    const uri = 'file:///drafts/ctx-zh.eml';
    await client.open(
      uri,
      'From: 林伟 <lin.wei@hengda.example>\r\nTo: Jac Chen <jac@buyer.example>\r\nSubject: 回复: 报价\r\nIn-Reply-To: <a@buyer.example>\r\n\r\nJac，您好！\r\n',
    );
    const h = await hover(client, uri, 2, 2);
    assert.ok(h);
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /Cordial 如何理解这份草稿：/);
    assert.match(md, /回复 Jac Chen 的邮件；首次联系的规则已关闭。/);
    assert.match(md, /In-Reply-To 头、主题的回复前缀/);
  });
});
