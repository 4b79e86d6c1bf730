import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/*
 * Writing fixes without ever losing a byte: the new text goes to a temporary file in the draft's
 * own folder, is flushed to disk, and replaces the draft by `rename` (atomic on one file system),
 * keeping its mode and owner — and only when the draft still holds exactly the bytes that were
 * read. An advisory lock file queues two `--fix` runs over one folder instead of letting them race.
 */

/** Why a draft's fixes were not written. `error` is a failed write (exit status 2); the others are refusals. */
export type WriteRefusal = 'symlink' | 'outside' | 'readOnly' | 'notRegular' | 'changed' | 'error';

export type WriteOutcome = { written: true } | { written: false; why: WriteRefusal; error?: unknown };

export interface WriteOptions {
  /** The folder being fixed: a draft reached through a link is written only when its target is inside. */
  root: string;
  /** Write through symbolic links (whose targets stay inside `root`). */
  followSymlinks: boolean;
  /** Replaceable in tests: the system calls that can fail with ENOSPC, EIO … */
  fs?: Partial<WriteFs>;
}

export interface WriteFs {
  writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => number;
  fsyncSync: (fd: number) => void;
  renameSync: (from: string, to: string) => void;
}

/** True when `child` is `parent` or inside it (both absolute, real paths). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * Where the fixes of `abs` may be written, or why not: the draft itself when no link is involved
 * below `root`; with `followSymlinks`, the link's target when it lies inside `root`.
 */
export function writablePath(
  abs: string,
  options: WriteOptions,
): { path: string; stat: Stats } | WriteRefusal {
  let real: string;
  let st: Stats;
  try {
    real = realpathSync(abs);
    st = statSync(real);
  } catch {
    return 'error';
  }
  const rootReal = realOrSelf(options.root);
  // The path as written, with only `root` itself resolved: equal to `real` when no link is followed.
  const literal = join(rootReal, relative(options.root, abs));
  if (real !== literal) {
    if (!options.followSymlinks) return 'symlink';
    if (!isInside(rootReal, real)) return 'outside';
  }
  if (!st.isFile()) return 'notRegular';
  // A file nobody may write is not rewritten, even by root (who could).
  if ((st.mode & 0o222) === 0) return 'readOnly';
  return { path: real, stat: st };
}

/**
 * Replaces the draft at `abs` by `next`, provided it still holds `original` byte for byte.
 * Never leaves a partial draft: on any failure the original is untouched and the temporary file
 * removed.
 */
export function safeWrite(
  abs: string,
  original: Uint8Array,
  next: Uint8Array,
  options: WriteOptions,
): WriteOutcome {
  const where = writablePath(abs, options);
  if (typeof where === 'string') return { written: false, why: where };
  const { path, stat } = where;
  const fs: WriteFs = {
    writeSync: (fd, data, offset, length) => writeSync(fd, data, offset, length),
    fsyncSync,
    renameSync,
    ...options.fs,
  };
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.cordial-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  let created = false;
  try {
    fd = openSync(temp, 'wx', stat.mode & 0o7777);
    created = true;
    let off = 0;
    while (off < next.length) {
      const n = fs.writeSync(fd, next, off, next.length - off);
      if (n <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
      off += n;
    }
    fchmodSync(fd, stat.mode & 0o7777);
    const now = fstatSync(fd);
    if (now.uid !== stat.uid || now.gid !== stat.gid) fchownSync(fd, stat.uid, stat.gid);
    fs.fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // The last moment to notice an edit made while the fixes were computed.
    let current: Buffer;
    try {
      current = readFileSync(path);
    } catch (err) {
      unlinkSync(temp);
      created = false;
      return { written: false, why: 'error', error: err };
    }
    if (!sameBytes(current, original)) {
      unlinkSync(temp);
      created = false;
      return { written: false, why: 'changed' };
    }
    fs.renameSync(temp, path);
    created = false;
    syncDir(dir);
    return { written: true };
  } catch (err) {
    if (fd !== undefined)
      try {
        closeSync(fd);
      } catch {}
    if (created)
      try {
        unlinkSync(temp);
      } catch {}
    return { written: false, why: 'error', error: err };
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
}

/** Flushes a folder's entry list so the rename survives a crash (best effort: not every system allows it). */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
  } finally {
    if (fd !== undefined)
      try {
        closeSync(fd);
      } catch {}
  }
}

// ---------------------------------------------------------------- advisory lock

export const LOCK_FILE = '.cordial-fix.lock';
/** A lock whose holder has written nothing for this long is taken over (its owner is assumed gone). */
const STALE_MS = 10 * 60 * 1000;
const POLL_MS = 50;

export interface Lock {
  /** Marks the lock as alive (called after each draft). */
  touch(): void;
  release(): void;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the advisory lock of a folder being fixed: a file created exclusively in it, holding the
 * process id. Another run waits (telling `waiting` once) until the lock is released, its holder
 * is gone, or it has been idle for ten minutes. A folder where no lock can be made (read-only)
 * gets none: nothing can be written there anyway.
 */
export function acquireLock(folder: string, waiting: (pid: number) => void): Lock {
  const file = join(folder, LOCK_FILE);
  let told = false;
  for (;;) {
    let fd: number;
    try {
      fd = openSync(file, 'wx', 0o644);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') return { touch() {}, release() {} };
      let pid = 0;
      let stale = false;
      try {
        pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
        const age = Date.now() - lstatSync(file).mtimeMs;
        stale = (Number.isFinite(pid) && pid > 0 && !alive(pid)) || age > STALE_MS;
      } catch {
        continue; // released meanwhile
      }
      if (stale) {
        // Two waiters may both see it stale: renaming it away first lets only one of them remove it.
        const aside = `${file}.${process.pid}.stale`;
        try {
          renameSync(file, aside);
          unlinkSync(aside);
        } catch {}
        continue;
      }
      if (!told) {
        told = true;
        waiting(pid);
      }
      sleep(POLL_MS);
      continue;
    }
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    let released = false;
    return {
      touch() {
        if (released) return;
        try {
          const now = new Date();
          utimesSync(file, now, now);
        } catch {}
      },
      release() {
        if (released) return;
        released = true;
        try {
          if (Number.parseInt(readFileSync(file, 'utf8'), 10) === process.pid) unlinkSync(file);
        } catch {}
      },
    };
  }
}
