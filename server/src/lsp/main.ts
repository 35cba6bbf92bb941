// Entry point of the language server process. The transport comes from the command line, as every LSP client
// passes it: --stdio, --node-ipc or --socket=<port> (vscode-languageserver reads process.argv).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
