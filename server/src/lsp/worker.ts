/**
 * The browser entry of Cordial's language server: a web worker speaking LSP through
 * `postMessage` (VS Code for the Web starts it from `dist/browser/server.js`; the web page in
 * `web/` starts the same file). Same core, same rules, same messages and fixes as the Node server.
 *
 * A worker has no file system. `.cordialrc.json` is read by asking the client: the server sends
 * the request `cordial/readWorkspaceConfig` `{ folderUri }` and the client answers with the file's
 * text, or null when there is none (VS Code's client reads it with `vscode.workspace.fs`, so it
 * works on virtual file systems too). A client that does not know the request answers with an
 * error, which counts as "no file": the web page does exactly that. Changes reach the server as
 * `workspace/didChangeWatchedFiles`, as with the Node server.
 */
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  type Connection,
  createConnection,
} from 'vscode-languageserver/browser';
import { READ_WORKSPACE_CONFIG_REQUEST, type ReadWorkspaceConfigParams } from '../../../shared/requests';
import type { CordialHost } from './host';
import { createCordialServer } from './server';

/** A host that asks the client for what the Node server reads from disk. */
function clientHost(connection: Connection): CordialHost {
  return {
    async readWorkspaceConfig(folderUri) {
      const params: ReadWorkspaceConfigParams = { folderUri };
      const text: unknown = await connection.sendRequest(READ_WORKSPACE_CONFIG_REQUEST, params);
      return typeof text === 'string' ? text : null;
    },
  };
}

// `self` is the worker's global scope; the DOM typings in this project call it a Window.
const scope = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
createCordialServer(connection, clientHost(connection));
connection.listen();
