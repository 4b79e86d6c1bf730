import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CordialHost, RC_FILE } from './host';

/** Reads `.cordialrc.json` from `file:` workspace folders; other schemes have none. */
export const nodeHost: CordialHost = {
  async readWorkspaceConfig(folderUri) {
    if (!folderUri.startsWith('file:')) return null;
    try {
      return await readFile(join(fileURLToPath(folderUri), RC_FILE), 'utf8');
    } catch {
      return null;
    }
  },
};
