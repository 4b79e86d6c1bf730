/** `cordial check` and suppressions: allowed words, `overrides`, `--report-unused-disable`. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cordial, cordialJson, rc, rulesByFile, tempTree } from './helpers';

const DISABLED_MSG =
  '---\nto: Jac\ncordial: { disable: [tone/slang, tone/vague] }\n---\nthx for the order 😀\n';
const EML =
  'From: a@b.example\r\nTo: c@d.example\r\nSubject: Order 4500\r\nX-Cordial-Disable: tone/slang, tone/nope\r\n\r\nDear Jac, thx for the order.\r\n';
const slangOn = (extra: Record<string, unknown> = {}) =>
  rc({ 'tone/slang': 'warning', 'tone/vague': 'hint' }, extra);

describe('allowed words and overrides', () => {
  test('allowedWords silence the word in every draft the file applies to', () => {
    const root = tempTree({
      '.cordialrc.json': slangOn({ allowedWords: ['thx'] }),
      'a.msg': 'thx\n',
      'deep/b.eml': 'From: a@b.example\nSubject: Order\n\nDear Jac, thx.\n',
      'c.msg': 'lol\n',
    });
    const r = cordialJson(['check', '.'], root);
    assert.deepEqual(rulesByFile(r.json), { 'a.msg': [], 'c.msg': ['tone/slang'], 'deep/b.eml': [] });
  });

  test('overrides apply by pattern, relative to the configuration file; --rule still wins', () => {
    const root = tempTree({
      '.cordialrc.json': slangOn({
        overrides: [
          { files: ['vip/**/*.msg'], rules: { 'tone/slang': 'error' } },
          { files: '*.eml', excludedFiles: 'old/**', allowedWords: ['thx'] },
        ],
      }),
      'vip/x/a.msg': 'thx\n',
      'b.msg': 'thx\n',
      'c.eml': 'From: a@b.example\nSubject: Order\n\nDear Jac, thx.\n',
      'old/d.eml': 'From: a@b.example\nSubject: Order\n\nDear Jac, thx.\n',
    });
    const r = cordialJson(['check', '.'], root);
    assert.equal(r.status, 1);
    const severities = Object.fromEntries(r.json.map((f) => [f.file, f.diagnostics.map((d) => d.severity)]));
    assert.deepEqual(severities, {
      'b.msg': ['warning'],
      'c.eml': [],
      'old/d.eml': ['warning'],
      'vip/x/a.msg': ['error'],
    });
    const cli = cordialJson(['check', 'vip', '--rule', 'tone/slang=info'], root);
    assert.deepEqual(
      cli.json[0]!.diagnostics.map((d) => d.severity),
      ['info'],
    );
    assert.equal(cli.status, 0);
  });

  test('a bad override is a configuration error (exit 2) naming it', () => {
    const root = tempTree({
      '.cordialrc.json': slangOn({ overrides: [{ files: ['{a,b}'.repeat(12)] }, { rules: {} }] }),
      'a.msg': 'hi\n',
    });
    const r = cordial(['check', '.'], root);
    assert.equal(r.status, 2);
    assert.match(
      r.stderr,
      /^cordial: invalid configuration \.cordialrc\.json: overrides\[0\]\.files: pattern .*more than 256 alternatives; overrides\[1\] needs "files"/,
    );
  });
});

