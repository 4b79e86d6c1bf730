// Process and network helpers shared by the stand-in and the UI driver: servers run on loopback
// in their own process group and are stopped as a group; readiness is polled, never slept on.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';

/** A TCP port on 127.0.0.1 that nothing listens on now. */
export async function freePort() {
  for (let i = 0; i < 20; i++) {
    const port = await new Promise((resolve, reject) => {
      const srv = createServer();
      srv.once('error', reject);
      srv.listen(0, '127.0.0.1', () => {
        const p = srv.address().port;
        srv.close(() => resolve(p));
      });
    });
    // A leftover server would answer a readiness probe in place of ours: make sure none does.
    if (!(await answers(port))) return port;
  }
  throw new Error('no free port on 127.0.0.1');
}

function answers(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts a command as the leader of a new process group (setsid), output to `logFile`. */
export function startGroup(cmd, args, { env, cwd, logFile }) {
  const fd = openSync(logFile, 'a');
  const child = spawn(cmd, args, { env, cwd, detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.once('error', () => {});
  return child;
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

async function until(predicate, timeoutMs, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return true;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return predicate();
}

/** Stops a process group started by startGroup and waits until every member is gone. */
export async function stopGroup(child) {
  if (!child?.pid) return;
  const pgid = child.pid;
  if (!groupAlive(pgid)) return;
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {}
  if (await until(() => !groupAlive(pgid), 10_000)) return;
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {}
  if (!(await until(() => !groupAlive(pgid), 10_000)))
    throw new Error(`process group ${pgid} is still alive after SIGKILL`);
}

/** Polls `url` until it answers (any HTTP status), failing early when the server process died. */
export async function waitForHttp(url, { timeoutMs, alive, logFile }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (alive && alive.exitCode !== null) {
      throw new Error(
        `the server exited with code ${alive.exitCode} before answering ${url}\n${tail(logFile)}`,
      );
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      return;
    } catch {}
    if (Date.now() > deadline)
      throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s\n${tail(logFile)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * The error lines of Cordial's output channel (the language client's log) under a user-data or
 * server-data folder: why the server did not start or crashed, for failure reports.
 */
export function cordialLogErrors(root, max = 12) {
  const logs = [];
  const walk = (dir, depth) => {
    if (depth > 8) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (e.name === 'Cordial.log') logs.push(p);
    }
  };
  walk(root, 0);
  const lines = [];
  for (const file of logs) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const m = /\[error\] (.*)$/.exec(line);
      if (!m) continue;
      // Minified source lines that Node prints above an error are long: keep their start only.
      const full = m[1].trim();
      const text = full.length > 200 ? `${full.slice(0, 200)}…` : full;
      // Keep what says what went wrong; drop stack frames and blank lines.
      if (!text || /^at |^\^|^-|^\{|^\}|^code:|^requireStack|^Node\.js/.test(text)) continue;
      if (!lines.includes(text)) lines.push(text);
      if (lines.length >= max) return lines;
    }
  }
  return lines;
}
