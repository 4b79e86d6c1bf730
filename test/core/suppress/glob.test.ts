import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileGlob, type Glob } from '../../../server/src/core/engine/glob';

function glob(pattern: string): Glob {
  const g = compileGlob(pattern);
  if ('error' in g) throw new Error(`${pattern}: ${g.error}`);
  return g;
}

const table: [pattern: string, matches: string[], misses: string[]][] = [
  [
    'drafts/vip/**/*.eml',
    ['drafts/vip/a.eml', 'drafts/vip/x/y/b.eml'],
    ['drafts/a.eml', 'drafts/vip/a.msg', 'x/drafts/vip/a.eml'],
  ],
  ['*.eml', ['a.eml', 'deep/down/b.eml', '.hidden.eml'], ['a.msg', 'a.eml.bak']],
  ['drafts/*.msg', ['drafts/a.msg'], ['drafts/x/a.msg', 'a.msg']],
  ['**/*.msg', ['a.msg', 'x/a.msg', 'x/y/z/a.msg'], ['a.eml']],
  ['**', ['a.msg', 'x/y.eml'], []],
  ['drafts/**', ['drafts/a.msg', 'drafts/x/y.eml'], ['other/a.msg']],
  ['**/vip/**', ['vip/a.msg', 'x/vip/y/a.eml'], ['vipx/a.msg', 'x/avip/a.msg']],
  ['a?.msg', ['ab.msg', 'x/a😀.msg'], ['a.msg', 'abc.msg', 'a/.msg']],
  ['{drafts,archive}/*.{msg,eml}', ['drafts/a.msg', 'archive/b.eml'], ['other/a.msg', 'drafts/a.txt']],
  ['{a,{b,c}}.msg', ['a.msg', 'b.msg', 'c.msg'], ['d.msg', '{b,c}.msg']],
  ['{a}.msg', ['{a}.msg'], ['a.msg']],
  ['./drafts/a.msg', ['drafts/a.msg', './drafts/a.msg'], ['x/drafts/a.msg']],
  ['/top.msg', ['top.msg'], ['x/top.msg']],
  ['客户/**/*.msg', ['客户/王经理.msg', '客户/a/b.msg'], ['客人/a.msg']],
  ['\\*.msg', ['*.msg'], ['a.msg']],
  ['(a|b)+.msg', ['(a|b)+.msg'], ['a.msg', 'aa.msg']],
  ['[ab].msg', ['[ab].msg'], ['a.msg']],
  ['.*', ['.x', '.cordialrc.json'], ['x']],
];

describe('glob matcher', () => {
  for (const [pattern, yes, no] of table)
    test(pattern, () => {
      const g = glob(pattern);
      for (const p of yes) assert.ok(g.matches(p), `${pattern} should match ${p}`);
      for (const p of no) assert.ok(!g.matches(p), `${pattern} should not match ${p}`);
    });

  test('backslash separators in paths, never paths outside the folder', () => {
    const g = glob('**/*.msg');
    assert.ok(g.matches('drafts\\a.msg'));
    assert.ok(!g.matches('../a.msg'));
    assert.ok(!g.matches('/abs/a.msg'));
    assert.ok(!g.matches('C:/x/a.msg'));
    assert.ok(!g.matches('a/../../b.msg'));
  });

  test('hostile patterns stay fast: stars, globstars, long names', () => {
    const cases: [string, string][] = [
      [`${'*a'.repeat(200)}b`, 'a'.repeat(5000)],
      [`${'**/'.repeat(100)}x`, `${'a/'.repeat(2000)}y`],
      [`${'*'.repeat(999)}`, 'z'.repeat(100_000)],
      [`**/${'a*'.repeat(100)}/**/b`, `${'aaaa/'.repeat(500)}c`],
    ];
    for (const [pattern, path] of cases) {
      const g = glob(pattern);
      const t0 = performance.now();
      g.matches(path);
      assert.ok(performance.now() - t0 < 500, `${pattern.slice(0, 20)}… took too long`);
    }
  });

  test('brace bombs, huge and empty patterns are refused, not expanded', () => {
    const bomb = compileGlob('{a,b}'.repeat(20));
    assert.ok('error' in bomb && /alternatives/.test(bomb.error));
    const wide = compileGlob(`{${Array.from({ length: 300 }, (_, i) => i).join(',')}}`);
    assert.ok('error' in wide);
    const long = compileGlob('a'.repeat(1001));
    assert.ok('error' in long && /longer/.test(long.error));
    assert.ok('error' in compileGlob(''));
    assert.ok('error' in compileGlob('   '));
    // Unbalanced braces are plain text.
    assert.ok(glob('{a,b.msg').matches('{a,b.msg'));
  });
});
