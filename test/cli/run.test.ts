// In-process tests of the command (server/src/cli/run.ts) for what a spawned, piped process
// cannot show: a terminal (progress, colours), a parser that throws, and findings with fixes
// whatever rules exist today.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CheckDeps } from '../../server/src/cli/check';
import { width } from '../../server/src/cli/format/stylish';
import { cutAtLineBreak, formatSize } from '../../server/src/cli/read';
import { type Finding, LineIndex, lint } from '../../server/src/core';
import { BAD, bytes, runIn, tempTree } from './helpers';

/** A finding of an existing rule with a fix, to test fix output independently of the rules being written. */
function fakeFinding(start: number, end: number, newText: string): Finding {
  return {
    ruleId: 'format/encoding',
    messageId: 'invalidUtf8',
    severity: 'error',
    message: 'Promise three, give two.',
    start,
    end,
    exact: true,
    fixes: [{ title: `Say ${newText}`, edits: [{ start, end, newText }] }],
    related: [],
    explanation: '',
    docUrl: '',
  };
}

const fixingDeps: CheckDeps = {
  lint: (input) => {
    const text = Buffer.from(input.bytes!).toString('utf8');
    const i = text.indexOf('three');
    return { draft: { lines: new LineIndex(text) }, findings: i < 0 ? [] : [fakeFinding(i, i + 5, 'two')] };
  },
  fixAll: (text) => ({ output: text, applied: 0, passes: 0, remaining: [] }),
};

