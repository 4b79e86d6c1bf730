// Layer 1: the extension-host suite (test/e2e/suite/) through `@vscode/test-electron`'s standard
// `runTests()`. The extension under test is the packaged .vsix, unpacked; the open folder is a
// fresh copy of test/e2e/workspace/.
//   CORDIAL_E2E_VSCODE=/path/to/code   run against that VS Code executable instead of the stand-in
//   CORDIAL_E2E_DOWNLOAD=1             let runTests() download VS Code (where the network allows)
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { cordialLogErrors } from './util.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '..', '..');
const require = createRequire(join(repo, 'package.json'));

/** Bundles the suite for the extension host (CommonJS, `vscode` external). */
export async function bundleSuite(outDir) {
  const outfile = join(outDir, 'index.js');
  await esbuild.build({
    entryPoints: [join(here, 'suite', 'index.e2e.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * Runs the suite; returns { passed, failed, results, error }. `extensionDir` is the unpacked
 * extension (the .vsix's `extension/` folder).
 */
export async function runLayer1({ extensionDir, runDir, locale }) {
  const dir = join(runDir, 'layer1');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const workspace = join(dir, 'workspace');
  cpSync(join(here, 'workspace'), workspace, { recursive: true });
  const suite = await bundleSuite(join(dir, 'suite'));
  const resultsFile = join(dir, 'results.json');

  const { runTests } = require('@vscode/test-electron');
  const options = {
    extensionDevelopmentPath: extensionDir,
    extensionTestsPath: suite,
    launchArgs: [
      workspace,
      `--user-data-dir=${join(dir, 'user-data')}`,
      `--extensions-dir=${join(dir, 'extensions')}`,
      ...(locale ? [`--locale=${locale}`] : []),
    ],
    extensionTestsEnv: { CORDIAL_E2E_RESULTS: resultsFile },
  };
  if (process.env.CORDIAL_E2E_VSCODE) options.vscodeExecutablePath = process.env.CORDIAL_E2E_VSCODE;
  else if (!process.env.CORDIAL_E2E_DOWNLOAD) options.vscodeExecutablePath = join(here, 'standin', 'code');

  let error;
  try {
    await runTests(options);
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : [];
  const passed = results.filter((r) => r.ok).length;
  let failed = results.length - passed;
  if (!results.length) {
    // The suite never reported: the extension host or the runner failed before any test ran.
    failed = 1;
    error = error ?? 'the extension-host suite reported no results';
  } else if (error && !failed) {
    failed = 1;
  }
  const serverErrors = failed ? cordialLogErrors(dir) : [];
  return { passed, failed, results, error, serverErrors };
}
