import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..', '..');

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

describe('architecture invariants', () => {
  it('the core imports no LSP, no VS Code, no file system, no network', () => {
    const forbidden = /^(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc|(node:)?(fs|fs\/promises|net|http|https|http2|child_process|dgram|tls|worker_threads))(\/|$)/;
    const bad: string[] = [];
    for (const f of tsFiles(join(root, 'server', 'src', 'core'))) {
      for (const spec of imports(f)) if (forbidden.test(spec)) bad.push(`${relative(root, f)} imports ${spec}`);
    }
    assert.deepEqual(bad, []);
  });

  it('only client/ imports vscode', () => {
    const bad: string[] = [];
    for (const f of tsFiles(join(root, 'server', 'src'))) {
      for (const spec of imports(f)) if (/^vscode(\/|$)/.test(spec) || spec === 'vscode-languageclient' || spec.startsWith('vscode-languageclient/')) bad.push(`${relative(root, f)} imports ${spec}`);
    }
    assert.deepEqual(bad, []);
  });

  it('only server/src/lsp and server/src/server.ts know LSP', () => {
    const bad: string[] = [];
    for (const f of tsFiles(join(root, 'server', 'src'))) {
      const rel = relative(join(root, 'server', 'src'), f).split('\\').join('/');
      if (rel.startsWith('lsp/') || rel === 'server.ts') continue;
      for (const spec of imports(f)) if (/^vscode-languageserver|^vscode-jsonrpc/.test(spec)) bad.push(`${rel} imports ${spec}`);
    }
    assert.deepEqual(bad, []);
  });
});
