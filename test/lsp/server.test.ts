import * as assert from 'node:assert/strict';
import { applyTextEdits, buildServer, makeWorkspace, posOf, TestClient, type Diag, type Rng, type TextEditLike } from './harness';
import { FLOW, OTHER_FLOW, TEMPLATES } from './fixtures';

/**
 * The language server over stdio, driven like an editor: a real process and a
 * real JSON-RPC connection. Everything waits on messages; nothing on time.
 */

const DOCS = 'https://github.com/walint-dev/walint/blob/main/docs/rules/';

function byRule(diags: Diag[], rule: string): Diag[] {
  return diags.filter((d) => d.code === rule);
}

interface Action {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: { changes?: Record<string, TextEditLike[]> };
  command?: { command: string; arguments?: unknown[] };
}

describe('language server (stdio)', function () {
  this.timeout(30000);
  const ws = makeWorkspace({ 'order.flow.yaml': FLOW, 'shop.templates.yaml': TEMPLATES, 'reminder.flow.yaml': OTHER_FLOW });
  const flowUri = ws.uri('order.flow.yaml');
  const tplUri = ws.uri('shop.templates.yaml');
  const otherUri = ws.uri('reminder.flow.yaml');

  before(() => buildServer());
  after(() => ws.cleanup());

  describe('pull client (textDocument/diagnostic)', () => {
    let client: TestClient;
    before(async () => {
      client = new TestClient({ pull: true, rootDir: ws.dir, locale: 'en' });
      const init = await client.initialize();
      assert.ok(init.capabilities.diagnosticProvider, 'diagnosticProvider advertised to a pull client');
      await client.ready();
      await client.open(flowUri, FLOW);
    });
    after(() => client.stop());

    it('returns diagnostics with rule id, docs link, source and exact range', async () => {
      const diags = await client.pullDiagnostics(flowUri);
      const [unknown] = byRule(diags, 'flow/unknown-step');
      assert.ok(unknown, `flow/unknown-step expected, got ${diags.map((d) => d.code).join(', ')}`);
      assert.deepEqual(unknown.range, { start: { line: 15, character: 10 }, end: { line: 15, character: 14 } });
      assert.equal(unknown.source, 'walint');
      assert.equal(unknown.severity, 1);
      assert.equal(unknown.codeDescription?.href, `${DOCS}flow/unknown-step.md`);
      assert.match(unknown.message, /Did you mean "done"/);
      const [unreachable] = byRule(diags, 'flow/unreachable-step');
      assert.equal(unreachable.severity, 2);
      assert.deepEqual(unreachable.tags, [1], 'unnecessary tag');
      assert.equal(unreachable.range.start.line, 16);
      assert.equal(client.published.length, 0, 'a pull client gets no pushed diagnostics');
    });

    it('hovers a diagnostic with the rule title, explanation and docs link', async () => {
      const h = await client.request<{ contents: { kind: string; value: string }; range: Rng }>('textDocument/hover', { textDocument: { uri: flowUri }, position: posOf(FLOW, 'dnoe', 2) });
      assert.equal(h.contents.kind, 'markdown');
      assert.match(h.contents.value, /A reference to a step that does not exist/);
      assert.ok(h.contents.value.includes(`${DOCS}flow/unknown-step.md`));
      assert.deepEqual(h.range, { start: { line: 15, character: 10 }, end: { line: 15, character: 14 } });
    });

    it('hovers a step id with what it does and who reaches it', async () => {
      const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: flowUri }, position: posOf(FLOW, 'ask_order:', 3) });
      assert.match(h.contents.value, /Step `ask_order`/);
      assert.match(h.contents.value, /Quel est votre numéro de commande/);
      assert.match(h.contents.value, /Reached from: `welcome` \(button: “Ma commande”\)/);
      assert.match(h.contents.value, /Worst case since the user's last message: \*\*0s\*\*/);
    });

    it('hovers a template name with its rendered text, category and price', async () => {
      const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: flowUri }, position: posOf(FLOW, 'order_update', 3) });
      assert.match(h.contents.value, /Template `order_update`\*\* \(fr\)/);
      assert.match(h.contents.value, /Bonjour Marie, votre commande A-1042 est en route\./);
      assert.match(h.contents.value, /`UTILITY` · 0\.02 EUR per delivered message/);
    });

    it('hovers a policy keyword and a rule id in a disable comment', async () => {
      const k = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: flowUri }, position: posOf(FLOW, 'trigger', 2) });
      assert.match(k.contents.value, /Who writes first/);
      assert.match(k.contents.value, /24-hour customer-service window/);
      const r = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: flowUri }, position: posOf(FLOW, 'flow/dead-end', 6) });
      assert.match(r.contents.value, /A step where the user is stuck/);
    });

    it('offers a suggestion (not preferred), disable-line and docs actions; the edit fixes it', async () => {
      const range = { start: { line: 15, character: 10 }, end: { line: 15, character: 14 } };
      const diags = await client.pullDiagnostics(flowUri);
      const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri: flowUri }, range, context: { diagnostics: byRule(diags, 'flow/unknown-step') } });
      const change = actions.find((a) => a.title === 'Change to "done"');
      assert.ok(change, actions.map((a) => a.title).join(' | '));
      assert.equal(change.kind, 'quickfix');
      assert.notEqual(change.isPreferred, true, 'a suggestion is never preferred');
      const disable = actions.find((a) => a.title === 'Disable flow/unknown-step for this line');
      assert.ok(disable?.edit?.changes?.[flowUri]);
      const docs = actions.find((a) => a.title === 'Show documentation for flow/unknown-step');
      assert.deepEqual(docs?.command, { title: 'Show documentation for flow/unknown-step', command: 'walint.openDocs', arguments: [`${DOCS}flow/unknown-step.md`] });

      const fixed = applyTextEdits(client.texts.get(flowUri)!, change.edit!.changes![flowUri]);
      assert.match(fixed, /next: done\n {2}notify:/);
      await client.setText(flowUri, fixed);
      const after = await client.pullDiagnostics(flowUri);
      assert.equal(byRule(after, 'flow/unknown-step').length, 0);
      // the suggestion was not part of fix-all: fix-all only carries safe fixes
      const all = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri: flowUri }, range, context: { diagnostics: [], only: ['source.fixAll.walint'] } });
      for (const a of all) for (const e of a.edit?.changes?.[flowUri] ?? []) assert.notEqual(e.newText, 'done');
    });

    it('fix-all applies the safe fixes and applying again changes nothing', async () => {
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const [fixAll] = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri: flowUri }, range, context: { diagnostics: [], only: ['source.fixAll.walint'] } });
      assert.equal(fixAll?.kind, 'source.fixAll.walint');
      const before = client.texts.get(flowUri)!;
      const fixed = applyTextEdits(before, fixAll.edit!.changes![flowUri]);
      assert.ok(!fixed.includes('walint-disable-next-line flow/dead-end'), 'the unused disable comment is removed');
      assert.equal(fixed.split('\n').length, before.split('\n').length - 1, 'only that line goes');
      await client.setText(flowUri, fixed);
      assert.equal(byRule(await client.pullDiagnostics(flowUri), 'walint/unused-disable').length, 0);
      const again = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri: flowUri }, range, context: { diagnostics: [], only: ['source.fixAll.walint'] } });
      assert.deepEqual(again, []);
      await client.setText(flowUri, FLOW);
    });

    it('goes to a template defined in a file that is not open', async () => {
      const locs = await client.request<{ uri: string; range: Rng }[]>('textDocument/definition', { textDocument: { uri: flowUri }, position: posOf(FLOW, 'order_update', 1) });
      assert.deepEqual(locs, [{ uri: tplUri, range: { start: posOf(TEMPLATES, 'order_update'), end: posOf(TEMPLATES, 'order_update', 12) } }]);
    });

    it('goes to a step definition and finds its references', async () => {
      const [def] = await client.request<{ uri: string; range: Rng }[]>('textDocument/definition', { textDocument: { uri: flowUri }, position: posOf(FLOW, 'next: agent', 8) });
      assert.deepEqual(def.range.start, posOf(FLOW, 'agent:', 0, 0));
      const refs = await client.request<{ uri: string; range: Rng }[]>('textDocument/references', { textDocument: { uri: flowUri }, position: posOf(FLOW, '  agent:', 3), context: { includeDeclaration: true } });
      // definition, the button, the escalation step
      assert.deepEqual(refs.map((r) => r.range.start.line).sort((a, b) => a - b), [5, 11, 19]);
    });

    it('renames a step id in the flow and a template name across files', async () => {
      const prep = await client.request<{ range: Rng; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: flowUri }, position: posOf(FLOW, 'ask_order', 2) });
      assert.equal(prep.placeholder, 'ask_order');
      const step = await client.request<{ changes: Record<string, TextEditLike[]> }>('textDocument/rename', { textDocument: { uri: flowUri }, position: posOf(FLOW, 'ask_order', 2), newName: 'ask_number' });
      const renamed = applyTextEdits(FLOW, step.changes[flowUri]);
      assert.ok(!renamed.includes('ask_order'));
      assert.equal(renamed.split('ask_number').length - 1, 2);

      const tpl = await client.request<{ changes: Record<string, TextEditLike[]> }>('textDocument/rename', { textDocument: { uri: flowUri }, position: posOf(FLOW, 'order_update', 2), newName: 'order_shipped' });
      assert.deepEqual(Object.keys(tpl.changes).sort(), [flowUri, otherUri, tplUri].sort());
      assert.match(applyTextEdits(TEMPLATES, tpl.changes[tplUri]), /- name: order_shipped\n/);
      assert.match(applyTextEdits(OTHER_FLOW, tpl.changes[otherUri]), /template: order_shipped\n/);

      await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: flowUri }, position: posOf(FLOW, 'order_update', 2), newName: 'Bad Name' }), /not a valid template name/);
    });

    it('completes step ids after next: and template names after template:', async () => {
      await client.setText(flowUri, FLOW.replace('next: dnoe', 'next: '));
      const steps = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri: flowUri }, position: { line: 15, character: 10 } });
      assert.deepEqual(steps.map((i) => i.label), ['welcome', 'ask_order', 'notify', 'agent', 'done']);
      await client.setText(flowUri, FLOW.replace('template: order_update', 'template: ord'));
      const templates = await client.request<{ label: string; detail?: string }[]>('textDocument/completion', { textDocument: { uri: flowUri }, position: { line: 17, character: 17 } });
      const t = templates.find((i) => i.label === 'order_update');
      assert.ok(t, JSON.stringify(templates));
      assert.match(t.detail ?? '', /UTILITY · fr/);
      await client.setText(flowUri, FLOW);
    });

    it('lists document symbols, folding ranges and the timeline code lens', async () => {
      const symbols = await client.request<{ name: string; kind: number; children?: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri: flowUri } });
      assert.equal(symbols[0].name, 'order_support');
      assert.deepEqual(symbols[0].children?.map((c) => c.name), ['welcome', 'ask_order', 'notify', 'agent', 'done']);
      const folds = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri: flowUri } });
      assert.ok(folds.some((f) => f.startLine === 7 && f.endLine === 11), 'the welcome step folds');
      const lenses = await client.request<{ command: { command: string; arguments: unknown[] } }[]>('textDocument/codeLens', { textDocument: { uri: flowUri } });
      assert.deepEqual(lenses.map((l) => l.command.command), ['walint.previewTimeline']);
      assert.deepEqual(lenses[0].command.arguments, [flowUri]);
      const tsyms = await client.request<{ name: string; children?: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri: tplUri } });
      assert.deepEqual(tsyms.map((s) => [s.name, s.children?.map((c) => c.name)]), [['order_update', ['BODY']]]);
    });

    it('answers the custom requests', async () => {
      const docs = await client.request<{ id: string; docsUrl: string; markdown: string }>('walint/ruleDocs', { rule: 'flow/dead-end', locale: 'fr' });
      assert.equal(docs.docsUrl, `${DOCS}flow/dead-end.md`);
      assert.match(docs.markdown, /Une étape où l'utilisateur reste bloqué/);
      await assert.rejects(client.request('walint/ruleDocs', { rule: 'nope/nope' }), /Unknown rule/);
      const tl = await client.request<{ timeline: { flow: string; events: unknown[] }; html?: string }>('walint/timeline', { uri: flowUri, html: true, nonce: 'n0nce' });
      assert.equal(tl.timeline.flow, 'order_support');
      assert.ok(tl.timeline.events.length > 0);
      assert.match(tl.html ?? '', /nonce-n0nce/);
      await assert.rejects(client.request('walint/timeline', { uri: tplUri }), /is not a walint flow/);
      // durations edited in the preview reach the engine: a 2h answer moves the later events by 2h
      type Tl = { timeline: { events: { at: number }[] } };
      const quick = await client.request<Tl>('walint/timeline', { uri: flowUri, path: { welcome: 'Ma commande' } });
      const slow = await client.request<Tl>('walint/timeline', { uri: flowUri, path: { welcome: 'Ma commande' }, userReplyDelays: { welcome: '2h' } });
      const last = (t: Tl) => Math.max(...t.timeline.events.map((e) => e.at));
      assert.ok(last(slow) - last(quick) >= 3600, `the reply delay moves the timeline (${last(quick)} -> ${last(slow)})`);
      const check = await client.request<{ files: number; results: { uri: string; findings: { rule: string }[] }[] }>('walint/checkWorkspace', {});
      assert.equal(check.files, 3);
      assert.ok(check.results.find((r) => r.uri === flowUri)?.findings.some((f) => f.rule === 'flow/unknown-step'));
    });

    it('re-reads a template file changed in the editor for the flows that use it', async () => {
      await client.open(tplUri, TEMPLATES);
      await client.setText(tplUri, TEMPLATES.replace('name: order_update', 'name: order_renamed'));
      const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: flowUri }, position: posOf(FLOW, 'order_update', 3) });
      assert.match(h.contents.value, /No template named `order_update`/);
      assert.ok(client.refreshes > 0, 'the pull client was asked to refresh dependent diagnostics');
    });

    it('survives broken YAML and binary junk', async () => {
      const broken = 'flow: x\nsteps:\n  a: [unclosed\n  : : :\n\t- {\u0000\n';
      const uri = ws.uri('broken.flow.yaml');
      await client.open(uri, broken);
      const diags = await client.pullDiagnostics(uri);
      assert.ok(diags.length > 0);
      for (const d of diags) assert.equal(d.source, 'walint');
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 5 } });
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 2 } });
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      // still alive and correct on a good file
      assert.ok(byRule(await client.pullDiagnostics(flowUri), 'flow/unknown-step').length === 1);
    });
  });

  describe('push client (publishDiagnostics)', () => {
    let client: TestClient;
    before(async () => {
      client = new TestClient({ rootDir: ws.dir, locale: 'fr-FR' });
      const init = await client.initialize();
      assert.equal(init.capabilities.diagnosticProvider, undefined);
      await client.ready();
    });
    after(() => client.stop());

    it('publishes diagnostics for the opened version', async () => {
      await client.open(flowUri, FLOW);
      const p = await client.waitDiagnostics(flowUri);
      assert.equal(p.version, 1);
      const [unknown] = byRule(p.diagnostics, 'flow/unknown-step');
      assert.match(unknown.message, /L'étape « dnoe » n'existe pas/);
      assert.equal(unknown.codeDescription?.href, `${DOCS}flow/unknown-step.md`);
    });

    it('after quick incremental edits, publishes the newest version', async () => {
      const line = 15;
      // "dnoe" -> "done" in four keystroke-like edits
      await client.change(flowUri, [{ range: { start: { line, character: 10 }, end: { line, character: 14 } }, newText: '' }]);
      await client.change(flowUri, [{ range: { start: { line, character: 10 }, end: { line, character: 10 } }, newText: 'do' }]);
      await client.change(flowUri, [{ range: { start: { line, character: 12 }, end: { line, character: 12 } }, newText: 'n' }]);
      const last = await client.change(flowUri, [{ range: { start: { line, character: 13 }, end: { line, character: 13 } }, newText: 'e' }]);
      const p = await client.waitDiagnostics(flowUri, (d) => d.version === last);
      assert.equal(byRule(p.diagnostics, 'flow/unknown-step').length, 0);
      const versions = client.published.filter((x) => x.uri === flowUri).map((x) => x.version!);
      assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'never an older version after a newer one');
      assert.equal(client.texts.get(flowUri), FLOW.replace('dnoe', 'done'));
    });

    it('hovers in French', async () => {
      const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: flowUri }, position: posOf(FLOW, 'ask_order:', 3) });
      assert.match(h.contents.value, /Étape `ask_order`/);
      assert.match(h.contents.value, /Atteinte depuis/);
      const t = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: flowUri }, position: posOf(FLOW, 'order_update', 3) });
      assert.match(t.contents.value, /0\.02 EUR par message délivré/);
    });

    it('opens docs through window/showDocument', async () => {
      await client.request('workspace/executeCommand', { command: 'walint.openDocs', arguments: [`${DOCS}flow/dead-end.md`] });
      assert.deepEqual(client.shown, [`${DOCS}flow/dead-end.md`]);
    });

    it('re-checks an open flow when a template it uses changes in another file', async () => {
      const w = makeWorkspace({});
      const flow = 'flow: ping\ntrigger: user\nautomated: false\nsteps:\n  hello:\n    template: plain_news\n    language: fr\n    end: true\n';
      const tpl = 'name: plain_news\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Votre commande est en route.\n';
      const fUri = w.uri('ping.flow.yaml');
      const tUri = w.uri('news.template.yaml');
      try {
        await client.open(tUri, tpl);
        await client.open(fUri, flow);
        const first = await client.waitDiagnostics(fUri);
        assert.equal(byRule(first.diagnostics, 'template/reference').length, 0, JSON.stringify(first.diagnostics));
        const seen = client.published.length;
        await client.setText(tUri, tpl.replace('plain_news', 'other_news'));
        const again = await client.waitDiagnostics(fUri, (p) => byRule(p.diagnostics, 'template/reference').length > 0);
        assert.equal(again.version, 1, 'the flow itself did not change');
        assert.ok(client.published.indexOf(again) >= seen);
      } finally {
        await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: fUri } });
        await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: tUri } });
        w.cleanup();
      }
    });

    it('clears diagnostics on close', async () => {
      await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: flowUri } });
      const p = await client.waitDiagnostics(flowUri, (d) => d.diagnostics.length === 0);
      assert.deepEqual(p.diagnostics, []);
    });
  });

  describe('settings and startup', () => {
    it('takes rule severities from settings, and the config file wins over them', async () => {
      const w = makeWorkspace({ 'a.flow.yaml': FLOW, 'walint.config.yaml': 'rules:\n  flow/unknown-step: warning\n' });
      const client = new TestClient({ pull: true, rootDir: w.dir, settings: { rules: { 'flow/unreachable-step': 'off', 'flow/unknown-step': 'off' } } });
      try {
        await client.initialize();
        await client.ready();
        await client.open(w.uri('a.flow.yaml'), FLOW);
        const diags = await client.pullDiagnostics(w.uri('a.flow.yaml'));
        assert.equal(byRule(diags, 'flow/unreachable-step').length, 0, 'off in settings');
        assert.equal(byRule(diags, 'flow/unknown-step')[0]?.severity, 2, 'the file says warning');
      } finally {
        await client.stop();
        w.cleanup();
      }
    });

    it('leaves commands the client handles out of executeCommandProvider', async () => {
      const client = new TestClient({ initializationOptions: { clientCommands: ['walint.openDocs', 'walint.previewTimeline'] } });
      try {
        const init = await client.initialize();
        assert.deepEqual((init.capabilities.executeCommandProvider as { commands: string[] }).commands, []);
      } finally {
        await client.stop();
      }
    });
  });
});
