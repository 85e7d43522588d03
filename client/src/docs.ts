import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RuleDocsRequest } from '../../server/src/lsp/protocol';

/** Read-only Markdown documents `walint-docs:/<rule id>.md`, filled by the server (offline). */
export const DOCS_SCHEME = 'walint-docs';

export class RuleDocsProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly client: () => LanguageClient | undefined) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const rule = ruleFromDocsUri(uri);
    const client = this.client();
    if (!client?.isRunning()) return vscode.l10n.t('The walint server is not running: restart it with "walint: Restart server".');
    try {
      const docs = await client.sendRequest<RuleDocsRequest.Result>(RuleDocsRequest.method, { rule, locale: vscode.env.language } satisfies RuleDocsRequest.Params);
      return docs.markdown;
    } catch (e) {
      return vscode.l10n.t('No documentation for "{0}": {1}', rule, (e as Error).message);
    }
  }
}

export function docsUri(rule: string): vscode.Uri {
  return vscode.Uri.from({ scheme: DOCS_SCHEME, path: `/${rule}.md` });
}

function ruleFromDocsUri(uri: vscode.Uri): string {
  return uri.path.replace(/^\//, '').replace(/\.md$/, '');
}

/** `https://…/docs/rules/flow/unknown-step.md` -> `flow/unknown-step`. */
export function ruleFromDocsUrl(url: string): string | undefined {
  const m = /\/docs\/rules\/([a-z0-9-]+\/[a-z0-9-]+)\.md(?:[#?].*)?$/i.exec(url);
  return m?.[1];
}

/** Rule ids of the walint diagnostics currently known, most frequent first. */
function knownRuleIds(): string[] {
  const counts = new Map<string, number>();
  for (const [, diags] of vscode.languages.getDiagnostics()) {
    for (const d of diags) {
      if (d.source !== 'walint') continue;
      const code = typeof d.code === 'object' ? String(d.code.value) : d.code !== undefined ? String(d.code) : '';
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

/**
 * Open a rule's documentation inside VS Code (rendered Markdown, no network). Argument: a rule id,
 * a docs URL (what the server's "Show documentation" code action passes) or nothing (pick one).
 */
export async function openRuleDocs(arg?: unknown): Promise<void> {
  let rule: string | undefined;
  if (typeof arg === 'string') rule = /^https?:/i.test(arg) ? ruleFromDocsUrl(arg) : arg;
  else if (arg && typeof arg === 'object' && 'value' in arg) rule = String((arg as { value: unknown }).value);
  if (!rule && typeof arg === 'string' && /^https?:/i.test(arg)) {
    // not one of our rule pages: let the user's browser open it (an explicit user action)
    await vscode.env.openExternal(vscode.Uri.parse(arg));
    return;
  }
  if (!rule) {
    const items = knownRuleIds().map((id) => ({ label: id }));
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('walint: rule documentation'),
      placeHolder: vscode.l10n.t('Rule id, e.g. flow/unknown-step'),
      matchOnDescription: true,
    });
    rule = picked?.label;
    if (!rule && !items.length) rule = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Rule id, e.g. flow/unknown-step'), validateInput: (v) => (/^[a-z0-9-]+\/[a-z0-9-]+$/.test(v.trim()) ? undefined : vscode.l10n.t('A rule id looks like group/name.')) });
  }
  if (!rule) return;
  const uri = docsUri(rule.trim());
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true });
  }
}
