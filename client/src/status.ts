import * as vscode from 'vscode';
import type { StatusNotification } from '../../server/src/lsp/protocol';

type State = StatusNotification.Params['state'] | 'stopped' | 'disabled';

/** Status bar item: server state and problem counts; a click shows the output channel. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('walint.status', vscode.StatusBarAlignment.Right, 100);
  private state: State = 'starting';
  private counts = { errors: 0, warnings: 0, infos: 0, files: 0 };
  private detail = '';

  constructor() {
    this.item.name = 'walint';
    this.item.command = 'walint.showOutput';
    this.render();
    this.item.show();
  }

  setState(state: State, detail = ''): void {
    this.state = state;
    this.detail = detail;
    this.render();
  }

  update(p: StatusNotification.Params): void {
    this.state = p.state;
    this.counts = { errors: p.errors, warnings: p.warnings, infos: p.infos, files: p.files };
    this.detail = p.message ?? (p.config ? vscode.l10n.t('Configuration: {0}', p.config) : '');
    this.render();
  }

  private render(): void {
    const { errors, warnings, infos, files } = this.counts;
    const icon = { starting: '$(loading~spin)', indexing: '$(loading~spin)', ready: errors ? '$(error)' : warnings ? '$(warning)' : '$(check)', error: '$(alert)', stopped: '$(debug-disconnect)', disabled: '$(circle-slash)' }[this.state];
    const counts = this.state === 'ready' && (errors || warnings) ? ` $(error) ${errors} $(warning) ${warnings}` : '';
    this.item.text = this.state === 'ready' ? `walint${counts || ' $(check)'}` : `${icon} walint`;
    const stateText = {
      starting: vscode.l10n.t('starting'),
      indexing: vscode.l10n.t('indexing the workspace'),
      ready: vscode.l10n.t('ready'),
      error: vscode.l10n.t('error'),
      stopped: vscode.l10n.t('stopped'),
      disabled: vscode.l10n.t('disabled (walint.enable is false)'),
    }[this.state];
    const lines = [
      vscode.l10n.t('walint: {0}', stateText),
      vscode.l10n.t('{0} errors, {1} warnings, {2} hints in open files; {3} files indexed', errors, warnings, infos, files),
    ];
    if (this.detail) lines.push(this.detail);
    lines.push(vscode.l10n.t('Click to show the walint output.'));
    this.item.tooltip = lines.join('\n');
    this.item.backgroundColor = this.state === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.accessibilityInformation = { label: lines.slice(0, 2).join('. ') };
  }

  dispose(): void {
    this.item.dispose();
  }
}
