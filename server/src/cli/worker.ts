// Entry point of a `cordial check --jobs N` worker thread (bundled to dist/cli-worker.js; see
// pool.ts): checks the drafts the main thread hands it, one message each, and at the end sends
// the time it spent per rule (with `--timing`).
import { parentPort, workerData } from 'node:worker_threads';
import type { RuleTiming } from '../core';
import { checkFile } from './check';
import type { FromWorker, ToWorker, WorkerSetup } from './pool';
import { toWire } from './pool';

const port = parentPort;
if (port) {
  const setup = workerData as WorkerSetup;
  const timing: RuleTiming | undefined = setup.timing ? new Map() : undefined;
  const send = (m: FromWorker) => port.postMessage(m);
  port.on('message', (m: ToWorker) => {
    if (m === null) {
      send({ timing: timing ? [...timing] : [] });
      port.close();
      return;
    }
    try {
      const result = checkFile(m.target, undefined, {
        config: m.config,
        locale: setup.locale,
        fix: false,
        note: () => {},
        reportUnused: setup.reportUnused,
        ...(timing ? { timing } : {}),
      });
      send({ id: m.id, result: toWire(result, setup.locale) });
    } catch (err) {
      send({ id: m.id, error: err instanceof Error ? err.message : String(err) });
    }
  });
  send({ ready: true });
}
