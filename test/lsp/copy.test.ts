import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type LspClient, startServer } from './harness';

// Front matter, CRLF, a media placeholder and an emoji: what a chat app must receive.
const CHAT =
  '---\r\nto: Jac\r\n---\r\nDear Jac, good morning! 😀\r\n\r\n[video 3min 2.0MB] Our line\r\n\r\nThree points below.\r\n';

describe('cordial/copy (Copy Messages, Copy This Message)', () => {
  let client: LspClient;
  before(async () => {
    client = await startServer();
  });
  after(() => client.stop());

  test('copies every message without front matter or placeholders, and lists the placeholders', async () => {
    const uri = 'file:///drafts/copy.msg';
    await client.open(uri, CHAT);
    const r = (await client.conn.sendRequest('cordial/copy', { uri })) as {
      text: string;
      media: string[];
      messages: number;
    };
    assert.equal(r.text, 'Dear Jac, good morning! 😀\n\nOur line\n\nThree points below.');
    assert.equal(r.messages, 3);
    assert.equal(r.media.length, 1);
    assert.match(r.media[0]!, /video.*3 min.*2\.0 MB/);
  });

  test('copies the message under the cursor (UTF-16 offset after an emoji)', async () => {
    const uri = 'file:///drafts/copy-one.msg';
    await client.open(uri, CHAT);
    const offset = CHAT.indexOf('Three');
    const r = (await client.conn.sendRequest('cordial/copy', { uri, offset })) as { text: string } | null;
    assert.equal(r?.text, 'Three points below.');
    const none = await client.conn.sendRequest('cordial/copy', { uri, offset: 3 });
    assert.equal(none, null, 'inside the front matter there is no message');
  });

  test('Copy Next Message: one send at a time, wrapping after the last, with its range', async () => {
    const uri = 'file:///drafts/copy-next.msg';
    await client.open(uri, CHAT);
    type Next = { text: string; index: number; total: number; ranges: { start: { line: number } }[] };
    const at = (next: number) => client.conn.sendRequest('cordial/copy', { uri, next }) as Promise<Next>;
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await at(i);
      assert.equal(r.index, i);
      assert.equal(r.total, 3, 'the same count Copy Messages reports');
      texts.push(r.text);
    }
    assert.deepEqual(texts, ['Dear Jac, good morning! 😀', 'Our line', 'Three points below.']);
    assert.deepEqual(
      (await at(0)).ranges.map((r) => r.start.line),
      [3],
      'the range is in document lines (after the front matter)',
    );
    const wrapped = await at(3);
    assert.equal(wrapped.index, 0, 'after the last message, the first again');
  });

  test('answers null for an e-mail draft', async () => {
    const uri = 'file:///drafts/copy.eml';
    await client.open(uri, 'Subject: x\r\n\r\nbody\r\n');
    assert.equal(await client.conn.sendRequest('cordial/copy', { uri }), null);
  });
});
