/** Runs inside the real extension host (VS Code Server), with the workspace test/e2e/workspace. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const log = (s: string) => console.log(`[walint-e2e] ${s}`);

function walintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'walint');
}

/** Resolves when `uri` has walint diagnostics (event-driven; the timeout only bounds a failure). */
function diagnosticsFor(uri: vscode.Uri, timeoutMs = 45_000): Promise<vscode.Diagnostic[]> {
  const now = walintDiagnostics(uri);
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no walint diagnostics for ${uri.toString()} after ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = walintDiagnostics(uri);
      if (!d.length) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(d);
    });
  });
}

describe('walint in a real VS Code extension host', () => {
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  const flow = () => vscode.Uri.joinPath(folder(), 'support.flow.yaml');
  const templates = () => vscode.Uri.joinPath(folder(), 'shop.templates.yaml');

  it('activates for a workspace with flows', async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'walint' && e.packageJSON.publisher === 'walint');
    assert.ok(ext, 'the walint extension is loaded');
    const api = (await ext.activate()) as { activationMs: number; ready: Promise<void> };
    assert.equal(ext.isActive, true);
    await api.ready;
    // measured, not asserted on: timing assertions make flaky tests (target < 50 ms, see docs/vscode.md)
    log(`activate() took ${api.activationMs.toFixed(1)} ms`);
    log(`activated: ${ext.id} ${ext.packageJSON.version} (${vscode.env.appName}, uiKind ${vscode.env.uiKind}, remote ${vscode.env.remoteName})`);
  });

  it('publishes diagnostics with rule id, docs link and exact range', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(flow()));
    const diags = await diagnosticsFor(flow());
    log(`diagnostics: ${diags.map((d) => `${(d.code as { value: string }).value}@${d.range.start.line + 1}`).join(', ')}`);
    for (const d of diags) {
      assert.equal(typeof d.code, 'object', 'code carries a target (the docs link)');
      const code = d.code as { value: string | number; target: vscode.Uri };
      assert.match(String(code.value), /^[a-z]+\/[a-z0-9-]+$/);
      assert.match(code.target.toString(), /docs\/rules\/[a-z]+\/[a-z0-9-]+\.md$/);
    }
    const unknown = diags.find((d) => (d.code as { value: string }).value === 'flow/unknown-step');
    assert.ok(unknown, 'flow/unknown-step is reported');
    assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(unknown.range.start.line, 15, 'on line 16 (`next: stauts`)');
    const doc = await vscode.workspace.openTextDocument(flow());
    assert.equal(doc.getText(unknown.range), 'stauts');
  });

  it('does not take over other YAML files', async () => {
    const other = vscode.Uri.joinPath(folder(), 'notes.yaml');
    await vscode.workspace.fs.writeFile(other, new TextEncoder().encode('steps:\n  a:\n    next: nowhere\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other));
    // the flow's diagnostics prove the server is up; give it one more round trip via a hover request
    await vscode.commands.executeCommand('vscode.executeHoverProvider', flow(), new vscode.Position(15, 12));
    assert.deepEqual(walintDiagnostics(other), []);
  });

  it('offers quick fixes and a hover for the finding', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(flow()));
    const [unknown] = (await diagnosticsFor(flow())).filter((d) => (d.code as { value: string }).value === 'flow/unknown-step');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', flow(), unknown.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    log(`code actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => /flow\/unknown-step/.test(a.title) || /status/.test(a.title)), 'a walint quick fix is offered');
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', flow(), unknown.range.start.translate(0, 1))) ?? [];
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    log(`hover: ${text.slice(0, 120).replace(/\s+/g, ' ')}`);
    assert.ok(text.length > 0, 'the server answers hovers');
  });

  it('checks templates too (Graph API shape, lowercase `type: body`)', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(templates()));
    const diags = await diagnosticsFor(templates());
    log(`template diagnostics: ${diags.map((d) => `${(d.code as { value: string }).value}@${d.range.start.line + 1}`).join(', ')}`);
    assert.ok(diags.some((d) => (d.code as { value: string }).value === 'template/name' && d.range.start.line === 10), 'template/name on `Summer-Promo`');
    assert.ok(diags.every((d) => d.range.start.line >= 9), 'the valid first template has no finding');
  });

  it('runs its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['walint.checkWorkspace', 'walint.fixAll', 'walint.previewTimeline', 'walint.openRuleDocs', 'walint.restartServer', 'walint.showOutput']) assert.ok(commands.includes(c), c);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(flow()));
    await vscode.commands.executeCommand('walint.previewTimeline', flow());
    await vscode.commands.executeCommand('walint.showOutput');
  });
});
