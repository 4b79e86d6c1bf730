import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type LspClient, startServer } from './harness';

// A quoted-printable body and a base64 subject: the file shows only `=E4=B8=89…`.
const QP = [
  'From: Lin <lin@a.example>',
  'To: Jac Chen <jac@b.example>',
  'Subject: =?UTF-8?B?5oql5Lu3?=',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '=E9=99=88=E6=80=BB=EF=BC=8C=E6=82=A8=E5=A5=BD=EF=BC=81 =F0=9F=98=80',
  '',
  '=E6=88=91=E4=BB=AC=E7=9A=84=E4=BC=98=E5=8A=BF=E6=9C=89=E4=B8=89=E7=82=B9=EF=BC=9A',
  '1. =E4=BB=B7=E6=A0=BC=E4=BD=8E',
  '2. =E4=BA=A4=E6=9C=9F=E5=BF=AB',
  '',
].join('\r\n');

interface Decoded {
  text: string;
  diagnostics: {
    code: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
  }[];
}

describe('cordial/decoded (Show Decoded Text)', () => {
  let client: LspClient;
  before(async () => {
    client = await startServer({ locale: 'zh-cn' });
  });
  after(() => client.stop());

  test('decodes the headers and a quoted-printable body, and puts each finding on the decoded words', async () => {
    const uri = 'file:///drafts/qp.eml';
    await client.open(uri, QP);
    await client.diagnostics(uri, 1);
    const r = (await client.conn.sendRequest('cordial/decoded', { uri })) as Decoded;
    const lines = r.text.split('\r\n');
    assert.ok(lines.includes('Subject: 报价'), r.text);
    assert.ok(lines.includes('陈总，您好！ 😀'), r.text);
    assert.ok(lines.includes('我们的优势有三点：'), r.text);
    assert.doesNotMatch(r.text, /=E4/);
    const count = r.diagnostics.find((d) => d.code === 'structure/count-mismatch');
    assert.ok(count, JSON.stringify(r.diagnostics.map((d) => d.code)));
    const { start, end } = count.range;
    assert.equal(start.line, end.line);
    assert.equal(lines[start.line]!.slice(start.character, end.character), '三点');
  });

  test('answers null for a chat draft', async () => {
    const uri = 'file:///drafts/not-eml.msg';
    await client.open(uri, 'Hello\n');
    assert.equal(await client.conn.sendRequest('cordial/decoded', { uri }), null);
  });
});
