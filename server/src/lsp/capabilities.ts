import { CodeActionKind, TextDocumentSyncKind, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import { Commands, FIX_ALL_KIND, type InitializationOptions } from './protocol';
import packageJson from '../../../package.json';

/**
 * What the server can do, from the client's `initialize` parameters alone. Kept free of
 * the engine so the server answers `initialize` before loading it (cold start).
 */
export function serverCapabilities(params: InitializeParams): InitializeResult {
  const initOptions = (params.initializationOptions ?? {}) as InitializationOptions;
  const pull = !!params.capabilities?.textDocument?.diagnostic;
  const clientCommands = new Set(initOptions.clientCommands ?? []);
  const serverCommands = [Commands.openDocs, Commands.previewTimeline].filter((c) => !clientCommands.has(c));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      diagnosticProvider: pull ? { identifier: 'walint', interFileDependencies: true, workspaceDiagnostics: false } : undefined,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      completionProvider: { triggerCharacters: [':', ' ', '{'], resolveProvider: false },
      codeLensProvider: { resolveProvider: false },
      executeCommandProvider: { commands: serverCommands },
      workspace: { workspaceFolders: { supported: true, changeNotifications: false } },
    },
    serverInfo: { name: 'walint', version: packageJson.version },
  };
}
