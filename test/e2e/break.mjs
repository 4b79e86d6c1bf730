// Self-check of the end-to-end tests: CORDIAL_E2E_BREAK=rule|server swaps a deliberately broken
// language server into the extension under test (a copy; the sources are not touched), so a run
// shows that both layers fail, and fail readably, when the server misbehaves.
//   rule    structure/count-mismatch throws on every draft
//   server  the language server throws while starting
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const BREAK_MODES = ['rule', 'server'];

const breakers = {
  rule: {
    filter: /server[\\/]src[\\/]core[\\/]rules[\\/]index\.ts$/,
    patch: (source) =>
      `${source}
for (const rule of allRules) {
  if (rule.id === 'structure/count-mismatch')
    (rule as { check: unknown }).check = () => {
      throw new Error('CORDIAL_E2E_BREAK: structure/count-mismatch throws on purpose');
    };
}
`,
  },
  server: {
    filter: /server[\\/]src[\\/]lsp[\\/]main\.ts$/,
    patch: () =>
      `throw new Error('CORDIAL_E2E_BREAK: the language server fails on purpose while starting');\n`,
  },
};

/** Writes a broken `dist/server.js` into an unpacked or installed extension folder. */
export async function breakServer(extensionDir, mode) {
  const breaker = breakers[mode];
  if (!breaker) throw new Error(`CORDIAL_E2E_BREAK must be one of ${BREAK_MODES.join(', ')}, not ${mode}`);
  await esbuild.build({
    entryPoints: [join(repo, 'server', 'src', 'lsp', 'main.ts')],
    outfile: join(extensionDir, 'dist', 'server.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    plugins: [
      {
        name: 'cordial-e2e-break',
        setup(build) {
          build.onLoad({ filter: breaker.filter }, (args) => ({
            contents: breaker.patch(readFileSync(args.path, 'utf8')),
            loader: 'ts',
          }));
        },
      },
    ],
  });
}
