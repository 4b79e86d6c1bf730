// Runs the TextMate grammar tests (test/syntaxes/*.test.msg, *.test.eml) with vscode-tmgrammar-test.
// Each test file is a sample draft; lines starting with `%%` hold `^^^` / `<---` scope assertions.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const TOOL = join(ROOT, 'node_modules/vscode-tmgrammar-test/dist/unit.js');
const GRAMMARS = ['syntaxes/msg.tmLanguage.json', 'syntaxes/eml.tmLanguage.json'];

function runTool(testFiles: string[]) {
  const args = [TOOL, ...GRAMMARS.flatMap((g) => ['--grammar', g]), ...testFiles];
  // A timeout, because a runaway regex in a grammar shows up as a hang, not a failure.
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  // The YAML front matter embeds source.yaml, which exists only inside VS Code; the tool warns about it.
  const stderr = r.stderr
    .split('\n')
    .filter((l) => !l.includes('grammar not found for "source.yaml"'))
    .join('\n');
  return { status: r.status, signal: r.signal, output: `${r.stdout}${stderr}`, error: r.error };
}

const cases = readdirSync(__dirname)
  .filter((f) => /\.test\.(msg|eml)$/.test(f))
  .sort();

test('there are grammar test files for both formats', () => {
  assert.ok(cases.some((f) => f.endsWith('.msg')));
  assert.ok(cases.some((f) => f.endsWith('.eml')));
});

for (const file of cases) {
  test(`grammar assertions hold: ${file}`, () => {
    const r = runTool([relative(ROOT, join(__dirname, file))]);
    assert.equal(r.error, undefined, String(r.error));
    assert.equal(
      r.status,
      0,
      `vscode-tmgrammar-test failed (status ${r.status}, signal ${r.signal}):\n${r.output}`,
    );
  });
}

test('a wrong assertion is reported as a failure', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cordial-grammar-'));
  try {
    const file = join(dir, 'wrong.test.msg');
    writeFileSync(
      file,
      [
        '%% SYNTAX TEST "text.cordial.msg" "deliberately wrong"',
        '[voice 40s] 您好',
        '%% <- markup.quote.cordial',
        '',
      ].join('\n'),
    );
    const r = runTool([file]);
    assert.notEqual(r.status, 0, `expected a failure, got:\n${r.output}`);
    assert.match(r.output, /missing required scopes: markup\.quote\.cordial/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
