import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DraftKind, Locale, ResolvedConfig } from '../core';
import type { FixAnswer, FixJob } from './fix-worker';
import { type CordialHost, RC_FILE } from './host';
import { readBoundedText } from './read';

/** Reads `.cordialrc.json` from `file:` workspace folders; other schemes have none. */
export const nodeHost: CordialHost = {
  async readWorkspaceConfig(folderUri) {
    if (!folderUri.startsWith('file:')) return null;
    let path: string;
    try {
      path = join(fileURLToPath(folderUri), RC_FILE);
    } catch {
      return null;
    }
    try {
      return await readBoundedText(path);
    } catch (err) {
      // No file is no configuration; one that cannot be read (a FIFO, too large) is said so.
      if (
        (err as NodeJS.ErrnoException).code === 'ENOENT' ||
        (err as NodeJS.ErrnoException).code === 'ENOTDIR'
      )
        return null;
      throw err;
    }
  },
  fixAll: fixAllInThread,
};

/** The fix-all thread, started on first use and ended when a job is cancelled. */
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (output: string | null | undefined) => void>();

function thread(): Worker | null {
  if (worker) return worker;
  const file = join(__dirname, 'fix-worker.js');
  if (!existsSync(file)) return null;
  try {
    const w = new Worker(file);
    w.unref();
    w.on('message', (a: FixAnswer) => {
      const done = pending.get(a.id);
      pending.delete(a.id);
      done?.(a.output);
    });
    // A thread that fails or ends leaves its jobs to the server's own thread.
    const fail = () => {
      if (worker === w) worker = null;
      for (const done of pending.values()) done(undefined);
      pending.clear();
    };
    w.on('error', fail);
    w.on('exit', fail);
    worker = w;
    return w;
  } catch {
    return null;
  }
}

/**
 * Fix-all on the fix-all thread: the fixed text, or null when cancelled (the thread is ended, so
 * a long job stops at once) or when no thread can run (the caller then fixes in-process).
 */
async function fixAllInThread(
  text: string,
  kind: DraftKind,
  config: ResolvedConfig,
  locale: Locale,
  onCancel: (cancel: () => void) => void,
): Promise<string | null | undefined> {
  const w = thread();
  if (!w) return undefined;
  const id = nextId++;
  // Overrides are already applied to `config`; their compiled globs cannot cross threads.
  const { overrides: _applied, ...plain } = config;
  const job: FixJob = { id, text, kind, config: plain, locale };
  return new Promise((resolve) => {
    pending.set(id, resolve);
    onCancel(() => {
      if (!pending.has(id)) return;
      pending.delete(id);
      resolve(null);
      if (worker === w) worker = null;
      // Other jobs on this thread go back to the server's own thread.
      for (const done of pending.values()) done(undefined);
      pending.clear();
      void w.terminate();
    });
    w.postMessage(job);
  });
}
