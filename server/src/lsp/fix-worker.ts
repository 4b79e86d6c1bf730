/**
 * The Node language server's fix-all thread (`dist/fix-worker.js`): fix-all re-lints a document
 * several times, seconds on a document near the bound, so it runs here and the server keeps
 * answering hovers meanwhile. A cancelled job ends the thread (see `node-host.ts`).
 */
import { parentPort } from 'node:worker_threads';
import { type DraftKind, fixAll, type Locale, type ResolvedConfig } from '../core';

export interface FixJob {
  id: number;
  text: string;
  kind: DraftKind;
  config: ResolvedConfig;
  locale: Locale;
}

export interface FixAnswer {
  id: number;
  output?: string;
  error?: string;
}

parentPort?.on('message', (job: FixJob) => {
  let answer: FixAnswer;
  try {
    answer = {
      id: job.id,
      output: fixAll(job.text, job.kind, { config: job.config, locale: job.locale }).output,
    };
  } catch (err) {
    answer = { id: job.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(answer);
});
