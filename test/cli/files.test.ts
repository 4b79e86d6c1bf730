import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { BAD, BROKEN_FRONT_MATTER, bytes, cordial, cordialJson, OLE, rulesByFile, tempTree } from './helpers';

describe('cordial check: finding drafts', () => {
  const root = tempTree({
    'b.msg': 'Hello\n',
    'a.eml': 'Subject: hi\n\nHello\n',
    'notes.txt': 'not a draft',
    'sub/z.msg': 'Hello\n',
    'sub/deeper/y.MSG': 'Hello\n',
    'sub/A.msg': 'Hello\n',
    'node_modules/pkg/x.msg': 'Hello\n',
    '.git/x.msg': 'Hello\n',
    '.hidden/x.msg': 'Hello\n',
    '.dotfile.msg': 'Hello\n',
    'empty/readme.md': '# nothing here',
  });

  test('folders are searched recursively for .msg and .eml, in sorted order; skipped folders stay skipped', () => {
    const r = cordialJson(['check', '.'], root);
    assert.deepEqual(
      r.json.map((f) => f.file),
      ['a.eml', 'b.msg', 'sub/A.msg', 'sub/deeper/y.MSG', 'sub/z.msg'],
    );
  });

  test('no path means the current folder', () => {
    assert.deepEqual(
      cordialJson(['check'], root).json.map((f) => f.file),
      cordialJson(['check', '.'], root).json.map((f) => f.file),
    );
  });

  test('paths keep their order, each file once; paths are relative to the working folder with /', () => {
    const r = cordialJson(['check', 'sub/z.msg', 'b.msg', 'sub', './b.msg', join(root, 'a.eml')], root);
    assert.deepEqual(
      r.json.map((f) => f.file),
      ['sub/z.msg', 'b.msg', 'sub/A.msg', 'sub/deeper/y.MSG', 'a.eml'],
    );
    const inner = cordialJson(['check', '../b.msg', 'z.msg'], join(root, 'sub'));
    assert.deepEqual(
      inner.json.map((f) => f.file),
      ['../b.msg', 'z.msg'],
    );
  });

  test('a folder, or a file named explicitly, inside a skipped folder is checked', () => {
    assert.deepEqual(
      cordialJson(['check', '.hidden'], root).json.map((f) => f.file),
      ['.hidden/x.msg'],
    );
    assert.deepEqual(
      cordialJson(['check', 'node_modules/pkg/x.msg'], root).json.map((f) => f.file),
      ['node_modules/pkg/x.msg'],
    );
  });

  test('a folder without drafts is a usage error', () => {
    const r = cordial(['check', 'empty'], root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no \.msg or \.eml files in empty/);
  });

  test('a linked folder that leads back up the tree is searched once', () => {
    const dir = tempTree({ 'd/a.msg': 'Hello\n' });
    symlinkSync('..', join(dir, 'd', 'up'));
    const r = cordialJson(['check', '.'], dir);
    assert.equal(r.status, 0);
    assert.deepEqual(
      r.json.map((f) => f.file),
      ['d/a.msg'],
    );
  });
});

describe('cordial check: a file that cannot be read or parsed never stops the run', () => {
  const root = tempTree({
    '1-outlook.msg': OLE,
    '2-broken.msg': BROKEN_FRONT_MATTER,
    '4-warn.msg': bytes('Hello ', BAD, '\n'),
    '5-binary.msg': bytes('Hello\0\0\0'),
    '6-clean.msg': 'Hello\n',
  });
  symlinkSync('does-not-exist.msg', join(root, '3-dangling.msg'));
  mkdirSync(join(root, '3-folder.msg'));
  writeFileSync(join(root, '3-folder.msg', 'inner.txt'), 'x');

  test('each problem is a finding on its file; the other files keep theirs', () => {
    const r = cordialJson(['check', '.'], root);
    assert.equal(r.status, 1);
    assert.deepEqual(rulesByFile(r.json), {
      '1-outlook.msg': ['format/outlook-binary'],
      '2-broken.msg': ['format/front-matter'],
      '3-dangling.msg': ['format/unreadable'],
      '3-folder.msg': ['format/unreadable'],
      '4-warn.msg': ['format/encoding'],
      '5-binary.msg': ['format/binary'],
      '6-clean.msg': [],
    });
    const unreadable = r.json.find((f) => f.file === '3-dangling.msg')!.diagnostics[0]!;
    assert.equal(unreadable.severity, 'error');
    assert.match(unreadable.message, /Cannot read this file: file not found/);
    assert.deepEqual(unreadable.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(r.json.find((f) => f.file === '3-folder.msg')!.diagnostics[0]!.message, /it is a folder/);
  });

  test('the unreadable finding is localized and configurable', () => {
    const zh = cordialJson(['check', '3-dangling.msg', '--locale', 'zh'], root);
    assert.match(zh.json[0]!.diagnostics[0]!.message, /无法读取此文件：文件不存在/);
    const off = cordialJson(['check', '3-dangling.msg', '--rule', 'format/unreadable=off'], root);
    assert.equal(off.status, 0);
    assert.deepEqual(off.json, [{ file: '3-dangling.msg', context: null, diagnostics: [] }]);
  });

  test('stylish output lists every file with problems', () => {
    const r = cordial(['check', '.'], root);
    for (const name of [
      '1-outlook.msg',
      '2-broken.msg',
      '3-dangling.msg',
      '3-folder.msg',
      '4-warn.msg',
      '5-binary.msg',
    ])
      assert.ok(r.stdout.includes(`\n${name}\n`), name);
    assert.ok(!r.stdout.includes('6-clean.msg'));
    assert.match(r.stdout, /✖ 6 problems \(5 errors, 1 warning, 0 infos\)/);
  });
});

describe('cordial check: files larger than the bound', () => {
  test('a file over 20 MB is reported (format/unreadable, tooLarge) and its first 20 MB checked', () => {
    const line = 'Hello, this is a long line of a draft.\n';
    const big = line.repeat(Math.ceil((21 * 1024 * 1024) / line.length));
    const root = tempTree({ 'big.msg': bytes(big, BAD, '\n'), 'small.msg': bytes('x', BAD) });
    const r = cordialJson(['check', '.'], root);
    assert.equal(r.status, 1);
    const [bigFile, small] = r.json;
    assert.equal(bigFile!.file, 'big.msg');
    // The bad byte lies beyond the bound: not seen. Only the size is reported.
    assert.deepEqual(
      bigFile!.diagnostics.map((d) => d.rule),
      ['format/unreadable'],
    );
    assert.match(
      bigFile!.diagnostics[0]!.message,
      /^The file is 21\.\d MB; only the first 20 MB were checked\.$/,
    );
    assert.deepEqual(
      small!.diagnostics.map((d) => d.rule),
      ['format/encoding'],
    );
  });
});

describe('cordial check: progress', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 25; i++) files[`d${String(i).padStart(2, '0')}.msg`] = 'Hello\n';
  const root = tempTree(files);

  test('piped output carries no progress on stderr', () => {
    const r = cordial(['check', '.'], root);
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, '');
    const j = cordial(['check', '.', '--format', 'json'], root);
    assert.equal(j.stderr, '');
    assert.equal((JSON.parse(j.stdout) as unknown[]).length, 25);
  });
});
