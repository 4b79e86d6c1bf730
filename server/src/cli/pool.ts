/**
 * `cordial check --jobs N`: drafts checked on worker threads. Each worker loads the CLI's worker
 * bundle (dist/cli-worker.js, the core included) once and checks the drafts it is handed, reading
 * them itself; the main thread hands out work largest file first, so one big e-mail does not
 * finish last on one core while the others idle, and puts the results back in target order, so
 * the output is the same as with `--jobs 1`.
 */
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import {
  type Finding,
  formatText,
  LineIndex,
  type Locale,
  type ResolvedConfig,
  type RuleTiming,
  ruleById,
} from '../core';
import type { FileResult } from './check';
import type { Target } from './files';

/** What a worker is started with (`workerData`). */
export interface WorkerSetup {
  locale: Locale;
  reportUnused: boolean;
  timing: boolean;
}

/** Main thread → worker: check one draft; or `null`: no more work, send the timing and exit. */
export type ToWorker = { id: number; target: Target; config: ResolvedConfig } | null;

/** Worker → main thread: ready for work (once, after loading), a result, or the timing at the end. */
export type FromWorker =
  | { ready: true }
  | { id: number; result: WireResult }
  | { id: number; error: string }
  | { timing: [string, number][] };

/**
 * A `FileResult` as it crosses threads: the line index travels as its text, and a finding's
 * explanation (the same long text for every finding of a rule) is left out when it is the rule's
 * own, and put back on this side.
 */
export interface WireResult extends Omit<FileResult, 'lines' | 'target' | 'findings'> {
  text: string;
  findings: (Omit<Finding, 'explanation'> & { explanation?: string })[];
}

const explanations = new Map<string, string>();
/** A rule's explanation in a locale, as the engine writes it into every finding of the rule. */
function ruleExplanation(ruleId: string, locale: Locale): string {
  const key = `${locale}\0${ruleId}`;
  let e = explanations.get(key);
  if (e === undefined) {
    const rule = ruleById(ruleId);
    e = rule ? formatText(rule.explanation, locale) : '';
    explanations.set(key, e);
  }
  return e;
}

export function toWire(r: FileResult, locale: Locale): WireResult {
  const { target: _target, lines, findings, ...rest } = r;
  return {
    ...rest,
    text: lines.text,
    findings: findings.map((f) => {
      if (f.explanation !== ruleExplanation(f.ruleId, locale)) return f;
      const { explanation: _explanation, ...lean } = f;
      return lean;
    }),
  };
}

function fromWire(target: Target, w: WireResult, locale: Locale): FileResult {
  const { text, findings, ...rest } = w;
  return {
    ...rest,
    target,
    lines: new LineIndex(text),
    findings: findings.map((f) =>
      f.explanation === undefined ? { ...f, explanation: ruleExplanation(f.ruleId, locale) } : (f as Finding),
    ),
  };
}

export interface PoolOptions {
  /** The worker bundle. */
  script: string;
  /** Threads that check drafts, this one included. */
  jobs: number;
  targets: readonly Target[];
  configs: readonly ResolvedConfig[];
  setup: WorkerSetup;
  /** Checks a draft on this thread. */
  checkHere: (index: number) => FileResult;
  /**
   * This thread checks drafts too (the default); false: only what the workers leave undone
   * (tests, to see the workers' results).
   */
  here?: boolean;
  /** No worker is started for fewer bytes in all than this (default `POOL_MIN_BYTES`). */
  minBytes?: number;
  /** Called as each draft is done, in the order they finish. */
  onDone?: (index: number) => void;
  /** Per-rule times of every worker are added here. */
  timing?: RuleTiming;
}

/** Below this many bytes in all, starting a worker (about 0.2 s of loading) costs more than it saves. */
export const POOL_MIN_BYTES = 256 * 1024;

/** Jobs handed to a worker ahead of the one it is working on, so it never waits for the next. */
const AHEAD = 1;

/**
 * Checks `targets` (files on disk, no standard input) on this thread and `jobs - 1` worker
 * threads and returns their results in target order. This thread starts at once, with the
 * largest drafts, while the workers load; a worker gets drafts once it is ready and only while
 * some are left. A worker that fails leaves its unfinished drafts to this thread.
 */
