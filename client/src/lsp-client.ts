/**
 * The language client, in its own bundle (dist/lsp-client.js): extension.ts requires it after
 * activation, so vscode-languageclient and yaml are not parsed on the activation path.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { parse } from 'yaml';
import { Commands, type InitializationOptions, type WalintSettings } from '../../server/src/lsp/protocol';
import { documentPatterns, WATCH_PATTERN, type FolderPattern } from './patterns';

/** Commands this client runs itself; the server must not register them too. */
export const CLIENT_COMMANDS = [Commands.openDocs, Commands.previewTimeline];

export function readSettings(): WalintSettings {
  const c = vscode.workspace.getConfiguration('walint');
  return {
    enable: c.get<boolean>('enable', true),
    run: c.get<'onType' | 'onSave'>('run', 'onType'),
    debounceMs: c.get<number>('debounceMs', 200),
    locale: c.get<'auto' | 'en' | 'fr'>('locale', 'auto'),
    rules: c.get<Record<string, 'error' | 'warning' | 'info' | 'off'>>('rules', {}),
    trace: { server: c.get<'off' | 'messages' | 'verbose'>('trace.server', 'off') },
  };
}

/** walint.config.yaml files at the root of each workspace folder (only for their `files:` globs). */
async function readFolderConfigs(log: vscode.LogOutputChannel): Promise<{ folder: string; data: unknown }[]> {
  const out: { folder: string; data: unknown }[] = [];
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!folders.length) return out;
  for (const folder of folders) {
    for (const name of ['walint.config.yaml', 'walint.config.yml']) {
      const uri = vscode.Uri.joinPath(folder.uri, name);
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch {
        continue; // no such file
      }
      try {
        // data only: yaml's default schema builds plain values, runs nothing
        out.push({ folder: folder.uri.toString(), data: parse(new TextDecoder().decode(bytes), { maxAliasCount: 100 }) });
      } catch (e) {
        log.warn(`${uri.toString(true)}: ${(e as Error).message} (the server reports it as a problem)`);
      }
      break;
    }
  }
  return out;
}

function toSelector(patterns: FolderPattern[]): LanguageClientOptions['documentSelector'] {
  // no language id: the patterns decide (yaml, json, jsonc or any other mode the user picked)
  // a config's globs are relative to its folder (LSP RelativePattern; the client converts it)
  return patterns.map((p) => ({ pattern: p.base ? { baseUri: p.base, pattern: p.pattern } : p.pattern }));
}

/** Build (not start) the language client. */
export async function createClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Promise<LanguageClient> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const settings = readSettings();
  const patterns = documentPatterns(vscode.workspace.getConfiguration('walint').get<unknown[]>('validate.patterns', []), await readFolderConfigs(log));
  log.info(`documents: ${patterns.map((p) => (p.base ? `${p.base}/${p.pattern}` : p.pattern)).join(', ')}`);
  const initializationOptions: InitializationOptions = {
    locale: vscode.env.language,
    settings,
    clientCommands: CLIENT_COMMANDS,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: toSelector(patterns),
    initializationOptions,
    outputChannel: log,
    traceOutputChannel: log,
    synchronize: {
      configurationSection: 'walint',
      fileEvents: vscode.workspace.createFileSystemWatcher(WATCH_PATTERN),
    },
    diagnosticCollectionName: 'walint',
    markdown: { isTrusted: false, supportHtml: false },
  };
  return new LanguageClient('walint', 'walint', serverOptions, clientOptions);
}
