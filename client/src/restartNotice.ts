/**
 * Tells the user once when the language server died and the client restarted it. Pure (no
 * `vscode` import), so its logic is tested without an editor.
 *
 * vscode-languageclient restarts a crashed server by itself (its default error handler allows
 * 4 restarts in 3 minutes, then gives up with its own error message) but says nothing while it
 * does; a user whose diagnostics blink away deserves one word.
 */

/** The English text of the notice; `l10n/bundle.l10n.*.json` translate it. */
export const RESTART_NOTICE =
  'Cordial’s language server stopped unexpectedly and was restarted. Run “Cordial: Restart Language Server” if problems stop updating.';

export interface ErrorHandlerLike<E, C extends { action: unknown }> {
  error(error: Error, message: unknown, count: number | undefined): E | Promise<E>;
  closed(): C | Promise<C>;
}

/**
 * Wraps the client's default error handler (made on first use: it counts restarts, so it must
 * be one object) and calls `tell` the first time a close ends in `restartAction`.
 */
export function withRestartNotice<E, C extends { action: unknown }>(
  makeDefault: () => ErrorHandlerLike<E, C>,
  restartAction: C['action'],
  tell: () => void,
): ErrorHandlerLike<E, C> {
  let inner: ErrorHandlerLike<E, C> | undefined;
  let told = false;
  const handler = () => {
    inner ??= makeDefault();
    return inner;
  };
  return {
    error: (error, message, count) => handler().error(error, message, count),
    async closed() {
      const result = await handler().closed();
      if (result.action === restartAction && !told) {
        told = true;
        tell();
      }
      return result;
    },
  };
}
