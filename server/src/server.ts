/**
 * walint-language-server: the entry point any LSP client starts.
 *   walint-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/session';
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

startServer(createConnection(ProposedFeatures.all));
