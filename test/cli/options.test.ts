import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { BAD, BROKEN_FRONT_MATTER, bytes, cordial, cordialJson, rc, tempTree } from './helpers';

const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };

describe('cordial: help, version and usage errors', () => {
  const root = tempTree({ 'a.msg': 'Hello\n' });

  test('--help prints usage on stdout and exits 0', () => {
    for (const args of [['--help'], ['check', '--help'], ['-h']]) {
      const r = cordial(args, root);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /Usage: cordial check/);
      for (const opt of [
        '--format',
        '--fix',
        '--config',
        '--rule',
        '--max-warnings',
        '--quiet',
        '--locale',
        '--stdin-filename',
      ])
        assert.ok(r.stdout.includes(opt), `help mentions ${opt}`);
      assert.equal(r.stderr, '');
    }
  });

  test('--help follows the locale of the environment', () => {
    const r = cordial(['--help'], root, { env: { LANG: 'zh_CN.UTF-8' } });
    assert.match(r.stdout, /用法：cordial check/);
  });

  test('--version prints the package version', () => {
    const r = cordial(['--version'], root);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `${pkg.version}\n`);
  });

  const usage: [string, string[], RegExp][] = [
    ['no command', [], /missing command/],
    ['unknown command', ['lint', 'a.msg'], /unknown command "lint"/],
    ['unknown option', ['check', '--frobnicate'], /unknown option --frobnicate/],
    ['unknown format', ['check', '--format', 'xml', 'a.msg'], /--format must be one of stylish, json, sarif/],
    ['option without value', ['check', 'a.msg', '--format'], /--format needs a value/],
    ['flag with a value', ['check', '--fix=yes', 'a.msg'], /--fix takes no value/],
    ['unknown rule', ['check', '--rule', 'style/nope=error', 'a.msg'], /unknown rule "style\/nope"/],
    ['unknown severity', ['check', '--rule', 'format/encoding=fatal', 'a.msg'], /severity must be one of/],
    ['malformed --rule', ['check', '--rule', 'format/encoding', 'a.msg'], /ID=SEVERITY/],
    [
      'bad --max-warnings',
      ['check', '--max-warnings', '-1', 'a.msg'],
      /--max-warnings expects a non-negative integer/,
    ],
    ['bad --locale', ['check', '--locale', 'fr', 'a.msg'], /--locale must be en, zh or zh-tw/],
    ['missing path', ['check', 'missing.msg'], /no such file: missing\.msg/],
    ['missing folder', ['check', 'nowhere'], /no such file or folder: nowhere/],
    ['not a draft', ['check', '.cordialrc.json'], /not a \.msg or \.eml file: \.cordialrc\.json/],
    ['stdin without a name', ['check', '-'], /needs --stdin-filename/],
    ['stdin name of another kind', ['check', '-', '--stdin-filename', 'x.txt'], /must end in \.msg or \.eml/],
    ['stdin name without stdin', ['check', 'a.msg', '--stdin-filename', 'x.msg'], /only used with -/],
    [
      '--fix with stdin',
      ['check', '-', '--stdin-filename', 'x.msg', '--fix'],
      /--fix cannot be used with standard input/,
    ],
  ];
  for (const [name, args, message] of usage)
    test(`exit 2 on ${name}, one line on stderr, nothing on stdout`, () => {
      const r = cordial(args, root);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /^cordial: [^\n]+\n$/);
      assert.equal(r.stdout, '');
    });
});

