/**
 * walint's VS Code client: the only code that imports `vscode`. Thin on purpose: it starts the
 * language server (dist/server.js, IPC), wires commands, the status bar and the timeline webview.
 * Everything that checks anything lives in the server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckWorkspaceRequest, FIX_ALL_KIND, StatusNotification } from '../../server/src/lsp/protocol';
import type * as LspClientModule from './lsp-client';
import { DOCS_SCHEME, openRuleDocs, RuleDocsProvider } from './docs';
import { StatusBar } from './status';
import { TimelinePanels } from './timeline/panel';

let client: LanguageClient | undefined;

/** dist/lsp-client.js, loaded after activation (see scripts/build.mjs). */
function lspClientModule(): typeof LspClientModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./lsp-client.js') as typeof LspClientModule;
}
let starting: Promise<void> | undefined;

/** What activate() returns (tests read it through `extension.exports`). */
export interface WalintApi {
  readonly client: LanguageClient | undefined;
  /** Settles when the server has started (or failed to). */
  readonly ready: Promise<void>;
  /** Time activate() took, in milliseconds (also in the walint output). */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): WalintApi {
  const t0 = performance.now();
  const log = vscode.window.createOutputChannel('walint', { log: true });
  const status = new StatusBar();
  const timelines = new TimelinePanels(context, () => client, log);
  context.subscriptions.push(log, status, timelines);

  const start = async (): Promise<void> => {
    if (!vscode.workspace.getConfiguration('walint').get<boolean>('enable', true)) {
      status.setState('disabled');
      log.info('walint.enable is false: the server is not started');
      return;
    }
    const t = performance.now();
    status.setState('starting');
    try {
      await new Promise((r) => setImmediate(r)); // let activate() return first
      const c = await lspClientModule().createClient(context, log);
      client = c;
      c.onNotification(StatusNotification.method, (p: StatusNotification.Params) => status.update(p));
      c.onDidChangeState((e) => {
        // vscode-languageclient State: 1 Stopped, 2 Running, 3 Starting
        if (e.newState === 1) status.setState('stopped');
      });
      await c.start();
      status.setState('ready');
      log.info(`server started in ${(performance.now() - t).toFixed(0)} ms`);
    } catch (e) {
      status.setState('error', (e as Error).message);
      log.error(`the server did not start: ${(e as Error).stack ?? e}`);
    }
  };
  const stop = async (): Promise<void> => {
    const c = client;
    client = undefined;
    if (c) await c.stop().catch((e: Error) => log.warn(`stop: ${e.message}`));
  };
  const restart = async (): Promise<void> => {
    await starting;
    await stop();
    starting = start();
    await starting;
  };

  const register = (id: string, fn: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  register('walint.showOutput', () => log.show(true));
  register('walint.restartServer', () => restart());
  register('walint.openRuleDocs', (arg?: unknown) => openRuleDocs(arg));
  register('walint.openDocs', (arg?: unknown) => openRuleDocs(arg)); // the server's "Show documentation" action
  register('walint.previewTimeline', (arg?: unknown) => timelines.open(arg));
  register('walint.checkWorkspace', () => checkWorkspace(log));
  register('walint.fixAll', () => fixAll());
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(DOCS_SCHEME, new RuleDocsProvider(() => client)),
    vscode.window.registerWebviewPanelSerializer(TimelinePanels.viewType, timelines),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // settings reach a running server by synchronize; these two need a new client
      if (e.affectsConfiguration('walint.enable') || e.affectsConfiguration('walint.validate.patterns')) void restart();
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      // a config's `files:` globs decide which documents the client sends: re-read them
      if (/(^|\/)walint\.config\.ya?ml$/.test(doc.uri.path) && client) void restart();
    }),
  );

  starting = start(); // not awaited: activation stays cheap
  const activationMs = performance.now() - t0;
  log.info(`walint ${context.extension.packageJSON.version} activated in ${activationMs.toFixed(1)} ms (${vscode.env.appName}, ${vscode.env.language})`);
  return {
    activationMs,
    get client() {
      return client;
    },
    get ready() {
      return starting ?? Promise.resolve();
    },
  };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}

async function checkWorkspace(log: vscode.LogOutputChannel): Promise<void> {
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The walint server is not running. Run "walint: Restart server", then try again.'));
    return;
  }
  const c = client;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('walint: checking the workspace…') },
    () => c.sendRequest<CheckWorkspaceRequest.Result>(CheckWorkspaceRequest.method, { publish: true } satisfies CheckWorkspaceRequest.Params),
  );
  log.info(`check workspace: ${result.files} files, ${result.errors} errors, ${result.warnings} warnings, ${result.infos} hints`);
  const text = vscode.l10n.t('walint checked {0} files: {1} errors, {2} warnings, {3} hints.', result.files, result.errors, result.warnings, result.infos);
  const show = vscode.l10n.t('Show problems');
  const choice = result.errors + result.warnings + result.infos > 0 ? await vscode.window.showInformationMessage(text, show) : await vscode.window.showInformationMessage(text);
  if (choice === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

/** Apply walint's safe fixes to the active document (the server's `source.fixAll.walint` action). */
async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a flow or template file first.'));
    return;
  }
  const doc = editor.document;
  const whole = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND)) ?? [];
  const fix = actions.find((a) => a.kind && vscode.CodeActionKind.Empty.append(FIX_ALL_KIND).contains(a.kind));
  if (!fix || (!fix.edit && !fix.command)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('walint has no safe fix to apply in this file.'));
    return;
  }
  if (fix.edit) await vscode.workspace.applyEdit(fix.edit);
  if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
}
