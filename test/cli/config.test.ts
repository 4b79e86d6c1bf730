import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { BAD, bytes, cordial, cordialJson, rc, tempTree } from './helpers';

const bad = bytes('Hi ', BAD, '\n');
const severities = (json: { file: string; diagnostics: { severity: string }[] }[]) =>
  Object.fromEntries(json.map((f) => [f.file, f.diagnostics.map((d) => d.severity)]));

describe('configuration discovery', () => {
  const root = tempTree({
    '.cordialrc.json': rc({ 'format/encoding': 'off' }),
    'a.msg': bad,
    'sub/.cordialrc.json': rc({ 'format/encoding': 'error' }),
    'sub/b.msg': bad,
    'sub/deeper/c.msg': bad,
    'other.json': rc({ 'format/encoding': 'info' }),
  });

  test('the nearest .cordialrc.json above each file applies (and only that one)', () => {
    const r = cordialJson(['check', '.'], root);
    assert.deepEqual(severities(r.json), {
      'a.msg': [],
      'sub/b.msg': ['error'],
      'sub/deeper/c.msg': ['error'],
    });
    assert.equal(r.status, 1);
  });

  test('discovery does not depend on the working folder', () => {
    const r = cordialJson(['check', '../a.msg', 'b.msg'], join(root, 'sub'));
    assert.deepEqual(severities(r.json), { '../a.msg': [], 'b.msg': ['error'] });
  });

  test('--config FILE applies to every file instead', () => {
    for (const args of [['--config', 'other.json'], ['--config=other.json'], ['-c', 'other.json']]) {
      const r = cordialJson(['check', '.', ...args], root);
      assert.equal(r.status, 0);
      assert.deepEqual(severities(r.json), {
        'a.msg': ['info'],
        'sub/b.msg': ['info'],
        'sub/deeper/c.msg': ['info'],
      });
    }
  });

  test('comments and trailing commas are allowed; $schema is accepted', () => {
    const dir = tempTree({
      '.cordialrc.json': `{
  // Cordial settings for this team
  "$schema": "./node_modules/cordial/schemas/cordialrc.schema.json",
  "rules": { "format/encoding": "error", /* stricter */ },
  "jargon": ["MOQ"],
  "allowedWords": ["ASAP"],
  "budgets": { "messages": 4, "emailWords": 250 },
  "templatesFolder": "tpl",
}`,
      'a.msg': bad,
    });
    const r = cordialJson(['check', 'a.msg'], dir);
    assert.equal(r.status, 1, r.stderr);
    // Other rules are on here: look at the configured one only.
    const encoding = r.json[0]!.diagnostics.filter((d) => d.rule === 'format/encoding');
    assert.deepEqual(
      encoding.map((d) => d.severity),
      ['error'],
    );
  });

  const broken: [string, string, RegExp][] = [
    [
      'invalid JSON',
      '{ "rules": { "format/encoding": "error" ',
      /invalid JSON in configuration .*\.cordialrc\.json at line 1, column \d+/,
    ],
    [
      'an unknown rule',
      '{ "rules": { "tone/nope": "error" } }',
      /invalid configuration .*\.cordialrc\.json: unknown rule "tone\/nope"/,
    ],
    ['a bad severity', '{ "rules": { "format/encoding": "loud" } }', /severity must be one of/],
    ['an unknown key', '{ "rulez": {} }', /unknown key "rulez"/],
    [
      'a negative budget',
      '{ "budgets": { "sentences": -1 } }',
      /budget "sentences" must be a non-negative number/,
    ],
    ['not an object', '[]', /configuration must be a JSON object/],
    ['an empty file', '', /invalid JSON/],
  ];
  for (const [name, text, message] of broken)
    test(`a discovered configuration with ${name} is exit 2 naming the file, before any output`, () => {
      const dir = tempTree({ 'a.msg': 'Hello\n', 'sub/.cordialrc.json': text, 'sub/b.msg': 'Hello\n' });
      const r = cordial(['check', '.'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^cordial: [^\n]+\n$/);
      assert.match(r.stderr, message);
      assert.ok(r.stderr.includes('sub/.cordialrc.json'));
      assert.equal(r.stdout, '');
    });

  test('a broken --config file, or a missing one, is exit 2', () => {
    const dir = tempTree({ 'a.msg': 'Hello\n', 'bad.json': '{ nope', 'folder.json/x': '' });
    const r = cordial(['check', 'a.msg', '--config', 'bad.json'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /invalid JSON in configuration bad\.json/);
    const missing = cordial(['check', 'a.msg', '--config', 'missing.json'], dir);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read configuration missing\.json: file not found/);
    const folder = cordial(['check', 'a.msg', '--config', 'folder.json'], dir);
    assert.equal(folder.status, 2);
    assert.match(folder.stderr, /cannot read configuration folder\.json/);
  });

  test('without any configuration file the defaults apply', () => {
    const dir = tempTree({ '.cordialrc.json': null });
    mkdirSync(join(dir, 'x'));
    const r = cordialJson(
      ['check', '-', '--stdin-filename', 'x/a.msg', '--rule', 'format/front-matter=error'],
      dir,
      {
        input: bad,
      },
    );
    assert.deepEqual(
      r.json[0]!.diagnostics.filter((d) => d.rule.startsWith('format/')).map((d) => d.severity),
      ['warning'],
    );
  });
});
