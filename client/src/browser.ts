/**
 * Cordial's client in VS Code for the Web: the same client as `extension.ts` (`common.ts`), with
 * the language server started as a web worker from `dist/browser/server.js`. The worker reads no
 * files: it asks this client for `.cordialrc.json` (`cordial/readWorkspaceConfig`, answered in
 * `common.ts` through `vscode.workspace.fs`).
 */
import * as vscode from 'vscode';
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  LanguageClient,
  type MessageTransports,
} from 'vscode-languageclient/browser';
import { clientOptions, startCordial } from './common';

let client: LanguageClient | undefined;
let worker: Worker | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/browser/server.js');
  // Transports rather than the worker itself: VS Code replaces the global `Worker` in its
  // extension host, so the client's `instanceof Worker` test fails on the worker it gets.
  const start = async (): Promise<MessageTransports> => {
    worker?.terminate(); // a restart: the old server goes
    worker = await startWorker(serverMain);
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  // The id `cordial` makes the client read `cordial.trace.server`.
  client = new LanguageClient('cordial', 'Cordial', start, clientOptions(context));
  await startCordial(context, () => client);
}

async function startWorker(serverMain: vscode.Uri): Promise<Worker> {
  try {
    return new Worker(serverMain.toString(true));
  } catch {
    // Installed on a remote server but run in the browser (code-server, `remote.extensionKind`):
    // VS Code refuses workers from `vscode-remote:` URIs, so start it from the script's text.
    const bytes = await vscode.workspace.fs.readFile(serverMain);
    const url = URL.createObjectURL(
      new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/javascript' }),
    );
    return new Worker(url);
  }
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  await c?.stop();
  worker?.terminate();
  worker = undefined;
}
