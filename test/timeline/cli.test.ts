import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTimeline } from '../../server/src/cli/commands/timeline';
import type { CliIO } from '../../server/src/cli/io';
import { HOSTILE_FLOW, HOSTILE_TEMPLATES } from './fixtures';

function io(cwd: string): CliIO & { out: string; err: string } {
  const c = { out: '', err: '', cwd, env: {}, isTTY: false, stdout: (t: string) => void (c.out += t), stderr: (t: string) => void (c.err += t) };
  return c;
}

describe('walint timeline (CLI)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'walint-timeline-'));
    writeFileSync(join(dir, 'hostile.flow.yaml'), HOSTILE_FLOW);
    writeFileSync(join(dir, 'evil.templates.yaml'), HOSTILE_TEMPLATES);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes an HTML page with the CSP, escaped text and the chosen path', async () => {
    const c = io(dir);
    const code = await runTimeline(['hostile.flow.yaml', '--path', '0', '--start', '2026-03-02T09:00:00Z', '--out', 'out/t.html'], c);
    assert.equal(code, 0, c.err);
    const html = readFileSync(join(dir, 'out', 't.html'), 'utf8');
    assert.match(html, /content="default-src &#39;none&#39;; style-src &#39;nonce-[A-Za-z0-9+/=]+&#39;/);
    assert.ok(html.includes('&lt;script&gt;window.__pwned = 1'));
    assert.ok(html.includes('2026-03-02 09:00 UTC'));
    assert.ok(html.includes('evil_promo'), 'the path went through the template');
    assert.match(c.err, /window\/freeform-after-24h/);
  });

  it('writes an SVG', async () => {
    const c = io(dir);
    assert.equal(await runTimeline(['hostile.flow.yaml', '--out', 't.svg'], c), 0, c.err);
    assert.ok(readFileSync(join(dir, 't.svg'), 'utf8').startsWith('<?xml'));
  });

  it('exits 2 on usage errors', async () => {
    const cases: string[][] = [
      ['hostile.flow.yaml'],
      ['hostile.flow.yaml', '--out', 't.png'],
      ['--out', 't.html'],
      ['hostile.flow.yaml', '--out', 't.html', '--start', 'yesterday'],
      ['hostile.flow.yaml', '--out', 't.html', '--bogus'],
      ['evil.templates.yaml', '--out', 't.html'],
      ['missing.flow.yaml', '--out', 't.html'],
    ];
    for (const argv of cases) {
      const c = io(dir);
      assert.equal(await runTimeline(argv, c), 2, `${argv.join(' ')} -> ${c.err}`);
      assert.ok(c.err.length > 0);
    }
  });

  it('--help exits 0', async () => {
    const c = io(dir);
    assert.equal(await runTimeline(['--help'], c), 0);
    assert.match(c.out, /Usage: walint timeline/);
  });
});
