import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TimelineRequest } from '../../../server/src/lsp/protocol';
import type { TimelineModel } from '../../../server/src/core/timeline/engine';
import { isFlowFileName } from '../patterns';
import { emptyState, makeNonce, parseWebviewMessage, reduce, reviveState, type TimelineState } from './state';

const REFRESH_DEBOUNCE_MS = 300;

/** dist/timeline-render.js (the engine's renderer, its own bundle: see scripts/build.mjs). */
function timelineRenderModule(): typeof import('../../../server/src/core/timeline/render') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./timeline-render.js');
}

/** One "conversation timeline" webview per flow file. */
class TimelinePanel implements vscode.Disposable {
  private state: TimelineState;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private model: TimelineModel | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    state: TimelineState,
    private readonly owner: TimelinePanels,
  ) {
    this.state = state;
    const media = vscode.Uri.joinPath(owner.context.extensionUri, 'media');
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [media] };
    panel.iconPath = vscode.Uri.joinPath(owner.context.extensionUri, 'images', 'icon.png');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw) => this.onMessage(raw)),
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible) this.schedule(0);
      }),
    );
    void this.refresh();
  }

  get uri(): string {
    return this.state.uri;
  }

  /** The flow (or a template it sends) changed: refresh, debounced. */
  schedule(delay = REFRESH_DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private onMessage(raw: unknown): void {
    const msg = parseWebviewMessage(raw);
    if (!msg) return;
    if (msg.type === 'reveal') {
      void this.revealStep(msg.step);
      return;
    }
    if (msg.type === 'ready') {
      void this.panel.webview.postMessage(this.initMessage());
      return;
    }
    const next = reduce(this.state, msg);
    if (next === this.state) return;
    this.state = next;
    this.owner.persist();
    this.schedule(0);
  }

  private async revealStep(step: string): Promise<void> {
    const uri = vscode.Uri.parse(this.state.uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
    const find = (list: vscode.DocumentSymbol[]): vscode.DocumentSymbol | undefined => {
      for (const s of list) {
        if (s.name === step) return s;
        const inner = find(s.children ?? []);
        if (inner) return inner;
      }
      return undefined;
    };
    let range = find(symbols)?.selectionRange;
    if (!range) {
      // no outline from the server: the step's key at the start of a line
      const at = new RegExp(`^\\s+${step.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'm').exec(doc.getText());
      if (at) range = new vscode.Range(doc.positionAt(at.index), doc.positionAt(at.index + at[0].length));
    }
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: range, preserveFocus: false });
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const webview = this.panel.webview;
    const nonce = makeNonce((n) => randomBytes(n));
    const name = vscode.Uri.parse(this.state.uri).path.split('/').pop() ?? this.state.uri;
    this.panel.title = vscode.l10n.t('Timeline: {0}', name);
    const client = this.owner.client();
    let html: string;
    if (!client?.isRunning()) {
      html = messageHtml(webview.cspSource, vscode.l10n.t('The walint server is not running yet. The preview appears as soon as it is.'));
      if (!client) this.schedule(1000);
    } else {
      try {
        const params = { uri: this.state.uri, path: this.state.path, userReplyDelays: this.state.userReplyDelays, waitOverrides: this.state.waitOverrides };
        const result = await client.sendRequest<TimelineRequest.Result>(TimelineRequest.method, params as TimelineRequest.Params);
        if (generation !== this.generation) return; // a newer refresh is under way
        const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(this.owner.context.extensionUri, 'media', 'timeline.js')).toString();
        this.model = result.timeline as TimelineModel;
        // loaded on first use: keeps the engine's code out of activation
        const { renderTimelineHtml } = timelineRenderModule();
        html = renderTimelineHtml(this.model, { nonce, cspSource: webview.cspSource, scriptUri, interactive: true, state: this.state });
      } catch (e) {
        if (generation !== this.generation) return;
        this.owner.log.warn(`timeline ${this.state.uri}: ${(e as Error).message}`);
        html = messageHtml(webview.cspSource, vscode.l10n.t('No timeline for this file: {0}', (e as Error).message));
      }
    }
    webview.html = html;
  }

  /** Sent when the page's script is ready: the state to keep, labels, the editable events. */
  private initMessage(): unknown {
    const events = (this.model?.events ?? []).map((e, index) => {
      const step = 'step' in e ? e.step : undefined;
      const value = e.kind === 'wait' && step ? this.state.waitOverrides[step] : e.kind === 'user' && step ? this.state.userReplyDelays[step] : undefined;
      return { index, kind: e.kind, step, via: e.kind === 'user' ? e.via : undefined, value: value === undefined ? '' : String(value) };
    });
    return {
      type: 'init',
      state: this.state,
      events,
      labels: {
        reply: vscode.l10n.t('User answers after'),
        wait: vscode.l10n.t('Wait'),
        show: vscode.l10n.t('Show in editor'),
        invalid: vscode.l10n.t('Use a duration such as 90s, 15m, 2h or 1d.'),
      },
    };
  }

  /** What the serializer stores (the webview keeps no state of its own worth restoring). */
  snapshot(): TimelineState {
    return this.state;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.owner.forget(this);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** A page with one sentence, same CSP (no script at all). */
function messageHtml(cspSource: string, text: string): string {
  const esc = text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline';"><style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);background:var(--vscode-editor-background);padding:1em}</style></head><body><p role="status">${esc}</p></body></html>`;
}

/** All timeline panels; also the serializer that restores them after a reload. */
export class TimelinePanels implements vscode.WebviewPanelSerializer<unknown>, vscode.Disposable {
  static readonly viewType = 'walint.timeline';
  private readonly panels = new Set<TimelinePanel>();
  private readonly states = new Map<string, TimelineState>();
  private readonly disposables: vscode.Disposable[] = [];
  private model: TimelineModel | undefined;

  constructor(
    readonly context: vscode.ExtensionContext,
    readonly client: () => LanguageClient | undefined,
    readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.changed(e.document.uri)),
      vscode.workspace.onDidSaveTextDocument((d) => this.changed(d.uri)),
    );
    // restored states live in workspaceState: the webview never sees them before the host checks them
    const saved = context.workspaceState.get<unknown[]>('walint.timeline.states', []);
    for (const s of saved) {
      const st = reviveState(s);
      if (st) this.states.set(st.uri, st);
    }
  }

  /** Command `walint.previewTimeline` (palette, editor title, the server's CodeLens with a URI). */
  async open(arg?: unknown): Promise<void> {
    let uri: vscode.Uri | undefined;
    if (arg instanceof vscode.Uri) uri = arg;
    else if (typeof arg === 'string' && arg) uri = vscode.Uri.parse(arg);
    else uri = vscode.window.activeTextEditor?.document.uri;
    if (!uri || !isFlowFileName(uri.path)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a flow file (*.flow.yaml) to preview its conversation timeline.'));
      return;
    }
    const key = uri.toString();
    for (const p of this.panels) {
      if (p.uri === key) {
        p.panel.reveal(undefined, true);
        p.schedule(0);
        return;
      }
    }
    const panel = vscode.window.createWebviewPanel(TimelinePanels.viewType, vscode.l10n.t('Timeline'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')],
    });
    this.panels.add(new TimelinePanel(panel, this.states.get(key) ?? emptyState(key), this));
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const fromWebview = reviveState(state);
    const st = fromWebview ? this.states.get(fromWebview.uri) ?? emptyState(fromWebview.uri) : undefined;
    if (!st) {
      panel.dispose();
      return;
    }
    this.panels.add(new TimelinePanel(panel, st, this));
  }

  private changed(uri: vscode.Uri): void {
    if (!this.panels.size) return;
    const key = uri.toString();
    const isTemplate = /\.templates?\.(ya?ml|json)$/i.test(uri.path) || /walint\.config\.ya?ml$/i.test(uri.path);
    for (const p of this.panels) if (p.uri === key || isTemplate) p.schedule();
  }

  forget(p: TimelinePanel): void {
    this.panels.delete(p);
    this.states.set(p.uri, p.snapshot());
    void this.context.workspaceState.update('walint.timeline.states', [...this.states.values()].slice(-20));
  }

  /** Save the choices of open panels (they are restored on reload). */
  persist(): void {
    for (const p of this.panels) this.states.set(p.uri, p.snapshot());
    void this.context.workspaceState.update('walint.timeline.states', [...this.states.values()].slice(-20));
  }

  dispose(): void {
    this.persist();
    for (const p of [...this.panels]) p.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
