import assert from 'node:assert/strict';
import { lstatSync, readFileSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { type CordialConfig, fixAll, LineIndex, resolveConfig } from '../../server/src/core';
import {
  BAD,
  BROKEN_FRONT_MATTER,
  bytes,
  cordial,
  cordialJson,
  type JsonFile,
  rc,
  tempTree,
} from './helpers';

const COUNT = 'structure/count-mismatch';

/** The configuration of an `rc()` text, as the CLI resolves it. */
const configOf = (rcText: string) => resolveConfig(JSON.parse(rcText) as CordialConfig);

/**
 * What `--fix` must write: the BOM if there was one, then the core's `fixAll` output, as UTF-8 —
 * and, whatever the rules, every byte before the first and after the last edited span unchanged.
 */
function checkFixWriter(before: Buffer, after: Buffer, report: JsonFile, rcText: string) {
  const bom = before.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
  const text = before.subarray(bom ? 3 : 0).toString('utf8');
  const expected = fixAll(text, 'msg', { config: configOf(rcText), locale: 'en' }).output;
  assert.equal(after.toString('utf8'), (bom ? '\uFEFF' : '') + expected);
  const lines = new LineIndex(text);
  const edits = report.diagnostics.flatMap((d) => d.fixes[0]?.edits ?? []);
  if (edits.length === 0) {
    assert.ok(after.equals(before), 'no fix offered: the file is byte-identical');
    return;
  }
  const first = Math.min(...edits.map((e) => lines.offsetAt(e.range.start)));
  const last = Math.max(...edits.map((e) => lines.offsetAt(e.range.end)));
  const head = Buffer.from((bom ? '\uFEFF' : '') + text.slice(0, first), 'utf8');
  const tail = Buffer.from(text.slice(last), 'utf8');
  assert.ok(after.subarray(0, head.length).equals(head), 'bytes before the first fixed span unchanged');
  assert.ok(
    after.subarray(after.length - tail.length).equals(tail),
    'bytes after the last fixed span unchanged',
  );
}

describe('--fix', () => {
  const countRc = rc({ [COUNT]: 'error' });

  test('writes exactly the fixed text; bytes outside the fixed spans, a BOM and CRLF line breaks are kept', () => {
    const files = {
      'lf.msg': bytes('说三点：\n1. a\n2. b\n'),
      'crlf-bom.msg': bytes('\uFEFF说三点：\r\n1. 价格😀\r\n2. 交期\r\n'),
      'plain.msg': bytes('Hello 😀\r\nsee you\r\n'),
    };
    const root = tempTree({ '.cordialrc.json': countRc, ...files });
    const report = cordialJson(['check', '.'], root).json;
    const r = cordial(['check', '.', '--fix'], root);
    assert.notEqual(r.status, 2, r.stderr);
    for (const [name, before] of Object.entries(files)) {
      const after = readFileSync(join(root, name));
      checkFixWriter(before, after, report.find((f) => f.file === name)!, countRc);
      if (name === 'crlf-bom.msg') {
        assert.ok(after.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'BOM kept');
        assert.doesNotMatch(after.toString('utf8'), /[^\r]\n/, 'no bare LF introduced');
      }
    }
    assert.ok(readFileSync(join(root, 'plain.msg')).equals(files['plain.msg']));
  });

  test('fixes a promised count that the list does not keep (说三点 with two items)', () => {
    const before = bytes('说三点：\n1. a\n2. b');
    const root = tempTree({ '.cordialrc.json': countRc, 'a.msg': before });
    const report = cordialJson(['check', 'a.msg'], root);
    assert.ok(
      report.json[0]!.diagnostics.some((d) => d.rule === COUNT && d.fixes.length > 0),
      `${COUNT} offers a fix`,
    );
    const r = cordialJson(['check', 'a.msg', '--fix'], root);
    const after = readFileSync(join(root, 'a.msg'));
    assert.ok(!after.equals(before), 'the file was fixed');
    checkFixWriter(before, after, report.json[0]!, countRc);
    assert.ok(
      !r.json[0]!.diagnostics.some((d) => d.rule === COUNT),
      'the fixed finding is no longer reported',
    );
    const again = cordial(['check', 'a.msg', '--fix'], root);
    assert.equal(again.status, 0);
    assert.ok(readFileSync(join(root, 'a.msg')).equals(after), 'fixing again changes nothing');
  });

  test('a file without fixes is not written at all', () => {
    const root = tempTree({ 'a.msg': 'Hello\n', 'b.msg': BROKEN_FRONT_MATTER });
    const old = new Date('2001-02-03T04:05:06Z');
    for (const f of ['a.msg', 'b.msg']) utimesSync(join(root, f), old, old);
    const r = cordialJson(['check', '.', '--fix'], root);
    for (const f of ['a.msg', 'b.msg']) assert.equal(statSync(join(root, f)).mtimeMs, old.getTime(), f);
    assert.equal(r.status, 1, 'what remains is reported');
    assert.deepEqual(
      r.json.map((f) => f.diagnostics.map((d) => d.rule)),
      [[], ['format/front-matter']],
    );
  });

  test('a file that is not valid UTF-8 is left alone, and the run says so', () => {
    const before = bytes('说三点：\n1. a\n2. b', BAD, '\n');
    const root = tempTree({ '.cordialrc.json': countRc, 'bad.msg': before, 'ok.msg': 'Hello\n' });
    const r = cordialJson(['check', '.', '--fix'], root);
    assert.ok(readFileSync(join(root, 'bad.msg')).equals(before));
    assert.match(r.stderr, /^cordial: bad\.msg: not valid UTF-8; left unchanged \(not fixed\)\n$/);
    assert.ok(r.json[0]!.diagnostics.some((d) => d.rule === 'format/encoding'));
    assert.deepEqual(
      r.json.map((f) => f.file),
      ['bad.msg', 'ok.msg'],
    );
  });

  test('an unreadable file is reported, not written, and the run goes on', () => {
    const root = tempTree({ 'a.msg': BROKEN_FRONT_MATTER });
    symlinkSync('nowhere.msg', join(root, 'b.msg'));
    const r = cordialJson(['check', '.', '--fix'], root);
    assert.equal(r.status, 1);
    assert.deepEqual(
      r.json.map((f) => [f.file, f.diagnostics.map((d) => d.rule)]),
      [
        ['a.msg', ['format/front-matter']],
        ['b.msg', ['format/unreadable']],
      ],
    );
    assert.throws(() => lstatSync(join(root, 'nowhere.msg')));
  });
});
