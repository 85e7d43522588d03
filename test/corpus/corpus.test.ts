import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../server/src/core';
import { scoreCorpus } from '../helpers/corpus';

const root = join(__dirname, '..', '..', '..', 'test', 'corpus');
const LINT_RE = /\.(flows?|templates?)\.(ya?ml|json)$/;

function hasLintFiles(dir: string): boolean {
  if (!existsSync(dir)) return false;
  return readdirSync(dir).some((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? hasLintFiles(p) : LINT_RE.test(n);
  });
}

describe('rule corpus (realistic bots and templates)', () => {
  // one scoring for all the checks below (about 50 files, a few hundred ms)
  let s: ReturnType<typeof scoreCorpus> | undefined;
  const score = () => (s ??= scoreCorpus(root));
  const report = () => {
    const r = score();
    return [
      `files ${r.files}, expected ${r.expected}, found ${r.found}, recall ${(r.recall * 100).toFixed(1)} %, false positives ${r.falsePositives.length}`,
      ...r.missed.map((m) => `  missed   ${m.file}:${m.line ?? '*'} ${m.rule}`),
      ...r.falsePositives.map((f) => `  false +  ${f.file}:${f.line} ${f.rule} — ${f.message}`),
    ].join('\n');
  };

  before(function () {
    if (!hasLintFiles(root)) this.skip();
  });

  it('has at least 40 files, with planted problems', () => {
    assert.ok(score().files >= 40, `corpus has ${score().files} files (at least 40)\n${report()}`);
    assert.ok(score().expected >= 40, `only ${score().expected} planted problems\n${report()}`);
  });

  it('names only rules that exist (once their group has rules)', () => {
    // a group still being written (no rule registered yet) is allowed: its planted problems count as missed
    const groups = new Set(allRules.map((r) => r.meta.id.split('/')[0]));
    const typos = score().unknownRules.filter((e) => groups.has(e.rule.split('/')[0]));
    assert.deepEqual(typos.map((e) => `${e.file}:${e.line ?? '*'} ${e.rule}`), []);
  });

  it('finds the planted problems (recall at least 95 %)', () => {
    assert.ok(score().recall >= 0.95, report());
  });

  it('stays quiet on what nobody planted (false positives at most 5 % of the expectations)', () => {
    assert.ok(score().falsePositives.length <= Math.ceil(score().expected * 0.05), report());
  });
});
