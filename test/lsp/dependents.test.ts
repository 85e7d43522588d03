import * as assert from 'node:assert/strict';
import { buildServer, makeWorkspace, TestClient, type Diag } from './harness';

/**
 * What is checked again when a template comes, goes or changes: the documents that
 * depend on it, and only them. Over stdio, waiting on messages only.
 */

const flow = (name: string, template?: string) =>
  `flow: ${name}\nlanguage: fr\ntrigger: user\nsteps:\n  start:\n    ${template ? `template: ${template}` : 'say: Bonjour'}\n    next: done\n  done:\n    end: true\n`;
const templates = (...names: string[]) =>
  `templates:\n${names.map((n) => `  - name: ${n}\n    language: fr\n    category: UTILITY\n    components:\n      - type: BODY\n        text: Bonjour\n`).join('')}`;

interface Report {
  kind: 'full' | 'unchanged';
  resultId?: string;
  items?: Diag[];
}

const byRule = (diags: Diag[] | undefined, rule: string) => (diags ?? []).filter((d) => d.code === rule);

describe('language server: documents that depend on templates', function () {
  this.timeout(30000);
  before(() => buildServer());

  it('pull: a new template file re-checks its senders, unknown names and duplicates; the rest is unchanged', async () => {
    const ws = makeWorkspace({});
    const client = new TestClient({ pull: true, rootDir: ws.dir, locale: 'en' });
    try {
      await client.initialize();
      await client.ready();
      const docs = {
        sender: [ws.uri('sender.flow.yaml'), flow('sender', 'order_update')],
        typo: [ws.uri('typo.flow.yaml'), flow('typo', 'order_updat')],
        plain: [ws.uri('plain.flow.yaml'), flow('plain')],
        other: [ws.uri('other.templates.yaml'), templates('welcome')],
      } as const;
      const ids = new Map<string, string | undefined>();
      for (const [uri, text] of Object.values(docs)) {
        await client.open(uri, text);
        const r = await client.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
        assert.equal(r.kind, 'full');
        ids.set(uri, r.resultId);
      }
      const pull = (uri: string) => client.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: ids.get(uri) });
      assert.equal((await pull(docs.plain[0])).kind, 'unchanged', 'nothing changed yet');

      await client.open(ws.uri('shop.templates.yaml'), templates('order_update', 'welcome'));
      assert.equal((await pull(docs.plain[0])).kind, 'unchanged', 'a flow that sends no template keeps its result');
      const sender = await pull(docs.sender[0]);
      assert.equal(sender.kind, 'full');
      assert.deepEqual(byRule(sender.items, 'template/reference'), [], 'the template is found now');
      const typo = await pull(docs.typo[0]);
      assert.equal(typo.kind, 'full');
      assert.match(byRule(typo.items, 'template/reference')[0]?.message ?? '', /Did you mean "order_update"\?/);
      const other = await pull(docs.other[0]);
      assert.equal(other.kind, 'full');
      assert.equal(byRule(other.items, 'template/duplicate').length, 1, 'the other file defining "welcome" hears of the duplicate');
    } finally {
      await client.stop();
      ws.cleanup();
    }
  });

  it('push: flows opened before their template are published again; the status counts the last diagnostics', async () => {
    const ws = makeWorkspace({});
    const client = new TestClient({ rootDir: ws.dir, locale: 'en', settings: { debounceMs: 0 } });
    try {
      await client.initialize();
      await client.ready();
      const flows = Array.from({ length: 12 }, (_, i) => ws.uri(`f${i}.flow.yaml`));
      for (const [i, uri] of flows.entries()) await client.open(uri, flow(`f${i}`, 'order_update'));
      for (const uri of flows) await client.waitDiagnostics(uri, (p) => byRule(p.diagnostics, 'template/reference').length === 1);
      const tpl = ws.uri('shop.templates.yaml');
      await client.open(tpl, templates('order_update'));
      const last = [await client.waitDiagnostics(tpl)];
      for (const uri of flows) last.push(await client.waitDiagnostics(uri, (p) => byRule(p.diagnostics, 'template/reference').length === 0));
      const count = (severity: number) => last.reduce((n, p) => n + p.diagnostics.filter((d) => d.severity === severity).length, 0);
      const expected = { errors: count(1), warnings: count(2), infos: count(3) + count(4) };
      type Status = { state: string; files: number; errors: number; warnings: number; infos: number };
      const status = (await client.waitStatus((s) => {
        const c = s as Status;
        return c.errors === expected.errors && c.warnings === expected.warnings && c.infos === expected.infos;
      })) as Status;
      assert.equal(status.state, 'ready');
    } finally {
      await client.stop();
      ws.cleanup();
    }
  });
});
