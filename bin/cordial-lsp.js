#!/usr/bin/env node
// Cordial's language server for any editor: `cordial-lsp --stdio`.
require('../dist/server.js');
