import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every `vscode.l10n.t('…')` literal of the client. */
function clientStrings(): Set<string> {
  const out = new Set<string>();
  for (const file of sources(join(root, 'client', 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)) out.add(m[1].replace(/\\(.)/g, '$1'));
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('client: localization', () => {
  it('the French bundle translates every runtime string of the client, with the same placeholders', () => {
    const fr = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;
    const used = clientStrings();
    assert.ok(used.size > 10, 'the scan found the strings');
    const missing = [...used].filter((s) => !(s in fr));
    assert.deepEqual(missing, [], 'add these to l10n/bundle.l10n.fr.json');
    const unused = Object.keys(fr).filter((s) => !used.has(s));
    assert.deepEqual(unused, [], 'remove these from l10n/bundle.l10n.fr.json');
    for (const [en, t] of Object.entries(fr)) assert.deepEqual(placeholders(t), placeholders(en), en);
  });

  it('package.nls.json and package.nls.fr.json have the same keys, and package.json uses only those', () => {
    const en = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const fr = JSON.parse(readFileSync(join(root, 'package.nls.fr.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 10);
    for (const k of keys) assert.ok(k in en, `package.json uses %${k}% but package.nls.json has no such key`);
    for (const k of Object.keys(en)) assert.ok(keys.includes(k), `package.nls.json key ${k} is not used`);
  });
});
