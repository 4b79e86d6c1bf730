// An environment for a tool that the project spawns from inside an npm script (`npm test` runs
// everything below it with npm's own variables set). A nested npm reads inherited `npm_config_*`
// variables as its configuration: `npm_config_user_agent` names the *parent's* Node, and
// code-server's install script trusts it over the `node` on PATH (issue 17). So a nested tool
// gets none of npm's per-run variables, only what describes the machine: PATH, HOME, proxies,
// the npm cache, registry and certificate settings.
import { delimiter } from 'node:path';

/** npm configuration that describes the machine, not the run: passed on to nested tools. */
const KEPT_NPM_CONFIG = new Set([
  'npm_config_cache',
  'npm_config_registry',
  'npm_config_proxy',
  'npm_config_https_proxy',
  'npm_config_http_proxy',
  'npm_config_noproxy',
  'npm_config_no_proxy',
  'npm_config_cafile',
  'npm_config_ca',
  'npm_config_strict_ssl',
  'npm_config_userconfig',
  'npm_config_globalconfig',
]);

/** True for a variable that npm sets for one run and that must not leak into a nested tool. */
export function isNpmRunVariable(name) {
  const n = name.toLowerCase();
  if (n.startsWith('npm_config_')) return !KEPT_NPM_CONFIG.has(n);
  return (
    n.startsWith('npm_package_') ||
    n.startsWith('npm_lifecycle_') ||
    n === 'npm_node_execpath' ||
    n === 'npm_execpath' ||
    n === 'npm_command' ||
    n === 'init_cwd' ||
    n === 'node' // npm sets NODE to the parent's node binary
  );
}

/**
 * `env` without npm's per-run variables, with `binDir` (if given) first on PATH and `extra` on top.
 * @param {Record<string, string | undefined>} [extra]
 * @param {{ binDir?: string, env?: NodeJS.ProcessEnv }} [options]
 */
export function cleanEnv(extra = {}, { binDir, env = process.env } = {}) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && !isNpmRunVariable(k)) out[k] = v;
  // npm also puts node_modules/.bin folders of the running package on PATH: drop them, so a nested
  // install resolves its own tools, not ours.
  const path = (out.PATH ?? '')
    .split(delimiter)
    .filter(
      (p) => p && !/[\\/]node_modules[\\/]\.bin$/.test(p) && !/[\\/]npm-lifecycle[\\/]node-gyp-bin$/.test(p),
    )
    .join(delimiter);
  out.PATH = binDir ? `${binDir}${delimiter}${path}` : path;
  return { ...out, ...extra };
}