describe('cordial check: exit status and severities', () => {
  const root = tempTree({
    'clean.msg': 'Hello\n',
    'warn.msg': bytes('Hello ', BAD, '\n'),
    'error.msg': BROKEN_FRONT_MATTER,
  });

  test('0 when no finding', () => {
    const r = cordial(['check', 'clean.msg'], root);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
  });

  test('0 with warnings only, 1 with an error', () => {
    assert.equal(cordial(['check', 'warn.msg'], root).status, 0);
    assert.equal(cordial(['check', 'error.msg'], root).status, 1);
    assert.equal(cordial(['check', 'clean.msg', 'warn.msg', 'error.msg'], root).status, 1);
  });

  test('--max-warnings N: exit 1 only when warnings exceed N', () => {
    const over = cordial(['check', 'warn.msg', '--max-warnings', '0'], root);
    assert.equal(over.status, 1);
    assert.match(over.stderr, /too many warnings \(maximum: 0\)/);
    assert.equal(cordial(['check', 'warn.msg', '--max-warnings', '1'], root).status, 0);
    assert.equal(cordial(['check', 'warn.msg', '--max-warnings=1'], root).status, 0);
    assert.equal(cordial(['check', 'clean.msg', '--max-warnings', '0'], root).status, 0);
  });

  test('--quiet reports errors only (and warnings still count for --max-warnings)', () => {
    const q = cordialJson(['check', 'warn.msg', 'error.msg', '--quiet'], root);
    assert.equal(q.status, 1);
    assert.deepEqual(
      q.json.map((f) => [f.file, f.diagnostics.map((d) => d.severity)]),
      [
        ['warn.msg', []],
        ['error.msg', ['error']],
      ],
    );
    const s = cordial(['check', 'warn.msg', '-q'], root);
    assert.equal(s.status, 0);
    assert.equal(s.stdout, '');
    assert.equal(cordial(['check', 'warn.msg', '--quiet', '--max-warnings', '0'], root).status, 1);
  });

  test('--rule ID=SEVERITY overrides the default and the configuration; repeatable', () => {
    const up = cordialJson(['check', 'warn.msg', '--rule', 'format/encoding=error'], root);
    assert.equal(up.status, 1);
    assert.equal(up.json[0]!.diagnostics[0]!.severity, 'error');

    const off = cordialJson(
      ['check', 'warn.msg', 'error.msg', '--rule', 'format/encoding=off', '--rule=format/front-matter=info'],
      root,
    );
    assert.equal(off.status, 0);
    assert.deepEqual(
      off.json.map((f) => f.diagnostics.map((d) => `${d.rule}:${d.severity}`)),
      [[], ['format/front-matter:info']],
    );

    for (const sev of ['hint', 'info', 'warning', 'error'])
      assert.equal(
        cordialJson(['check', 'warn.msg', '--rule', `format/encoding=${sev}`], root).json[0]!.diagnostics[0]!
          .severity,
        sev,
      );
  });

  test('--rule beats a configuration file that switches the rule off', () => {
    const dir = tempTree({ '.cordialrc.json': rc({ 'format/encoding': 'off' }), 'w.msg': bytes(BAD) });
    assert.equal(cordialJson(['check', 'w.msg'], dir).json[0]!.diagnostics.length, 0);
    const r = cordialJson(['check', 'w.msg', '--rule', 'format/encoding=error'], dir);
    assert.equal(r.status, 1);
    assert.equal(r.json[0]!.diagnostics[0]!.rule, 'format/encoding');
  });
});

describe('cordial check: --locale', () => {
  const root = tempTree({ 'warn.msg': bytes(BAD, '\n') });
  const message = (args: string[], env: Record<string, string> = {}) =>
    cordialJson(['check', 'warn.msg', ...args], root, { env }).json[0]!.diagnostics[0]!.message;

  test('English by default, Chinese for a zh locale in the environment', () => {
    assert.match(message([]), /not valid UTF-8/);
    assert.match(message([], { LANG: 'zh_CN.UTF-8' }), /不是合法的 UTF-8/);
    assert.match(message([], { LC_MESSAGES: 'zh_TW' }), /不是合法的 UTF-8/);
    assert.match(message([], { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' }), /not valid UTF-8/);
  });

  test('--locale wins over the environment', () => {
    assert.match(message(['--locale', 'en'], { LANG: 'zh_CN.UTF-8' }), /not valid UTF-8/);
    assert.match(message(['--locale', 'zh']), /不是合法的 UTF-8/);
  });

  test('stylish output is localized, summary included', () => {
    const zh = cordial(['check', 'warn.msg', '--locale', 'zh'], root);
    assert.match(zh.stdout, /警告/);
    assert.match(zh.stdout, /✖ 1 个问题（0 个错误，1 个警告，0 个提示）/);
    const en = cordial(['check', 'warn.msg', '--locale', 'en'], root);
    assert.match(en.stdout, /✖ 1 problem \(0 errors, 1 warning, 0 infos\)/);
  });
});

describe('cordial check -: standard input', () => {
  const root = tempTree({ 'sub/.cordialrc.json': rc({ 'format/encoding': 'error' }) });

  test('lints standard input under the given name, kind from the extension', () => {
    const r = cordialJson(['check', '-', '--stdin-filename', 'drafts/x.msg'], root, {
      input: bytes('Hi ', BAD, '\n'),
    });
    assert.equal(r.status, 0);
    assert.deepEqual(
      r.json.map((f) => f.file),
      ['drafts/x.msg'],
    );
    assert.equal(r.json[0]!.diagnostics[0]!.rule, 'format/encoding');
    assert.deepEqual(r.json[0]!.diagnostics[0]!.range.start, { line: 0, character: 3 });
  });

  test('an e-mail draft from standard input', () => {
    const r = cordialJson(['check', '-', '--stdin-filename', 'x.eml'], root, {
      input: 'Subject: hi\n\nHello\n',
    });
    assert.ok(r.status === 0 || r.status === 1);
    assert.deepEqual(
      r.json.map((f) => f.file),
      ['x.eml'],
    );
  });

  test('the configuration nearest to the stdin file name applies', () => {
    const r = cordialJson(['check', '-', '--stdin-filename', 'sub/x.msg'], root, { input: bytes(BAD) });
    assert.equal(r.status, 1);
    assert.equal(r.json[0]!.diagnostics[0]!.severity, 'error');
  });

  test('stdin beside files', () => {
    const dir = tempTree({ 'a.msg': 'Hello\n' });
    const r = cordialJson(['check', 'a.msg', '-', '--stdin-filename', 'b.msg'], dir, {
      input: BROKEN_FRONT_MATTER,
    });
    assert.deepEqual(
      r.json.map((f) => [f.file, f.diagnostics.length]),
      [
        ['a.msg', 0],
        ['b.msg', 1],
      ],
    );
    assert.equal(r.status, 1);
  });
});
