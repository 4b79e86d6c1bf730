/**
 * Cordial's VS Code client: starts the bundled language server over IPC and adds what only the
 * editor can do (the status bar, writing workspace settings). No linting logic lives here.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { disableRule } from './disableRule';
import { StatusBar } from './statusBar';
import { registerTemplateCommands } from './templates/commands';

let client: LanguageClient | undefined;

export const LANGUAGES = ['cordial-msg', 'cordial-eml'] as const;

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
  const watcher = vscode.workspace.createFileSystemWatcher('**/.cordialrc.json');
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    // No scheme: drafts in `file`, `untitled` and virtual workspaces (`vscode-vfs` …) alike.
    documentSelector: LANGUAGES.map((language) => ({ language })),
    synchronize: { fileEvents: watcher },
    initializationOptions: {
      locale: vscode.env.language,
      clientCommands: ['cordial.disableRule'],
      fileWatcher: 'client',
    },
  };
  // The id `cordial` makes the client read `cordial.trace.server`.
  client = new LanguageClient('cordial', 'Cordial', serverOptions, clientOptions);

  const statusBar = new StatusBar(() => client);
  context.subscriptions.push(
    statusBar,
    vscode.commands.registerCommand('cordial.disableRule', (ruleId: unknown, uri: unknown) =>
      typeof ruleId === 'string' ? disableRule(ruleId, typeof uri === 'string' ? uri : undefined) : undefined,
    ),
    vscode.commands.registerCommand('cordial.restartServer', async () => {
      await client?.restart();
      statusBar.refresh();
    }),
  );

  // ---- Template commands (client/src/templates/) register here. ------------------------------
  registerTemplateCommands(context);
  // ---------------------------------------------------------------------------------------------

  await client.start();
  statusBar.refresh();
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  await c?.stop();
}
