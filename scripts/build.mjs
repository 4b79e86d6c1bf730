// Bundles the shipped entry points with esbuild. Each entry is optional until its source exists,
// so the build works at every stage of the project.
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { renderRuleDocs } from './rule-docs.mjs';

const production = process.argv.includes('--production');
const entries = [
  { in: 'client/src/extension.ts', out: 'dist/client.js', platform: 'node', external: ['vscode'] },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', platform: 'node' },
  { in: 'server/src/lsp/fix-worker.ts', out: 'dist/fix-worker.js', platform: 'node' },
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', platform: 'node' },
  // The worker threads of `cordial check --jobs N` (server/src/cli/pool.ts).
  { in: 'server/src/cli/worker.ts', out: 'dist/cli-worker.js', platform: 'node' },
  { in: 'client/src/browser.ts', out: 'dist/browser/client.js', platform: 'browser', external: ['vscode'] },
  { in: 'server/src/lsp/worker.ts', out: 'dist/browser/server.js', platform: 'browser', format: 'iife' },
];

mkdirSync('dist', { recursive: true });
await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) =>
      esbuild.build({
        entryPoints: [e.in],
        outfile: e.out,
        bundle: true,
        platform: e.platform,
        format: e.format ?? 'cjs',
        target: e.platform === 'node' ? 'node20' : 'es2022',
        external: e.external ?? [],
        sourcemap: !production,
        minify: production,
        mainFields: e.platform === 'browser' ? ['browser', 'module', 'main'] : ['module', 'main'],
        logLevel: 'warning',
        legalComments: 'none',
      }),
    ),
);

// The private web page (web/, see README "The web page"): its script, page and styles, and the
// browser server bundle beside them, so `web/dist` is a self-contained static folder.
if (existsSync('web/src/main.ts') && existsSync('dist/browser/server.js')) {
  mkdirSync('web/dist', { recursive: true });
  await esbuild.build({
    entryPoints: ['web/src/main.ts'],
    outfile: 'web/dist/app.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    legalComments: 'none',
  });
  copyFileSync('web/index.html', 'web/dist/index.html');
  copyFileSync('web/src/style.css', 'web/dist/style.css');
  copyFileSync('dist/browser/server.js', 'web/dist/server.js');
  // The rule pages, shown inside the page (no link to an outside host).
  writeFileSync('web/dist/rules.json', JSON.stringify(renderRuleDocs('docs/rules')));
  if (existsSync('dist/browser/server.js.map') && !production)
    copyFileSync('dist/browser/server.js.map', 'web/dist/server.js.map');
  else rmSync('web/dist/server.js.map', { force: true });
}
