// Issue 17: `npm test` sets npm_config_user_agent (naming its own Node) and other npm_* variables;
// a nested `npm install` took them as its configuration, and code-server's install script then saw
// the wrong Node. These tests run the set-up's install environment the way `npm test` does.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'cordial-clean-env-'));
after(() => rmSync(work, { recursive: true, force: true }));

// A package whose script prints what a nested npm tells its scripts about the Node it runs on.
writeFileSync(
  join(work, 'package.json'),
  JSON.stringify({
    name: 'probe',
    private: true,
    scripts: {
      ua: 'node -e "console.log(JSON.stringify({ua: process.env.npm_config_user_agent, pkg: process.env.npm_package_name, leaked: process.env.npm_config_leaked_setting ?? null}))"',
    },
  }),
);

// What `npm test` leaves in the environment of everything it starts, with a Node that is not ours.
const PARENT = {
  ...process.env,
  npm_config_user_agent: 'npm/10.0.0 node/v18.0.0 linux x64 workspaces/false',
  npm_config_leaked_setting: 'from-the-parent',
  npm_package_name: 'cordial',
  npm_lifecycle_event: 'test',
  npm_node_execpath: '/nowhere/node18',
};

/** Runs `npm run ua` in the probe package with the environment that setup.mjs's install step builds. */
function probe(useSetupEnv: boolean) {
  const program = `
    const { node24Env } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'test/e2e/setup.mjs')).href)});
    const { spawnSync } = await import('node:child_process');
    const env = ${useSetupEnv} ? node24Env({}, ${JSON.stringify(dirname(process.execPath))}, ${JSON.stringify(dirname(dirname(process.execPath)))}) : process.env;
    const r = spawnSync('npm', ['run', '--silent', 'ua'], { cwd: ${JSON.stringify(work)}, env, encoding: 'utf8' });
    process.stdout.write(r.stdout);
    process.exit(r.status ?? 1);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', program], {
    env: { ...PARENT, CORDIAL_E2E_CACHE: join(work, 'cache') },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}');
}

test('the install step sees the Node it runs on, not the Node named by the parent npm', () => {
  const seen = probe(true);
  assert.match(seen.ua, new RegExp(`node/${process.version.replace(/\./g, '\\.')}\\b`));
  assert.doesNotMatch(seen.ua, /node\/v18\.0\.0/);
  assert.equal(seen.leaked, null, 'an npm_config_* setting of the parent run reached the nested npm');
  assert.equal(seen.pkg, 'probe', 'npm_package_* of the parent run reached the nested npm');
});

test('without the clean environment the leak is real (the test above can fail)', () => {
  const seen = probe(false);
  assert.match(seen.ua, /node\/v18\.0\.0/);
});

test('the set-up keeps what describes the machine: PATH, HOME, proxies and the npm cache', async () => {
  const { cleanEnv } = await import(pathToFileURL(join(ROOT, 'scripts/clean-env.mjs')).href);
  const env = cleanEnv(
    {},
    {
      binDir: '/tools/node24/bin',
      env: {
        PATH: '/repo/node_modules/.bin:/usr/bin',
        HOME: '/root',
        HTTPS_PROXY: 'http://proxy:3128',
        npm_config_cache: '/cache',
        npm_config_https_proxy: 'http://proxy:3128',
        npm_config_user_agent: 'npm/10 node/v18',
        npm_package_version: '1.0.0',
        npm_lifecycle_script: 'x',
        npm_node_execpath: '/x/node',
      },
    },
  );
  assert.deepEqual(env, {
    PATH: '/tools/node24/bin:/usr/bin',
    HOME: '/root',
    HTTPS_PROXY: 'http://proxy:3128',
    npm_config_cache: '/cache',
    npm_config_https_proxy: 'http://proxy:3128',
  });
});
