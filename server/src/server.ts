/**
 * walint-language-server: the entry point any LSP client starts.
 *   walint-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>
 *
 * Two stages, for a fast cold start: `initialize` is answered from the client's
 * parameters alone; the engine (rules, schemas, lexicons: most of the start-up time)
 * is loaded when the client sends `initialized`, which the protocol guarantees comes
 * before any other message.
 */
import { createConnection, ProposedFeatures, type InitializeParams } from 'vscode-languageserver/node';
import { serverCapabilities } from './lsp/capabilities';
import { processGcTuning } from './lsp/memory';
import packageJson from '../../package.json';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`walint-language-server ${packageJson.version}\n`);
  process.exit(0);
}
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe=') || a.startsWith('--clientProcessId'))) {
  process.stderr.write('Usage: walint-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n');
  process.exit(2);
}

// V8's collector tuned for small documents before the engine loads (see GcTuning)
processGcTuning();
const connection = createConnection(ProposedFeatures.all);
let initializeParams: InitializeParams | undefined;
connection.onInitialize((params) => {
  initializeParams = params;
  return serverCapabilities(params);
});
connection.onInitialized(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on purpose after `initialize`
  const { attachSession } = require('./lsp/session') as typeof import('./lsp/session');
  attachSession(connection, initializeParams ?? { processId: null, rootUri: null, capabilities: {} });
});
connection.listen();
