// Entry point of the `cordial` command (bundled to dist/cli.js, started by bin/cordial.js).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { run } from './run';

// A closed pipe (`cordial check | head`) is not an error of ours.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  columns: process.stderr.columns,
  stdin: process.stdin,
  parallelism: availableParallelism(),
  // Built beside this bundle by scripts/build.mjs.
  workerScript: join(__dirname, 'cli-worker.js'),
}).then(
  (code) => {
    // Not process.exit(): it could cut off output still flowing into a pipe.
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `cordial: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 2;
  },
);
