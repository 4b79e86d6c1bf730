import type { DraftKind, Locale, ResolvedConfig } from '../core';

/**
 * What the server needs from its surroundings beyond the LSP connection. The Node entry reads
 * files; a browser worker supplies its own (or nothing), so the server logic stays portable.
 */
export interface CordialHost {
  /**
   * The text of `.cordialrc.json` at the root of a workspace folder (a URI), or null when there
   * is none or it cannot be read (virtual file systems included).
   */
  readWorkspaceConfig(folderUri: string): Promise<string | null>;
  /**
   * Fix-all off the server's thread (Node), so hovers are answered meanwhile: the fixed text;
   * null when `onCancel`'s callback was called first; undefined when it cannot run there (the
   * server then fixes in its own thread, between passes checking for cancellation).
   */
  fixAll?(
    text: string,
    kind: DraftKind,
    config: ResolvedConfig,
    locale: Locale,
    onCancel: (cancel: () => void) => void,
  ): Promise<string | null | undefined>;
}

/** The file a workspace's shared configuration lives in. */
export const RC_FILE = '.cordialrc.json';

/** The URI of `.cordialrc.json` in a folder URI. */
export function rcUri(folderUri: string): string {
  return `${folderUri.replace(/\/+$/, '')}/${RC_FILE}`;
}

/** A host that reads nothing (browser, tests). */
export const nullHost: CordialHost = {
  readWorkspaceConfig: async () => null,
};
