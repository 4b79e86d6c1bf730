/**
 * A small test harness for the extension host (mocha is not a dependency of the project): named
 * tests run in order, each under a time limit, with mocha-like output and a summary. Results also
 * go to `CORDIAL_E2E_RESULTS` (a JSON file) when that is set, so the runner can count them.
 */
import { writeFileSync } from 'node:fs';

export interface TestResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

interface TestCase {
  name: string;
  fn: () => Promise<void>;
  timeoutMs: number;
}

const cases: TestCase[] = [];

export function test(name: string, fn: () => Promise<void>, timeoutMs = 120_000): void {
  cases.push({ name, fn, timeoutMs });
}

/** An error that ends a wait at once instead of being retried (e.g. the server reports a crash). */
export class Fatal extends Error {}

/** Fails with `message` when `value` is not truthy. */
export function assert(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected)
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/**
 * Polls `probe` until it returns something other than undefined/false, and returns that. On
 * timeout the error names what was awaited and what `describe` says about the last state.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  options: { timeoutMs?: number; intervalMs?: number; describe?: () => string } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const intervalMs = options.intervalMs ?? 100;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      lastError = undefined;
    } catch (err) {
      if (err instanceof Fatal) throw err;
      lastError = err;
    }
    if (Date.now() > deadline) {
      const state = options.describe ? `\n      last state: ${options.describe()}` : '';
      const cause = lastError ? `\n      last error: ${errorText(lastError)}` : '';
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${state}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function withTimeout(p: Promise<void>, ms: number, name: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`test "${name}" exceeded its ${ms / 1000} s limit`)), ms);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

/** Runs every registered test; resolves with the results (never rejects for a failed test). */
export async function runAll(log: (line: string) => void = (l) => console.log(l)): Promise<TestResult[]> {
  const results: TestResult[] = [];
  log('Cordial extension-host suite');
  for (const c of cases) {
    const started = Date.now();
    try {
      await withTimeout(c.fn(), c.timeoutMs, c.name);
      const ms = Date.now() - started;
      results.push({ name: c.name, ok: true, ms });
      log(`  ✔ ${c.name} (${ms} ms)`);
    } catch (err) {
      const ms = Date.now() - started;
      const error = errorText(err);
      results.push({ name: c.name, ok: false, ms, error });
      log(`  ✖ ${c.name} (${ms} ms)\n      ${error}`);
    }
  }
  const passed = results.filter((r) => r.ok).length;
  log(`extension host: ${passed} passed, ${results.length - passed} failed`);
  const file = process.env.CORDIAL_E2E_RESULTS;
  if (file) writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}
