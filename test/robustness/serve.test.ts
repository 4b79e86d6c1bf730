/** `web/serve.mjs` when its port is taken: one clear line and exit 1, no stack trace. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';

test('web/serve.mjs on a port already in use says so in one line, without a stack trace', async (t) => {
  const blocker = createServer();
  await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
  t.after(() => blocker.close());
  const port = (blocker.address() as { port: number }).port;
  const r = spawnSync(process.execPath, [join(process.cwd(), 'web/serve.mjs'), String(port)], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (/not built yet/.test(r.stderr)) return t.skip('web/dist is not built');
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`port ${port} is already in use`));
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(r.stderr.trim().split('\n').length, 1);
});
