import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { walk } from '../../server/src/node/glob';
import { BROKEN_FLOW, makeTree } from './helpers';

const repo = resolve(__dirname, '../../..');

/**
 * The real bundled CLI in a real process: bundled here the way scripts/build.mjs
 * does it (so this test does not depend on the state of dist/).
 */
describe('walint CLI as a real process', function () {
  this.timeout(60_000);
  let outDir: string;
  let cli: string;
  let fixture: string;

  before(() => {
    outDir = mkdtempSync(join(tmpdir(), 'walint-bundle-'));
    cli = join(outDir, 'cli.js');
    buildSync({ entryPoints: [join(repo, 'server/src/cli/main.ts')], outfile: cli, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'silent', banner: { js: '#!/usr/bin/env node' } });
    fixture = makeTree({ 'b.flow.yaml': BROKEN_FLOW });
  });
  after(() => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(fixture, { recursive: true, force: true });
  });

  const node = (args: string[], cwd = repo) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('gives the same report on several threads as on one (examples and the corpus)', () => {
    for (const target of ['examples', 'test/corpus/retail']) {
      const run = (threads: string) => spawnSync(process.execPath, [cli, 'check', target, '--format', 'json'], { cwd: repo, encoding: 'utf8', env: { ...process.env, WALINT_CONCURRENCY: threads } });
      const one = run('1');
      const two = run('2');
      assert.equal(two.status, one.status, two.stderr);
      assert.ok(JSON.parse(one.stdout).length > 0, `${target} has findings`);
      assert.equal(two.stdout, one.stdout);
    }
  });

  it('prints the package version', () => {
    const r = node(['--version']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout.trim(), JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version);
  });

  it('exits 1 with a JSON array on stdout when there are errors, 2 on usage errors', () => {
    const r = node(['check', '--format', 'json'], fixture);
    assert.equal(r.status, 1, r.stderr);
    const findings = JSON.parse(r.stdout);
    assert.equal(findings.length, 2);
    assert.equal(findings[0].file, 'b.flow.yaml');
    const bad = node(['check', '--bogus'], fixture);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /Unknown option "--bogus"/);
    assert.doesNotMatch(bad.stderr, /\n\s+at /);
  });

  it('the bundled examples have findings in files with planted problems, and none in clean files', () => {
    const r = node(['check', 'examples', '--format', 'json']);
    assert.equal(r.status, 1, r.stderr);
    const findings = JSON.parse(r.stdout) as { file: string; rule: string; message: string }[];
    const targets = walk(join(repo, 'examples')).filter((f) => /\.(flows?|templates?)\.(ya?ml|json)$|[\\/]bots[\\/][^\\/]+\.yaml$/.test(f));
    assert.ok(targets.length >= 10, 'the examples hold at least ten flows and template files');
    for (const abs of targets) {
      const rel = abs.slice(repo.length + 1).split('\\').join('/');
      const mine = findings.filter((f) => f.file === rel);
      if (readFileSync(abs, 'utf8').includes('# PROBLEM:')) assert.ok(mine.length > 0, `${rel} has planted problems but no finding`);
      else assert.deepEqual(mine.map((f) => `${f.rule}: ${f.message}`), [], `${rel} is meant to be clean`);
    }
  });
});
