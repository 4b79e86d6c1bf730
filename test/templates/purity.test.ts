/**
 * The template logic is shared with the web page (shared/templates): only client/src/templates/commands.ts
 * may import `vscode`, and no file there or under shared/ may import a Node built-in (the client
 * also runs in a browser).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from 'esbuild';

const DIR = 'client/src/templates';
const DIRS = [DIR, 'shared', 'shared/templates'];

test('only commands.ts imports vscode; nothing imports Node built-ins', () => {
  const problems: string[] = [];
  for (const name of DIRS.flatMap((d) =>
    readdirSync(d)
      .filter((n) => n.endsWith('.ts'))
      .map((n) => join(d, n)),
  )) {
    const src = readFileSync(name, 'utf8');
    for (const m of src.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)) {
      const spec = m[1]!;
      if (spec === 'vscode' && name !== join(DIR, 'commands.ts')) problems.push(`${name}: imports vscode`);
      if (spec.startsWith('node:') || /^(fs|path|os|child_process)(\/|$)/.test(spec))
        problems.push(`${name}: imports ${spec}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the commands bundle for the browser (vscode left external)', async () => {
  const result = await build({
    entryPoints: [join(DIR, 'commands.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'silent',
    metafile: true,
  });
  assert.deepEqual(result.errors, []);
  const inputs = Object.keys(result.metafile!.inputs);
  assert.ok(inputs.some((i) => i.endsWith('builtin.generated.ts')));
  assert.ok(!inputs.some((i) => /^node:/.test(i)), inputs.join('\n'));
});