export async function checkInPool(o: PoolOptions): Promise<FileResult[]> {
  const results: (FileResult | undefined)[] = new Array(o.targets.length);
  const { order, bytes } = bySizeDescending(o.targets);
  let next = 0;
  const leftOver: number[] = [];
  const done = (i: number, r: FileResult) => {
    results[i] = r;
    o.onDone?.(i);
  };
  // The configuration crosses threads once per distinct object; its overrides are already
  // applied (`ConfigLoader.forFile`) and hold functions, so they stay behind.
  const wireConfig = new Map<ResolvedConfig, ResolvedConfig>();
  const configOf = (i: number) => {
    const c = o.configs[i]!;
    let w = wireConfig.get(c);
    if (!w) {
      const { overrides: _overrides, ...plain } = c;
      w = plain;
      wireConfig.set(c, w);
    }
    return w;
  };

  const here = o.here ?? true;
  const count =
    bytes < (o.minBytes ?? POOL_MIN_BYTES)
      ? 0
      : Math.max(0, Math.min(o.jobs - (here ? 1 : 0), o.targets.length - (here ? 1 : 0)));
  const feeders: (() => void)[] = [];
  const finished = Array.from(
    { length: count },
    () =>
      new Promise<void>((resolve) => {
        const worker = new Worker(o.script, { workerData: o.setup, stdout: false, stderr: false });
        const pending = new Set<number>();
        let ready = false;
        let worked = false;
        let closing = false;
        let ended = false;
        const feed = () => {
          if (!ready || closing) return;
          while (pending.size <= AHEAD && next < order.length) {
            const id = order[next++]!;
            pending.add(id);
            worked = true;
            worker.postMessage({ id, target: o.targets[id]!, config: configOf(id) } satisfies ToWorker);
          }
          if (pending.size > 0 || next < order.length) return;
          closing = true;
          // A worker that checked nothing has no timing to send.
          if (worked) worker.postMessage(null satisfies ToWorker);
          else void worker.terminate().then(end, end);
        };
        const end = () => {
          if (ended) return;
          ended = true;
          leftOver.push(...pending);
          pending.clear();
          resolve();
        };
        feeders.push(() => {
          if (!ready) {
            // Everything is handed out before this worker loaded: it is not needed.
            closing = true;
            void worker.terminate().then(end, end);
          } else feed();
        });
        worker.on('message', (m: FromWorker) => {
          if ('ready' in m) {
            ready = true;
            feed();
            return;
          }
          if ('timing' in m) {
            if (o.timing) for (const [k, v] of m.timing) o.timing.set(k, (o.timing.get(k) ?? 0) + v);
            end();
            return;
          }
          pending.delete(m.id);
          if ('result' in m) done(m.id, fromWire(o.targets[m.id]!, m.result, o.setup.locale));
          else leftOver.push(m.id);
          feed();
        });
        worker.on('error', end);
        worker.on('exit', end);
      }),
  );

  // This thread's share: the next draft in line, then a turn of the event loop so that the
  // workers' results are taken in and new work handed out.
  while (here && next < order.length) {
    const id = order[next++]!;
    done(id, o.checkHere(id));
    await new Promise<void>((r) => setImmediate(r));
  }
  // Workers still loading are not needed any more; idle ones are told to finish.
  if (here) for (const f of feeders) f();
  await Promise.all(finished);
  // Whatever a worker did not finish (it crashed, or its draft failed there), or no worker took.
  while (next < order.length) leftOver.push(order[next++]!);
  for (const i of leftOver.sort((a, b) => a - b)) done(i, o.checkHere(i));
  return results as FileResult[];
}

/** Target indices, largest file first (ties and unreadable files in target order), and the total size. */
export function bySizeDescending(targets: readonly Target[]): { order: number[]; bytes: number } {
  const size = targets.map((t) => {
    try {
      return statSync(t.abs).size;
    } catch {
      return 0;
    }
  });
  const order = targets.map((_, i) => i).sort((a, b) => size[b]! - size[a]! || a - b);
  return { order, bytes: size.reduce((s, n) => s + n, 0) };
}
