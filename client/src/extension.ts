/**
 * Cordial's VS Code client: starts the bundled language server over IPC and adds what only the
 * editor can do (the status bar, writing workspace settings). No linting logic lives here. The
 * browser client (`browser.ts`) shares everything but the server's start (`common.ts`).
 */
import * as vscode from 'vscode';
import { CloseAction, LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { clientOptions, startCordial } from './common';
import { RESTART_NOTICE, withRestartNotice } from './restartNotice';

export { LANGUAGES } from './common';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  // The id `cordial` makes the client read `cordial.trace.server`.
  const options = clientOptions(context);
  // The client restarts a crashed server by itself; tell the user once that it happened.
  options.errorHandler = withRestartNotice(
    () => client!.createDefaultErrorHandler(),
    CloseAction.Restart,
    () => void vscode.window.showWarningMessage(vscode.l10n.t(RESTART_NOTICE)),
  );
  client = new LanguageClient('cordial', 'Cordial', serverOptions, options);
  // Commands (template commands included), the status bar, then the server.
  await startCordial(context, () => client);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  await c?.stop();
}
