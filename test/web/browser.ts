/**
 * Real-browser helpers for the web tests: Chromium (Debian's `/usr/bin/chromium`, or
 * `CHROMIUM_PATH`) driven by playwright-core, and a loopback static server. When either is
 * missing the tests are skipped with the reason printed, unless `CORDIAL_REQUIRE_BROWSER=1`
 * (CI), which turns the skip into a failure.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

/** Chromium, or the reason it cannot be started here. */
export async function launchChromium(): Promise<{ browser: Browser } | { skip: string }> {
  const path = chromiumPath();
  let why: string | null = null;
  if (!path)
    why = 'Chromium is not installed (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)';
  let chromium: typeof import('playwright-core').chromium | undefined;
  if (!why) {
    try {
      ({ chromium } = await import('playwright-core'));
    } catch {
      why = 'playwright-core is not installed (npm install)';
    }
  }
  if (why || !chromium || !path) {
    const reason = why ?? 'no browser';
    if (process.env.CORDIAL_REQUIRE_BROWSER === '1')
      throw new Error(`real-browser test cannot run: ${reason}`);
    console.log(`# skipped real-browser test: ${reason}`);
    return { skip: reason };
  }
  return { browser: await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS }) };
}

/**
 * Lets only requests to `origin` through, in every page and worker of the context, and records
 * every other one (aborted). `seen` lists every URL requested, allowed or not.
 */
export async function guardOrigin(
  context: BrowserContext,
  origin: string,
): Promise<{ outside: string[]; seen: string[] }> {
  const outside: string[] = [];
  const seen: string[] = [];
  context.on('request', (r) => seen.push(r.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  return { outside, seen };
}
