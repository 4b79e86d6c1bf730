/**
 * The real server over stdio under 10,000 random incremental edits: at every checkpoint the
 * diagnostics it publishes for the latest version are those of a fresh `lint()` of the same
 * text. Edits arrive in batches (several changes per `didChange`, as an editor sends while one
 * types), so the debounce coalesces them; checkpoints wait for the version's publication.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { draft, rng } from '../../bench/corpus';
import { lint } from '../../server/src/core';
import { coreView, toDiagnostic } from '../../server/src/lsp/convert';
import { type LspClient, startServer } from '../lsp/harness';

const EDITS = Number(process.env.CORDIAL_LSP_EDITS ?? 10_000);
const PER_CHANGE = 8; // changes per didChange notification
const CHECKPOINT = 400; // edits between two comparisons

const INSERTS = [
  'a',
  ' ',
  '好',
  '，',
  '。',
  '!',
  '\n',
  '\r\n',
  '\n\n',
  '😀',
  '👩‍👩‍👧',
  'e\u0301',
  '\u200b',
  '绝对',
  '在吗',
  'ASAP',
  'pls',
  '[语音 75秒]',
  '> ',
  '1. ',
  'https://example.com/x',
  'We are the best factory in the world.',
  '我们的价格是全网最低。',
];

interface Position {
  line: number;
  character: number;
}

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let start = 0;
  const re = /\r\n?|\n/g;
  for (let m = re.exec(text); m && m.index + m[0].length <= offset; m = re.exec(text)) {
    line++;
    start = m.index + m[0].length;
  }
  return { line, character: offset - start };
}

/** An editor never puts a position between CR and LF (an LSP position cannot name it): step before the CR. */
function notInCrlf(text: string, offset: number): number {
  return text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
}

/** What the server should publish for `text`: the diagnostics of a fresh lint, as the server converts them. */
function expected(uri: string, languageId: string, version: number, text: string) {
  const doc = TextDocument.create(uri, languageId, version, text);
  const view = coreView(doc);
  const kind = languageId === 'cordial-eml' ? 'eml' : 'msg';
  return lint({ kind, text: view.text }).findings.map((f, i) => toDiagnostic(view, f, i, version));
}

const shape = (ds: readonly { range: unknown; code?: unknown; message: unknown; severity?: unknown }[]) =>
  ds.map((d) => JSON.stringify([d.range, d.code, d.severity, d.message]));

describe('language server under random incremental edits', () => {
  let client: LspClient;
  before(async () => {
    client = await startServer();
  });
  after(async () => {
    await client?.stop();
  });

  test(`${EDITS} random edits keep the diagnostics equal to a fresh lint`, { timeout: 300_000 }, async () => {
    const r = rng(2026);
    const docs = (['msg', 'eml'] as const).map((kind) => ({
      uri: `file:///robustness/random.${kind}`,
      languageId: kind === 'eml' ? 'cordial-eml' : 'cordial-msg',
      text: draft(r, { kind, bytes: 2500, lang: 'mixed', crlf: kind === 'eml' }),
      version: 1,
    }));
    for (const d of docs) {
      await client.open(d.uri, d.text, d.languageId, 1);
      await client.diagnostics(d.uri, 1);
    }
    let checkpoints = 0;
    for (let done = 0; done < EDITS; ) {
      const d = docs[Math.floor(done / CHECKPOINT) % docs.length]!;
      const until = Math.min(EDITS, done + CHECKPOINT);
      while (done < until) {
        const changes = [];
        for (let k = 0; k < PER_CHANGE && done < until; k++, done++) {
          const len = d.text.length;
          const start = notInCrlf(d.text, Math.floor(r() * (len + 1)));
          // Keep the draft between ~1 and ~6 KB: delete more as it grows.
          const del = r() < (len > 6000 ? 0.8 : len < 1000 ? 0.1 : 0.45);
          const end = del ? notInCrlf(d.text, Math.min(len, start + 1 + Math.floor(r() * 40))) : start;
          const insert = del && r() < 0.5 ? '' : INSERTS[Math.floor(r() * INSERTS.length)]!;
          changes.push({
            range: { start: positionAt(d.text, start), end: positionAt(d.text, end) },
            text: insert,
          });
          d.text = d.text.slice(0, start) + insert + d.text.slice(end);
        }
        d.version++;
        await client.change(d.uri, d.version, changes);
      }
      const got = await client.diagnostics(d.uri, d.version, 0, 30_000);
      assert.deepEqual(
        shape(got),
        shape(expected(d.uri, d.languageId, d.version, d.text)),
        `checkpoint ${checkpoints} (after ${done} edits, version ${d.version})`,
      );
      checkpoints++;
    }
    assert.ok(checkpoints >= EDITS / CHECKPOINT - 1);
  });
});
