/**
 * What the Node client (`extension.ts`) and the browser client (`browser.ts`) share: the client
 * options, the commands, the status bar, and answering the server's request for
 * `.cordialrc.json`. Only how the server is started differs between the two.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { READ_WORKSPACE_CONFIG_REQUEST } from '../../shared/requests';
import { allowWord } from './allowWord';
import { registerDecodedView } from './decoded';
import { disableRule } from './disableRule';
import { registerSendCommands } from './send';
import { StatusBar } from './statusBar';
import { registerTemplateCommands } from './templates/commands';

export const LANGUAGES = ['cordial-msg', 'cordial-eml'] as const;

/** Sent by the browser server, which cannot read files: `{ folderUri }` → the text of its `.cordialrc.json`, or null. */
export { READ_WORKSPACE_CONFIG_REQUEST };

const RC_FILE = '.cordialrc.json';

/** The language client's options, the same in Node and in the browser. */
export function clientOptions(context: vscode.ExtensionContext): LanguageClientOptions {
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${RC_FILE}`);
  context.subscriptions.push(watcher);
  return {
    // No scheme: drafts in `file`, `untitled` and virtual workspaces (`vscode-vfs` …) alike.
    documentSelector: LANGUAGES.map((language) => ({ language })),
    synchronize: { fileEvents: watcher },
    initializationOptions: {
      locale: vscode.env.language,
      clientCommands: ['cordial.disableRule', 'cordial.allowWord'],
      fileWatcher: 'client',
    },
  };
}

/**
 * Registers the commands and the status bar, starts the client and answers the server's
 * `cordial/readWorkspaceConfig`. `getClient` returns the running client (it changes on restart).
 */
export async function startCordial(
  context: vscode.ExtensionContext,
  getClient: () => BaseLanguageClient | undefined,
): Promise<void> {
  const statusBar = new StatusBar(getClient);
  context.subscriptions.push(
    statusBar,
    vscode.commands.registerCommand('cordial.disableRule', (ruleId: unknown, uri: unknown) =>
      typeof ruleId === 'string' ? disableRule(ruleId, typeof uri === 'string' ? uri : undefined) : undefined,
    ),
    vscode.commands.registerCommand('cordial.allowWord', (word: unknown, uri: unknown) =>
      typeof word === 'string' ? allowWord(word, typeof uri === 'string' ? uri : undefined) : undefined,
    ),
    vscode.commands.registerCommand('cordial.restartServer', async () => {
      const c = getClient();
      if (!c) return;
      if (c.isRunning()) await c.stop();
      await startClient(c);
      statusBar.refresh();
    }),
  );
  registerTemplateCommands(context);
  registerSendCommands(context, getClient);
  registerDecodedView(context, getClient);

  const client = getClient();
  if (!client) return;
  // Registered before start so the first lint's request finds its handler.
  context.subscriptions.push(
    client.onRequest(READ_WORKSPACE_CONFIG_REQUEST, (params: { folderUri?: unknown }) =>
      typeof params?.folderUri === 'string' ? readWorkspaceConfig(params.folderUri) : null,
    ),
  );
  await startClient(client);
  statusBar.refresh();
}

/**
 * Starts the client. A server that cannot start (a browser that refuses the worker, say) is
 * already reported by the client itself ("couldn't create connection to server", with the
 * output channel); activation goes on, so the commands that need no server keep working.
 */
async function startClient(client: BaseLanguageClient): Promise<void> {
  try {
    await client.start();
  } catch {
    // Reported by the client.
  }
}

/** The text of `.cordialrc.json` in a workspace folder, through `vscode.workspace.fs` (any scheme). */
export async function readWorkspaceConfig(folderUri: string): Promise<string | null> {
  let folder: vscode.Uri;
  try {
    folder = vscode.Uri.parse(folderUri, true);
  } catch {
    return null;
  }
  // Only the folders of this workspace: the server must not read files anywhere else.
  const trim = (u: vscode.Uri) => u.toString().replace(/\/+$/, '');
  if (!vscode.workspace.workspaceFolders?.some((f) => trim(f.uri) === trim(folder))) return null;
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, RC_FILE));
    return new TextDecoder('utf-8').decode(bytes);
  } catch {
    return null;
  }
}