describe('run(): a terminal', () => {
  const files: Record<string, Buffer> = {};
  for (let i = 0; i < 21; i++) files[`d${String(i).padStart(2, '0')}.msg`] = bytes('x', BAD);
  const root = tempTree(files);

  test('progress on stderr when it is a terminal and more than 20 files are checked; cleared at the end', async () => {
    const r = await runIn(root, ['check', '.', '--format', 'json'], { stderrIsTTY: true });
    assert.equal(r.status, 0);
    assert.match(r.stderr, /\r\u001b\[Kcordial: 1\/21 d00\.msg/);
    assert.match(r.stderr, /cordial: 21\/21 d20\.msg/);
    assert.ok(r.stderr.endsWith('\r\u001b[K'));
    assert.equal((JSON.parse(r.stdout) as unknown[]).length, 21);
  });

  test('no progress for 20 files or fewer, nor when stderr is not a terminal', async () => {
    assert.equal((await runIn(root, ['check', 'd00.msg', 'd01.msg'], { stderrIsTTY: true })).stderr, '');
    assert.equal((await runIn(root, ['check', '.'])).stderr, '');
  });

  test('colours on a terminal unless NO_COLOR is set', async () => {
    const tty = await runIn(root, ['check', 'd00.msg'], { stdoutIsTTY: true });
    assert.match(tty.stdout, /\u001b\[33mwarning\u001b\[39m/);
    const noColor = await runIn(root, ['check', 'd00.msg'], { stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    assert.ok(!noColor.stdout.includes('\u001b['));
    assert.equal(noColor.stdout, (await runIn(root, ['check', 'd00.msg'])).stdout);
  });
});

describe('run(): a parser that throws', () => {
  test('is reported as format/unreadable with the error on that file; the others keep their findings', async () => {
    const root = tempTree({ 'a.msg': bytes('x', BAD), 'boom.msg': 'Hello\n', 'c.msg': bytes('y', BAD) });
    const deps: CheckDeps = {
      lint: (input, request) => {
        if (Buffer.from(input.bytes!).toString('utf8').startsWith('Hello'))
          throw new RangeError('parser exploded');
        return lint(input, request);
      },
      fixAll: () => {
        throw new Error('not used');
      },
    };
    const r = await runIn(root, ['check', '.', '--format', 'json'], { deps });
    assert.equal(r.status, 1);
    const json = JSON.parse(r.stdout) as { file: string; diagnostics: { rule: string; message: string }[] }[];
    assert.deepEqual(
      json.map((f) => [f.file, f.diagnostics.map((d) => d.rule)]),
      [
        ['a.msg', ['format/encoding']],
        ['boom.msg', ['format/unreadable']],
        ['c.msg', ['format/encoding']],
      ],
    );
    assert.equal(json[1]!.diagnostics[0]!.message, 'Cannot read this file: parser exploded');
  });

  test('a throwing fixer leaves the file alone and is reported', async () => {
    const root = tempTree({ 'a.msg': 'Hello\n' });
    const deps: CheckDeps = {
      lint,
      fixAll: () => {
        throw new Error('fixer exploded');
      },
    };
    const r = await runIn(root, ['check', '.', '--fix', '--format', 'json'], { deps });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /Cannot read this file: fixer exploded/);
  });
});

describe('run(): findings with fixes, in every format', () => {
  const root = tempTree({ 'a.msg': '😀\r\nsay three points\r\n' });

  test('json: fixes with title and edits in zero-based UTF-16 positions', async () => {
    const r = await runIn(root, ['check', 'a.msg', '--format', 'json'], { deps: fixingDeps });
    const [file] = JSON.parse(r.stdout) as { diagnostics: unknown[] }[];
    const range = { start: { line: 1, character: 4 }, end: { line: 1, character: 9 } };
    assert.deepEqual(file!.diagnostics, [
      {
        rule: 'format/encoding',
        severity: 'error',
        message: 'Promise three, give two.',
        range,
        fixes: [{ title: 'Say two', edits: [{ range, newText: 'two' }] }],
      },
    ]);
  });

  test('sarif: fixes as artifactChanges with one-based deletedRegion and insertedContent', async () => {
    const r = await runIn(root, ['check', 'a.msg', '--format', 'sarif'], { deps: fixingDeps });
    const result = (JSON.parse(r.stdout) as { runs: { results: { fixes: unknown }[] }[] }).runs[0]!
      .results[0]!;
    assert.deepEqual(result.fixes, [
      {
        description: { text: 'Say two' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'a.msg', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 10 },
                insertedContent: { text: 'two' },
              },
            ],
          },
        ],
      },
    ]);
  });

  test('stylish: says how many problems --fix can fix, in both languages', async () => {
    const en = await runIn(root, ['check', 'a.msg'], { deps: fixingDeps });
    assert.match(en.stdout, /\n {2}2:5 {2}error {2}Promise three, give two\. {2}format\/encoding\n/);
    assert.match(
      en.stdout,
      /✖ 1 problem \(1 error, 0 warnings, 0 infos\)\n {2}1 problem potentially fixable with the `--fix` option\./,
    );
    const zh = await runIn(root, ['check', 'a.msg', '--locale', 'zh'], { deps: fixingDeps });
    assert.match(zh.stdout, /其中 1 个可以用 `--fix` 选项自动修复。/);
  });
});

describe('cli helpers', () => {
  test('cutAtLineBreak keeps whole lines, else whole UTF-8 characters', () => {
    assert.deepEqual([...cutAtLineBreak(bytes('ab\ncd'))], [...bytes('ab\n')]);
    assert.deepEqual([...cutAtLineBreak(bytes('ab\r\ncd'))], [...bytes('ab\r\n')]);
    const zh = bytes('价格');
    assert.deepEqual([...cutAtLineBreak(zh.subarray(0, 5))], [...bytes('价')]);
    assert.deepEqual([...cutAtLineBreak(zh.subarray(0, 6))], [...zh]);
    assert.deepEqual([...cutAtLineBreak(bytes('a😀').subarray(0, 3))], [...bytes('a')]);
  });

  test('formatSize', () => {
    assert.equal(formatSize(20 * 1024 * 1024), '20 MB');
    assert.equal(formatSize(Math.round(21.44 * 1024 * 1024)), '21.4 MB');
    assert.equal(formatSize(2048), '2.0 KB');
  });

  test('display width counts CJK and emoji as two columns', () => {
    assert.equal(width('abc'), 3);
    assert.equal(width('价格'), 4);
    assert.equal(width('a😀'), 3);
  });
});
