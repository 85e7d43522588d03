import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('client: extension manifest', () => {
  it('activates on explicit, narrow events (never on every YAML file)', () => {
    const events: string[] = pkg.activationEvents;
    assert.ok(events.length > 0, 'an empty list does not activate the extension in code-server');
    for (const e of events) assert.match(e, /^(workspaceContains:\*\*\/(walint\.config|\*\.(flows?|templates?))\.|onCommand:walint\.|onWebviewPanel:walint\.)/, e);
    for (const c of pkg.contributes.commands) if (c.command !== 'walint.openDocs') assert.ok(events.includes(`onCommand:${c.command}`), c.command);
  });

  it('validates only walint file names with the schemas, and the schema files exist', () => {
    for (const v of [...pkg.contributes.yamlValidation, ...pkg.contributes.jsonValidation]) {
      for (const m of v.fileMatch) assert.match(m, /^(\*\.(flows?|templates?)\.(ya?ml|json)|walint\.config\.ya?ml)$/, m);
      assert.ok(existsSync(join(root, v.url)), v.url);
    }
  });

  it('declares every command the client registers, the settings it reads, and files that exist', () => {
    const commands = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    const src = readFileSync(join(root, 'client', 'src', 'extension.ts'), 'utf8');
    const registered = [...src.matchAll(/register\('([^']+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(registered, commands);
    const settings = Object.keys(pkg.contributes.configuration.properties).sort();
    assert.deepEqual(settings, ['walint.debounceMs', 'walint.enable', 'walint.locale', 'walint.rules', 'walint.run', 'walint.trace.server', 'walint.validate.patterns']);
    for (const p of [pkg.icon, ...pkg.contributes.snippets.map((s: { path: string }) => s.path), ...pkg.contributes.grammars.map((g: { path: string }) => g.path), 'l10n/bundle.l10n.fr.json', 'media/timeline.js']) {
      assert.ok(existsSync(join(root, p)), p);
    }
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces, { supported: true });
    assert.equal(pkg.capabilities.virtualWorkspaces.supported, 'limited');
  });

  it('ships snippets and grammar that parse, with the grammar injected into YAML and JSON only', () => {
    const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'flow.code-snippets'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;
    for (const [name, s] of Object.entries(snippets)) assert.match(s.prefix, /^walint-/, name);
    const grammar = JSON.parse(readFileSync(join(root, 'syntaxes', 'walint.injection.tmLanguage.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.grammars[0].injectTo, ['source.yaml', 'source.json']);
    assert.equal(grammar.scopeName, pkg.contributes.grammars[0].scopeName);
  });
});
