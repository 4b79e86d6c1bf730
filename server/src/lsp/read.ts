import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { CONFIG_LIMITS } from '../core';

/**
 * A configuration file's text, read only when it is a regular file no larger than the limit: a
 * FIFO must not hang the server (it is never opened) nor `/dev/zero` fill its memory. Throws a
 * short message otherwise, for the user.
 */
export async function readBoundedText(path: string, max: number = CONFIG_LIMITS.bytes): Promise<string> {
  const st = await stat(path);
  if (!st.isFile()) throw new Error('not a regular file');
  if (st.size > max) throw new Error(`larger than ${Math.round(max / 1024)} KB`);
  const fh = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const again = await fh.stat();
    if (!again.isFile()) throw new Error('not a regular file');
    const buf = Buffer.alloc(max + 1);
    let total = 0;
    while (total < buf.length) {
      const { bytesRead } = await fh.read(buf, total, buf.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > max) throw new Error(`larger than ${Math.round(max / 1024)} KB`);
    return new TextDecoder().decode(buf.subarray(0, total));
  } finally {
    await fh.close();
  }
}