describe('--report-unused-disable', () => {
  test('off by default: nothing about suppressions', () => {
    const root = tempTree({ '.cordialrc.json': slangOn({ allowedWords: ['ACME'] }), 'a.msg': DISABLED_MSG });
    assert.deepEqual(rulesByFile(cordialJson(['check', '.'], root).json), { 'a.msg': [] });
  });

  test('reports disables that hide nothing at their entry, and unused allowed words on the config file, last', () => {
    const root = tempTree({
      '.cordialrc.json': slangOn({
        allowedWords: ['ACME', 'thx'],
        overrides: [{ files: ['vip/**'], allowedWords: ['lol'] }],
      }),
      'a.msg': DISABLED_MSG,
      'c.eml': EML,
    });
    const r = cordialJson(['check', '.', '--report-unused-disable'], root);
    assert.equal(r.status, 0);
    /** Each finding as the text it points at, read back from the file with its range. */
    const at = (
      file: string,
      range: { start: { line: number; character: number }; end: { line: number; character: number } },
    ) => {
      const lines = readFileSync(join(root, file), 'utf8').split(/\r\n|\n/);
      assert.equal(range.start.line, range.end.line);
      return lines[range.start.line]!.slice(range.start.character, range.end.character);
    };
    const rows = r.json.map((f) => [
      f.file,
      f.diagnostics.map((d) => [d.rule, d.severity, at(f.file, d.range)]),
    ]);
    assert.deepEqual(rows, [
      // `thx` is allowed for the workspace: the drafts' disables of tone/slang hide nothing more.
      [
        'a.msg',
        [
          ['format/unused-disable', 'warning', 'tone/slang'],
          ['format/unused-disable', 'warning', 'tone/vague'],
        ],
      ],
      [
        'c.eml',
        [
          ['format/unused-disable', 'warning', 'tone/slang'],
          ['format/unused-disable', 'warning', 'tone/nope'],
        ],
      ],
      [
        '.cordialrc.json',
        [
          ['format/unused-disable', 'warning', '"ACME"'],
          ['format/unused-disable', 'warning', '"lol"'],
        ],
      ],
    ]);
    const messages = r.json.flatMap((f) => f.diagnostics.map((d) => d.message));
    assert.ok(
      messages.includes(
        'tone/nope is not a Cordial rule, so disabling it hides nothing; check the spelling.',
      ),
    );
    assert.ok(
      messages.includes(
        'The allowed word “lol” matched nothing in the drafts checked; remove it from allowedWords.',
      ),
    );
  });

  test('a disable that hides a finding is not reported; nor is a word that silenced one', () => {
    const root = tempTree({
      '.cordialrc.json': slangOn({ allowedWords: ['lol'] }),
      'a.msg': DISABLED_MSG,
      'b.msg': 'lol\n',
    });
    const r = cordialJson(['check', '.', '--report-unused-disable'], root);
    assert.deepEqual(rulesByFile(r.json), { 'a.msg': ['format/unused-disable'], 'b.msg': [] });
    // The one report is tone/vague (there is no vague word); tone/slang hid `thx`.
    assert.match(r.json[0]!.diagnostics[0]!.message, /^tone\/vague /);
  });

  test('stylish output lists the config file last; the severity is configurable and counts for the exit status', () => {
    const root = tempTree({ '.cordialrc.json': slangOn({ allowedWords: ['ACME'] }), 'a.msg': 'Hello\n' });
    const r = cordial(['check', '.', '--report-unused-disable'], root);
    assert.equal(r.status, 0);
    assert.match(
      r.stdout,
      /\.cordialrc\.json\n {2}\d+:\d+ +warning +The allowed word “ACME” matched nothing/,
    );
    const strict = cordial(
      ['check', '.', '--report-unused-disable', '--rule', 'format/unused-disable=error'],
      root,
    );
    assert.equal(strict.status, 1);
    const off = cordialJson(
      ['check', '.', '--report-unused-disable', '--rule', 'format/unused-disable=off'],
      root,
    );
    assert.deepEqual(rulesByFile(off.json), { 'a.msg': [] });
    assert.equal(cordial(['check', '.', '--report-unused-disable', '--max-warnings', '0'], root).status, 1);
  });

  test('works with --fix and in Chinese', () => {
    const root = tempTree({
      '.cordialrc.json': slangOn(),
      'a.msg': '---\ncordial: { disable: [tone/vague] }\n---\nthx\n',
    });
    const r = cordialJson(['check', '.', '--fix', '--report-unused-disable', '--locale', 'zh'], root);
    assert.equal(
      readFileSync(join(root, 'a.msg'), 'utf8'),
      '---\ncordial: { disable: [tone/vague] }\n---\nThanks\n',
    );
    assert.deepEqual(rulesByFile(r.json), { 'a.msg': ['format/unused-disable'] });
    assert.match(r.json[0]!.diagnostics[0]!.message, /本草稿关闭了 tone\/vague/);
  });

  test('--help mentions it', () => {
    assert.match(cordial(['--help'], process.cwd()).stdout, /--report-unused-disable/);
  });
});
