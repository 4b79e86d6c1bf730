// A stand-in for the VS Code executable that `@vscode/test-electron`'s `runTests()` starts, for
// machines that cannot download a VS Code build. It takes the same arguments, runs VS Code's own
// server (shipped inside code-server, see test/e2e/setup.mjs) on loopback in its own process group,
// opens its web workbench in Chromium with the extension-development payload, lets the real Node
// extension host run the tests, and exits with the code the workbench reports.
//
// Arguments understood (the rest of what runTests passes is ignored):
//   --extensionDevelopmentPath=P  --extensionTestsPath=P  --user-data-dir=P  --extensions-dir=P
//   --disable-workspace-trust  --locale=L  and one folder to open.
// Environment: CORDIAL_E2E_TIMEOUT_MS (default 600000) for the whole run.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { cleanEnv } from '../../../scripts/clean-env.mjs';
import { node24Env, setup } from '../setup.mjs';
import { freePort, startGroup, stopGroup, tail, waitForHttp } from '../util.mjs';

function parseArgs(argv) {
  const opts = { folder: undefined, trust: true, devPaths: [] };
  for (const a of argv) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) {
      opts.folder = resolve(a);
      continue;
    }
    const [, key, value] = m;
    if (key === 'extensionDevelopmentPath') opts.devPaths.push(resolve(value));
    else if (key === 'extensionTestsPath') opts.testsPath = resolve(value);
    else if (key === 'user-data-dir') opts.userDataDir = resolve(value);
    else if (key === 'extensions-dir') opts.extensionsDir = resolve(value);
    else if (key === 'disable-workspace-trust') opts.trust = false;
    else if (key === 'locale') opts.locale = value;
  }
  return opts;
}

function log(line) {
  process.stdout.write(`${line}\n`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.testsPath || !opts.devPaths.length)
    throw new Error('--extensionTestsPath and --extensionDevelopmentPath are required');
  const tools = setup();
  const require = createRequire(join(tools.playwright, 'package.json'));
  const { chromium } = require(tools.playwright);

  const userDataDir = opts.userDataDir ?? resolve('.e2e/standin/user-data');
  const root = resolve(userDataDir, '..');
  const serverDataDir = join(root, 'server-data');
  const extensionsDir = opts.extensionsDir ?? join(root, 'extensions');
  const tmp = join(root, 'tmp');
  for (const d of [userDataDir, serverDataDir, extensionsDir, tmp]) mkdirSync(d, { recursive: true });
  if (opts.locale) writeFileSync(join(userDataDir, 'argv.json'), JSON.stringify({ locale: opts.locale }));

  const port = await freePort();
  const serverLog = join(root, 'server.log');
  const workbenchLog = join(root, 'workbench.log');
  const args = [
    tools.serverMain,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--reconnection-grace-time',
    '5',
    '--disable-telemetry',
    '--user-data-dir',
    userDataDir,
    '--server-data-dir',
    serverDataDir,
    '--extensions-dir',
    extensionsDir,
    ...(opts.trust ? [] : ['--disable-workspace-trust']),
    ...(opts.locale ? ['--locale', opts.locale] : []),
  ];
  const env = node24Env({
    TMPDIR: tmp,
    XDG_CONFIG_HOME: join(root, 'xdg-config'),
    XDG_DATA_HOME: join(root, 'xdg-data'),
    XDG_CACHE_HOME: join(root, 'xdg-cache'),
    VSCODE_AGENT_FOLDER: serverDataDir,
  });
  const server = startGroup(tools.node, args, { env, logFile: serverLog });
  let browser;
  const timeoutMs = Number(process.env.CORDIAL_E2E_TIMEOUT_MS) || 600_000;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs: 120_000, alive: server, logFile: serverLog });
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ...opts.devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
      ['extensionTestsPath', remote(opts.testsPath)],
    ];
    const query = new URLSearchParams({ payload: JSON.stringify(payload) });
    if (opts.folder) query.set('folder', opts.folder);
    const url = `http://127.0.0.1:${port}/?${query}`;

    browser = await chromium.launch({
      executablePath: tools.chromium,
      env: cleanEnv({ XDG_CONFIG_HOME: env.XDG_CONFIG_HOME, XDG_CACHE_HOME: env.XDG_CACHE_HOME }),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...(opts.locale ? [`--lang=${opts.locale}`] : []),
      ],
    });
    const page = await browser.newPage();
    let exitCode;
    const exited = new Promise((resolveExit) => {
      page.exposeFunction('codeAutomationExit', (code) => {
        exitCode = code;
        resolveExit(code);
      });
    });
    // The workbench logs a great deal: all of it goes to workbench.log, and to the terminal only
    // errors and what the extension host prints (the tests' own lines), unless CORDIAL_E2E_VERBOSE.
    const verbose = !!process.env.CORDIAL_E2E_VERBOSE;
    const noise =
      /^(\[[\w:. -]+\]|Creating a socket|Resolv|Updating additional|Creation of workbench|Started local|Extension host|Timed out waiting for authentication)/;
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? args.map(String).join(' ') : String(args);
      appendFileSync(workbenchLog, `[${type}] ${text}\n`);
      if (verbose || (type === 'error' && !noise.test(text)) || (type === 'info' && !noise.test(text)))
        log(text);
    });
    page.on('console', (msg) => appendFileSync(workbenchLog, `[page ${msg.type()}] ${msg.text()}\n`));
    page.on('pageerror', (err) => appendFileSync(workbenchLog, `[page error] ${err.message}\n`));
    await page.goto(url);
    let timer;
    const timedOut = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the extension-host tests did not finish within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
    });
    await Promise.race([exited, timedOut]).finally(() => clearTimeout(timer));
    if (exitCode !== 0)
      log(`stand-in: the workbench reported exit code ${exitCode}; full log: ${workbenchLog}`);
    return exitCode;
  } catch (err) {
    log(`stand-in: ${err instanceof Error ? err.message : String(err)}`);
    log(`stand-in: server log ${serverLog}:\n${tail(serverLog)}`);
    return 1;
  } finally {
    await browser?.close().catch(() => {});
    await stopGroup(server);
  }
}

main().then(
  (code) => process.exit(typeof code === 'number' ? code : 1),
  (err) => {
    console.error(`stand-in: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  },
);
