/**
 * The core must run in a browser worker: no Node built-ins, no editor API, no globals that only
 * Node has. Checked two ways: by reading the imports, and by bundling the core for the browser.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from 'esbuild';

const CORE = 'server/src/core';
const BUILTINS = new Set([
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'string_decoder',
  'url',
  'util',
  'worker_threads',
  'zlib',
]);
// opencc-js: pure JavaScript; the core imports its engine and four character tables (about 60 KB), not the phrase tables.
const ALLOWED_PACKAGES = ['yaml', '@exodus/bytes', 'htmlparser2', 'postal-mime', 'entities', 'opencc-js'];

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

test('no file under server/src/core imports a Node built-in, vscode or the LSP', () => {
  const problems: string[] = [];
  for (const file of files(CORE)) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) continue;
      if (spec.startsWith('node:') || BUILTINS.has(spec)) problems.push(`${file}: imports ${spec}`);
      else if (!ALLOWED_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`)))
        problems.push(`${file}: imports ${spec} (not on the core's allow-list)`);
    }
    const code = src.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    for (const g of ['process.', 'Buffer.', 'Buffer(', '__dirname', 'require(']) {
      if (code.includes(g)) problems.push(`${file}: uses ${g}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the core bundles for the browser with nothing left to Node', async () => {
  const result = await build({
    entryPoints: [join(CORE, 'index.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
    metafile: true,
  });
  assert.deepEqual(result.errors, []);
  const inputs = Object.keys(result.metafile!.inputs);
  assert.ok(inputs.some((i) => i.includes('server/src/core/index.ts')));
  assert.ok(!inputs.some((i) => /^node:|(^|\/)node_modules\/(fs|path)\//.test(i)), inputs.join('\n'));
});
