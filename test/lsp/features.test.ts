import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { type LspClient, messageOf, onlyRules, startServer } from './harness';

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

  test('hover on a finding: why it matters and the link to the docs, not the message again', async () => {
    const uri = 'file:///drafts/hover.msg';
    await client.open(uri, FRONT_MATTER);
    const [d] = await client.diagnostics(uri, 1);
    const h = await hover(client, uri, 1, 7);
    assert.ok(h, 'a hover');
    const md = (h.contents as MarkupContent).value;
    assert.equal((h.contents as MarkupContent).kind, 'markdown');
    // VS Code shows the diagnostic's message in the same hover: the hover must not repeat it.
    assert.ok(d && !md.includes(messageOf(d)), md);
    assert.match(md, /Why it matters:/);
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

  test('outline of a chat draft: draft settings and messages, numbered in the detail', async () => {
    const uri = 'file:///drafts/outline.msg';
    await client.open(uri, CHAT);
    const s = await symbols(client, uri);
    assert.deepEqual(
      s.map((x) => x.name),
      [
        'Draft settings',
        'Dear Jac, good morning!',
        'We make food-grade cartons. Our price…',
        '> Earlier: can you send a quote?',
        '[voice 40s]',
      ],
    );
    assert.deepEqual(
      s.slice(1).map((x) => x.detail),
      ['message 1', 'message 2', 'message 3 · quoted', 'message 4'],
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
    // What Copy Messages sends (3 messages with text: the greeting, the content, the quote)
    // and how they divide up come with the counts, so the status bar and Copy agree.
    assert.deepEqual(stats, {
      kind: 'msg',
      messages: 2,
      messageBudget: 2,
      sentences: 3,
      sentenceBudget: 12,
      problems: { errors: 0, warnings: 0, infos: 0, hints: 0 },
      counts: { sends: 3, opening: 1, content: 2, quoted: 1, mediaOnly: 1 },
      messagesMax: 5,
    });
    const copied = (await client.conn.sendRequest('cordial/copy', { uri })) as { messages: number };
    assert.equal(copied.messages, (stats as { counts: { sends: number } }).counts.sends);
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
    assert.match(md, /为什么重要：/);
    assert.doesNotMatch(md, /为什么重要:/);
    assert.match(md, /规则说明：/);
    const s = await symbols(client, uri);
    assert.equal(s[0]?.name, '草稿设置');
  });

  test('a message that starts with its own number is not numbered twice in the outline', async () => {
    const uri = 'file:///drafts/outline-zh.msg';
    await client.open(uri, '您好！\r\n\r\n我们的优势有三条：\r\n\r\n1. 质量稳定 😀\r\n\r\n2. 交期快\r\n');
    const s = await symbols(client, uri);
    assert.deepEqual(
      s.map((x) => [x.name, x.detail]),
      [
        ['您好！', '第 1 条'],
        ['我们的优势有三条：', '第 2 条'],
        ['1. 质量稳定 😀', '第 3 条'],
        ['2. 交期快', '第 4 条'],
      ],
    );
  });
});

describe('hover with several findings on one spot', () => {
  let client: LspClient;
  before(async () => {
    client = await startServer({
      locale: 'zh-cn',
      settings: () => ({
        rules: onlyRules('media/voice-note', 'media/voice-first-contact', 'media/voice-long'),
      }),
    });
  });
  after(() => client.stop());

  test('one short paragraph per rule, no message, no ASCII colon', async () => {
    const uri = 'file:///drafts/voice.msg';
    await client.open(uri, '---\nrelation: new\n---\n王总，您好！\n\n[语音 90秒]\n');
    const diags = await client.diagnostics(uri, 1);
    assert.ok(diags.length >= 2, JSON.stringify(diags.map((d) => d.code)));
    const h = await hover(client, uri, 5, 2);
    assert.ok(h);
    const md = (h.contents as MarkupContent).value;
    for (const d of diags) {
      assert.ok(!md.includes(messageOf(d)), `the message is the editor's to show: ${md}`);
      assert.ok(md.includes(`[${d.code}]`), `each rule's page is linked: ${md}`);
    }
    // One paragraph per rule, each a single line: no scrolling hover.
    assert.equal(md.split('\n\n').length, new Set(diags.map((d) => d.code)).size, md);
    assert.doesNotMatch(md, /[\u4e00-\u9fff]:/, 'Chinese text takes a Chinese colon');
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
