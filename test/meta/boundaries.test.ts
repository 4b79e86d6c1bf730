/**
 * The contracts between the client, the server and the web page live in shared/ (request names and
 * types, `.cordialrc.json` edits, the template catalogue and snippet expansion), as vscode-eslint
 * keeps its shared folder. The client and the web page import only from shared/ and their own
 * folders (never server/src/lsp, and the web page never client/src/templates); shared/ imports
 * nothing of theirs. Imports are read with a regex: relative specifiers only, packages are free.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative import of the files under `dir`, as repository paths. */
function relativeImports(dir: string): { file: string; target: string }[] {
  const out: { file: string; target: string }[] = [];
  for (const file of sources(dir)) {
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith('.')) out.push({ file, target: relative('.', resolve(dirname(file), spec)) });
    }
  }
  return out;
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

for (const [dir, own] of [
  ['client/src', 'client/src'],
  ['web/src', 'web/src'],
  ['shared', 'shared'],
] as const) {
  test(`${dir} imports only from shared/ and its own folder`, () => {
    const imports = relativeImports(dir);
    const bad = imports
      .filter((i) => !inside(i.target, own) && !inside(i.target, 'shared'))
      .map((i) => `${i.file} → ${i.target}`);
    assert.deepEqual(bad, []);
    // The regex must see the imports at all: each side uses the shared contracts.
    if (dir !== 'shared')
      assert.ok(
        imports.some((i) => inside(i.target, 'shared')),
        `no import of shared/ found in ${dir}`,
      );
  });
}

test('the web page does not reach into client/src/templates, nor the client into server/src/lsp', () => {
  const bad = [
    ...relativeImports('web/src').filter((i) => inside(i.target, 'client/src/templates')),
    ...relativeImports('client/src').filter((i) => inside(i.target, 'server/src/lsp')),
  ].map((i) => `${i.file} → ${i.target}`);
  assert.deepEqual(bad, []);
});

test('the boundary check catches a forbidden import', () => {
  const src =
    "import { disableRuleIn } from '../../server/src/lsp/rcEdits';\nimport type { X } from './own';";
  const specs = [...src.matchAll(IMPORT)].map((m) => m[1] ?? m[2]);
  assert.deepEqual(specs, ['../../server/src/lsp/rcEdits', './own']);
});
