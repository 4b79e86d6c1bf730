/**
 * The Node entry of Cordial's language server: VS Code starts it over IPC; other editors run
 * `cordial-lsp --stdio` (the transport is chosen from the command line).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeHost } from './node-host';
import { createCordialServer } from './server';

const connection = createConnection(ProposedFeatures.all);
createCordialServer(connection, nodeHost);
connection.listen();
