/**
 * The browser bundles (VS Code for the Web's client and server, the web page) carry no Node
 * built-in: bundled for the browser, nothing resolves to one, and the shipped files name none.
 * The manifest declares the browser entry, and the package ships it.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { test } from 'node:test';
import { build } from 'esbuild';

const ENTRIES = [
  { in: 'client/src/browser.ts', out: 'dist/browser/client.js', external: ['vscode'] },
  { in: 'server/src/lsp/worker.ts', out: 'dist/browser/server.js', external: [] },
  { in: 'web/src/main.ts', out: 'web/dist/app.js', external: [] },
];
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

for (const entry of ENTRIES) {
  test(`${entry.in} bundles for the browser with no Node built-in`, async () => {
    const result = await build({
      entryPoints: [entry.in],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      mainFields: ['browser', 'module', 'main'],
      external: entry.external,
      logLevel: 'silent',
      metafile: true,
    });
    assert.deepEqual(result.errors, []);
    const inputs = Object.keys(result.metafile.inputs);
    const fromNode = inputs.filter((i) => /(^|\/)node:|\/lib\/node\//.test(i));
    assert.deepEqual(fromNode, [], 'Node-only modules bundled');
    const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    assert.deepEqual(
      imports.filter((p) => BUILTINS.has(p)),
      [],
      'imports left to a Node built-in',
    );
    assert.deepEqual(
      imports.filter((p) => !entry.external.includes(p)),
      [],
    );
  });

  test(`${entry.out} (as built) requires no Node built-in`, (t) => {
    if (!existsSync(entry.out)) return t.skip(`${entry.out} is not built (npm run build)`);
    const code = readFileSync(entry.out, 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
    assert.deepEqual(
      required.filter((r) => BUILTINS.has(r)),
      [],
    );
    assert.ok(!/\bprocess\.(?:binding|dlopen)\b|\bchild_process\b/.test(code));
  });
}

test('package.json declares the browser entry beside main, and the package ships it', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.browser, './dist/browser/client.js');
  assert.equal(pkg.main, './dist/client.js');
  assert.equal(pkg.bin['cordial-lsp'], 'bin/cordial-lsp.js');
  const ignore = readFileSync('.vscodeignore', 'utf8');
  assert.match(ignore, /^!dist\/browser\/client\.js$/m);
  assert.match(ignore, /^!dist\/browser\/server\.js$/m);
});
