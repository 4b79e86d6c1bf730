// The end-to-end tests in one command: set up the editor tooling (cached), package the .vsix (or
// reuse one newer than every source), then
//   layer 1  the extension-host suite through @vscode/test-electron's runTests()
//   layer 2  the real UI in code-server + Chromium, in Chinese and in English, in Restricted Mode
// and print `N passed, N failed`; the exit status is non-zero on any failure.
//
// Usage: node test/e2e/run.mjs [--layer=1|2] [--locale=zh-cn,en] [--update-screenshots] [--repackage]
//   --update-screenshots   also copy the Chinese screenshots into docs/images/
//   CORDIAL_E2E_BREAK=rule|server   self-check: run against a deliberately broken server
// Artefacts (logs, screenshots, throw-away user-data and extension folders) go to .e2e/.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv } from '../../scripts/clean-env.mjs';
import { BREAK_MODES, breakServer } from './break.mjs';
import { runLayer1 } from './layer1.mjs';
import { CACHE, CACHE_IS_TEMP, SetupError, setup } from './setup.mjs';
import { runUi } from './ui.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '..', '..');
const require = createRequire(join(repo, 'package.json'));

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const layers = option('layer', '1,2').split(',');
const locales = option('locale', 'zh-cn,en').split(',');
const breakMode = process.env.CORDIAL_E2E_BREAK || undefined;
if (breakMode && !BREAK_MODES.includes(breakMode)) {
  console.error(`CORDIAL_E2E_BREAK must be one of ${BREAK_MODES.join(', ')}`);
  process.exit(2);
}

const runDir = join(repo, '.e2e', 'run');
/** The pictures the README shows (Chinese display language, except problems-en.png). */
const SCREENSHOTS = [
  'problems-zh.png',
  'problems-en.png',
  'quick-fix.png',
  'template-pick.png',
  'status-bar.png',
  'hover.png',
  'decoded.png',
  'copy-next.png',
  'mail-app.png',
  'word-wrap.png',
  'status-tooltip.png',
  'unknown-rule.png',
];
const shots = join(runDir, 'screenshots');
const started = Date.now();
const summary = [];
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;

function record(layer, result, ms) {
  summary.push({ layer, ...result, ms });
}

/** Newest modification time under the paths the .vsix is built from. */
function newestSource() {
  let newest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const n of readdirSync(p)) walk(join(p, n));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of [
    'package.json',
    'package.nls.json',
    'package.nls.zh-cn.json',
    'README.md',
    '.vscodeignore',
    'client/src',
    'server/src',
    'l10n',
    'syntaxes',
    'schemas',
    'templates',
    'scripts/build.mjs',
  ])
    walk(join(repo, p));
  return newest;
}

function packageVsix() {
  const vsix = join(repo, 'cordial.vsix');
  if (!flag('repackage') && existsSync(vsix) && statSync(vsix).mtimeMs > newestSource()) {
    console.log(`reusing ${vsix} (newer than every source)`);
    return vsix;
  }
  console.log('packaging: npm run package');
  const r = spawnSync('npm', ['run', 'package', '--silent'], {
    cwd: repo,
    env: cleanEnv(),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0 || !existsSync(vsix)) throw new Error(`npm run package failed (exit ${r.status})`);
  return vsix;
}

/** Unpacks the .vsix's `extension/` folder (what VS Code installs) into `dest`. */
async function unpack(vsix, dest) {
  const yauzl = require('yauzl');
  rmSync(dest, { recursive: true, force: true });
  await new Promise((resolveUnzip, reject) => {
    yauzl.open(vsix, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('error', reject);
      zip.on('end', resolveUnzip);
      zip.on('entry', (entry) => {
        if (!entry.fileName.startsWith('extension/') || entry.fileName.endsWith('/')) return zip.readEntry();
        const out = join(dest, entry.fileName.slice('extension/'.length));
        mkdirSync(dirname(out), { recursive: true });
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          stream.pipe(createWriteStream(out)).on('finish', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
  if (!existsSync(join(dest, 'package.json'))) throw new Error(`${vsix} holds no extension/package.json`);
  return dest;
}

function expectations() {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'expect.ts')], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`test/e2e/expect.ts failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

async function main() {
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  if (breakMode)
    console.log(`SELF-CHECK: the language server is broken on purpose (CORDIAL_E2E_BREAK=${breakMode})`);

  let tools;
  let t = Date.now();
  try {
    tools = setup();
  } catch (err) {
    const error = err instanceof SetupError ? err.message : String(err);
    record('setup', { passed: 0, failed: 1, error }, Date.now() - t);
    return;
  }
  console.log(`setup: ${seconds(Date.now() - t)}`);

  t = Date.now();
  let vsix;
  let extensionDir;
  try {
    vsix = packageVsix();
    extensionDir = await unpack(vsix, join(runDir, 'vsix', 'extension'));
    if (breakMode) await breakServer(extensionDir, breakMode);
  } catch (err) {
    record('package', { passed: 0, failed: 1, error: String(err instanceof Error ? err.message : err) }, 0);
    return;
  }
  console.log(`package: ${seconds(Date.now() - t)}`);

  if (layers.includes('1')) {
    t = Date.now();
    console.log('\n== layer 1: extension-host suite through runTests()');
    const r = await runLayer1({ extensionDir, runDir });
    record('layer 1 (runTests)', r, Date.now() - t);
  }

  if (layers.includes('2')) {
    let expected;
    try {
      expected = expectations();
    } catch (err) {
      record('layer 2 (UI)', { passed: 0, failed: 1, error: String(err) }, 0);
      return;
    }
    for (const locale of locales) {
      t = Date.now();
      console.log(`\n== layer 2: real UI (${locale})`);
      const r = await runUi({ tools, vsix, runDir, locale, shots, breakMode, expected });
      record(`layer 2 (UI, ${locale})`, r, Date.now() - t);
    }
    const zhPassed = summary.some((x) => x.layer === 'layer 2 (UI, zh-cn)' && x.failed === 0);
    if (flag('update-screenshots') && !breakMode) {
      if (!zhPassed) {
        console.log('screenshots NOT copied to docs/images/: the Chinese UI run did not pass');
      } else {
        const images = join(repo, 'docs', 'images');
        mkdirSync(images, { recursive: true });
        for (const name of SCREENSHOTS)
          if (existsSync(join(shots, name))) copyFileSync(join(shots, name), join(images, name));
        console.log(`screenshots copied to ${images}`);
      }
    }
  }
}

await main().catch((err) => {
  record('runner', { passed: 0, failed: 1, error: err instanceof Error ? err.stack : String(err) }, 0);
});

console.log('\n== end-to-end summary');
let passed = 0;
let failed = 0;
for (const s of summary) {
  passed += s.passed;
  failed += s.failed;
  console.log(
    `${s.failed ? '✖' : '✔'} ${s.layer}: ${s.passed} passed, ${s.failed} failed (${seconds(s.ms)})`,
  );
  if (s.error) console.log(`    ${s.error}`);
  if (s.serverErrors?.length)
    console.log(`    Cordial output channel (errors):\n      ${s.serverErrors.join('\n      ')}`);
  for (const r of s.results ?? []) if (!r.ok) console.log(`    ✖ ${r.name}: ${r.error}`);
}
if (!summary.length) failed = 1;
console.log(`artefacts: ${runDir} (${seconds(Date.now() - started)} in all)`);
// In CI the tools were installed from nothing into a temporary folder (the fresh-machine path): remove it.
if (CACHE_IS_TEMP) {
  rmSync(CACHE, { recursive: true, force: true });
  console.log(`removed the one-run tool folder ${CACHE}`);
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
