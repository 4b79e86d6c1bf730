import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FoldingRange } from 'vscode-languageserver-protocol/node';
import { type LspClient, startServer } from './harness';

const CHAT = [
  '---',
  'to: Jac',
  'lang: en',
  '---',
  'Dear Jac,',
  'good morning! 😀',
  '',
  '> you wrote',
  '> earlier',
  '',
  'one line',
].join('\r\n');
const EMAIL = [
  'From: Lin <lin@hengda.example>',
  'To: Jac <jac@buyer.example>',
  'Subject: Carton quote',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Dear Jac,',
  '',
  'On Mon, Jac <jac@buyer.example> wrote:',
  '> price?',
  '--b1--',
  '',
].join('\r\n');

describe('folding ranges', () => {
  let client: LspClient;
  before(async () => {
    client = await startServer();
  });
  after(() => client.stop());

  const fold = async (uri: string, text: string) => {
    await client.open(uri, text);
    const r = (await client.conn.sendRequest('textDocument/foldingRange', {
      textDocument: { uri },
    })) as FoldingRange[];
    return r.map((x) => [x.startLine, x.endLine, x.kind ?? '']);
  };

  test('a chat draft folds its front matter, multi-line messages and quoted blocks', async () => {
    assert.deepEqual(await fold('file:///drafts/fold.msg', CHAT), [
      [0, 3, 'region'],
      [4, 5, ''],
      [7, 8, 'comment'],
    ]);
  });

  test('an e-mail folds its header block, its MIME parts and the quoted thread', async () => {
    const ranges = await fold('file:///drafts/fold.eml', EMAIL);
    assert.deepEqual(ranges[0], [0, 3, 'imports']);
    assert.ok(
      ranges.some(([s, , k]) => s === 6 && k === 'region'),
      JSON.stringify(ranges),
    );
    assert.ok(
      ranges.some(([s, e, k]) => s === 10 && e === 11 && k === 'comment'),
      JSON.stringify(ranges),
    );
  });
});
