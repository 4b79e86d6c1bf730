import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

/**
 * The most bytes of one draft that are checked. A chat or e-mail draft is a few kilobytes; an
 * e-mail with attachments a few megabytes. Beyond this the file is reported (`format/unreadable`,
 * `tooLarge`) and only its start is checked, cut at a line break.
 */
export const MAX_BYTES = 20 * 1024 * 1024;

export interface ReadResult {
  /** At most `MAX_BYTES`, cut at a line break when the file was larger. */
  bytes: Uint8Array;
  /** The whole file's size in bytes. */
  size: number;
  truncated: boolean;
}

/** The error of a file that is not a regular file (a FIFO, a device, a socket). */
export function notRegular(): Error {
  return Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
}

/**
 * Opens a regular file for reading, or throws: a folder is `EISDIR`, anything else that is not a
 * regular file `ENOTREG`. Checked before opening (opening a FIFO waits for a writer) and again
 * on the open file (opened without waiting), so a file swapped in between is caught too.
 */
function openRegular(abs: string): number {
  const st = statSync(abs);
  if (st.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  if (!st.isFile()) throw notRegular();
  const fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  const again = fstatSync(fd);
  if (!again.isFile()) {
    closeSync(fd);
    throw again.isDirectory() ? Object.assign(new Error('is a folder'), { code: 'EISDIR' }) : notRegular();
  }
  return fd;
}

/**
 * A regular file's bytes, or `tooLarge` when it holds more than `max` (its size is checked
 * before reading, and no more than `max + 1` bytes are ever read). Throws the file system's error.
 */
export function readRegularFile(abs: string, max: number): Uint8Array | 'tooLarge' {
  const fd = openRegular(abs);
  try {
    if (fstatSync(fd).size > max) return 'tooLarge';
    const buf = Buffer.allocUnsafe(max + 1);
    let total = 0;
    while (total < buf.length) {
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
    }
    return total > max ? 'tooLarge' : buf.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/** Reads a draft (a regular file), at most `MAX_BYTES` of it. Throws the file system's error. */
export function readDraftFile(abs: string): ReadResult {
  const fd = openRegular(abs);
  try {
    const st = fstatSync(fd);
    const chunks: Buffer[] = [];
    let total = 0;
    const want = MAX_BYTES + 1;
    // Read until end of file rather than trusting `size` (a file may grow meanwhile), never past the limit.
    while (total < want) {
      const chunk = chunks.length === 0 ? Math.max(st.size + 1, 65536) : 65536;
      const buf = Buffer.allocUnsafe(Math.min(want - total, chunk));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
    }
    const bytes = Buffer.concat(chunks, total);
    if (total <= MAX_BYTES) return { bytes, size: total, truncated: false };
    return {
      bytes: cutAtLineBreak(bytes.subarray(0, MAX_BYTES)),
      size: Math.max(st.size, total),
      truncated: true,
    };
  } finally {
    closeSync(fd);
  }
}

/** Reads standard input, keeping at most `MAX_BYTES` and counting the rest. */
export async function readStream(stream: AsyncIterable<Buffer | string>): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (kept < MAX_BYTES) {
      const part = buf.subarray(0, MAX_BYTES - kept);
      chunks.push(part);
      kept += part.length;
    }
  }
  const bytes = Buffer.concat(chunks, kept);
  if (size <= MAX_BYTES) return { bytes, size, truncated: false };
  return { bytes: cutAtLineBreak(bytes), size, truncated: true };
}

/** The bytes up to and including the last line break; without one, up to the last whole UTF-8 character. */
export function cutAtLineBreak(bytes: Uint8Array): Uint8Array {
  const lf = bytes.lastIndexOf(0x0a);
  if (lf >= 0) return bytes.subarray(0, lf + 1);
  const cr = bytes.lastIndexOf(0x0d);
  if (cr >= 0) return bytes.subarray(0, cr + 1);
  let end = bytes.length;
  let back = 0;
  while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1]! & 0xc0) === 0x80) back++;
  const lead = bytes[end - back - 1];
  if (lead !== undefined && lead >= 0xc0) {
    const len = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (back + 1 < len) end -= back + 1;
  }
  return bytes.subarray(0, end);
}

/** `25.3 MB`: sizes in messages. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
