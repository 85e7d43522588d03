import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer, makeWorkspace, posOf, ROOT, SERVER } from '../lsp/harness';
import { FLOW, TEMPLATES } from '../lsp/fixtures';

/**
 * Headless Neovim as a second, independent LSP client (Debian's neovim 0.7.2:
 * `vim.lsp.start_client` + `buf_attach_client`, push diagnostics only).
 * Run with `npm run test:nvim`; needs `apt-get install -y neovim`.
 */

interface NvimResult {
  diagnostics: { lnum: number; col: number; end_col: number; severity: number; source: string; message: string; code: string; href: string | null }[];
  hover: string | null;
  errors: string[];
}

function runNvim(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('nvim', ['--headless', '--clean', '-c', `luafile ${join(ROOT, 'test', 'nvim', 'client.lua')}`], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('Neovim as an LSP client', function () {
  this.timeout(60000);
  const ws = makeWorkspace({ 'order.flow.yaml': FLOW, 'shop.templates.yaml': TEMPLATES });
  let result: NvimResult;

  before(async () => {
    const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.ok(!probe.error && /NVIM v0\.(7|8|9|1\d)|NVIM v\d/.test(probe.stdout ?? ''), 'nvim is not installed (apt-get install -y neovim)');
    await buildServer();
    const hoverAt = posOf(FLOW, 'dnoe', 1);
    const out = join(ws.dir, 'nvim-result.json');
    const run = await runNvim({
      WALINT_OUT: out,
      WALINT_SERVER: SERVER,
      WALINT_NODE: process.execPath,
      WALINT_FILE: join(ws.dir, 'order.flow.yaml'),
      WALINT_ROOT: ws.dir,
      WALINT_HOVER_LINE: String(hoverAt.line),
      WALINT_HOVER_CHAR: String(hoverAt.character),
      HOME: ws.dir,
      XDG_STATE_HOME: join(ws.dir, '.state'),
      XDG_DATA_HOME: join(ws.dir, '.data'),
      XDG_CACHE_HOME: join(ws.dir, '.cache'),
    });
    assert.equal(run.code, 0, `nvim exited with ${run.code}: ${run.stderr}`);
    result = JSON.parse(readFileSync(out, 'utf8')) as NvimResult;
  });
  after(() => ws.cleanup());

  it('receives walint diagnostics with rule ids and lines', () => {
    assert.deepEqual(result.errors, []);
    const unknown = result.diagnostics.find((d) => d.code === 'flow/unknown-step');
    assert.ok(unknown, JSON.stringify(result.diagnostics));
    assert.deepEqual([unknown.lnum, unknown.col, unknown.end_col], [15, 10, 14]);
    assert.equal(unknown.source, 'walint');
    assert.equal(unknown.severity, 1);
    assert.match(unknown.message, /Step "dnoe" does not exist/);
    assert.equal(unknown.href, 'https://github.com/walint-dev/walint/blob/main/docs/rules/flow/unknown-step.md');
    const unreachable = result.diagnostics.find((d) => d.code === 'flow/unreachable-step');
    assert.equal(unreachable?.lnum, 16);
    assert.equal(unreachable?.severity, 2);
  });

  it('shows the rule explanation on hover', () => {
    assert.match(result.hover ?? '', /A reference to a step that does not exist/);
    assert.match(result.hover ?? '', /docs\/rules\/flow\/unknown-step\.md/);
  });
});
