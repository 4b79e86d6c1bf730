import { type Dirent, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { type DraftKind, kindOf, type Locale, localized } from '../core';
import { UsageError } from './args';

/** One draft to check: a file on disk, or standard input under the name `--stdin-filename` gives. */
export interface Target {
  /** Absolute path (for stdin: where the named file would be; used to find its configuration). */
  abs: string;
  /** As shown in every output: relative to the working folder, forward slashes. */
  display: string;
  kind: DraftKind;
  stdin: boolean;
  /**
   * The folder being checked that this draft was found in (the folder given, or a named file's
   * own folder): `--fix` writes nothing outside it and locks it while fixing.
   */
  root: string;
}

/** Folders never searched (dot-folders are skipped too). */
const SKIP = new Set(['node_modules']);

/**
 * A text for the terminal: control characters (an escape sequence in a file name could recolour
 * or rewrite the screen) and bidirectional overrides shown as `\u001b`.
 */
export function terminalSafe(s: string): string {
  return s.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/**
 * Expands the command line's paths into drafts, in argument order; folders are searched
 * recursively and their drafts sorted by path. A name ending in `.msg`/`.eml` is a draft even if
 * it cannot be read (a broken link, a folder so named): reading it reports the problem.
 */
export function collectTargets(
  paths: readonly string[],
  cwd: string,
  stdinFilename: string | null,
  warn: (line: string) => void,
): Target[] {
  const targets: Target[] = [];
  const seen = new Set<string>();
  const add = (abs: string, kind: DraftKind, root: string, stdin = false) => {
    const key = stdin ? `\0stdin` : abs;
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ abs, display: displayPath(cwd, abs), kind, stdin, root });
  };

  for (const given of paths) {
    if (given === '-') {
      const kind = kindOf(stdinFilename!);
      if (!kind) throw new UsageError(`--stdin-filename "${stdinFilename}" must end in .msg or .eml`);
      add(resolve(cwd, stdinFilename!), kind, cwd, true);
      continue;
    }
    const abs = resolve(cwd, given);
    const kind = kindOf(given);
    if (kind) {
      if (!exists(abs)) throw new UsageError(`no such file: ${given}`);
      add(abs, kind, dirname(abs));
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      throw new UsageError(`no such file or folder: ${given}`);
    }
    if (!isDir) throw new UsageError(`not a .msg or .eml file: ${given}`);
    const found: { abs: string; kind: DraftKind }[] = [];
    try {
      readdirSync(abs);
    } catch (err) {
      throw new UsageError(`cannot read folder ${given}: ${reason(err)}`);
    }
    walk(
      abs,
      found,
      new Set([safeRealpath(abs)]),
      (dir, err) => warn(`cannot read folder ${displayPath(cwd, dir)}: ${reason(err)}`),
      (path) => warn(`${displayPath(cwd, path)}: the file name is not valid UTF-8; not checked (rename it)`),
    );
    if (found.length === 0) throw new UsageError(`no .msg or .eml files in ${given}`);
    for (const f of found) add(f.abs, f.kind, abs);
  }
  return targets;
}

function walk(
  dir: string,
  out: { abs: string; kind: DraftKind }[],
  visited: Set<string>,
  onError: (dir: string, err: unknown) => void,
  onBadName: (path: string) => void,
): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    onError(dir, err);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP.has(e.name)) continue;
    const p = join(dir, e.name);
    const kind = kindOf(e.name);
    if (kind && e.name.includes('\uFFFD')) {
      // A name that is not valid UTF-8 cannot be opened by the name Node gives it: say so.
      onBadName(p);
      continue;
    }
    if (kind) {
      out.push({ abs: p, kind });
      continue;
    }
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) {
      try {
        isDir = statSync(p).isDirectory();
      } catch {
        isDir = false;
      }
    }
    if (!isDir) continue;
    // A linked folder can lead back up the tree; visit each real folder once.
    const real = safeRealpath(p);
    if (visited.has(real)) continue;
    visited.add(real);
    walk(p, out, visited, onError, onBadName);
  }
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

const REASONS: Record<string, { en: string; zh: string }> = {
  ENOENT: { en: 'file not found', zh: '文件不存在' },
  EACCES: { en: 'permission denied', zh: '没有权限' },
  EPERM: { en: 'permission denied', zh: '没有权限' },
  EISDIR: { en: 'it is a folder', zh: '这是一个文件夹' },
  ELOOP: { en: 'too many symbolic links', zh: '符号链接层数过多' },
  ENOTDIR: { en: 'a part of the path is not a folder', zh: '路径中有一部分不是文件夹' },
  EMFILE: { en: 'too many open files', zh: '打开的文件过多' },
  ENFILE: { en: 'too many open files', zh: '打开的文件过多' },
  ENOTREG: {
    en: 'not a regular file (a pipe, a device or a socket)',
    zh: '不是普通文件（管道、设备或套接字）',
  },
};

/** A short reason for a file-system error, without the path Node puts in its message. */
export function reason(err: unknown, locale: Locale = 'en'): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const known = code ? REASONS[code] : undefined;
  if (known) return localized(known, locale);
  return err instanceof Error ? err.message : String(err);
}
