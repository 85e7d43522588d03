import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { scoreCorpus } from '../helpers/corpus';

const root = join(__dirname, '..', '..', '..', 'test', 'corpus');

describe('rule corpus (realistic bots and templates)', () => {
  it('finds the planted problems and stays quiet on clean files', function () {
    if (!existsSync(join(root, 'flows')) && !existsSync(join(root, 'shop'))) this.skip();
    const s = scoreCorpus(root);
    const report = [
      `files ${s.files}, expected ${s.expected}, found ${s.found}, recall ${(s.recall * 100).toFixed(1)} %, false positives ${s.falsePositives.length}`,
      ...s.missed.map((m) => `  missed   ${m.file}:${m.line ?? '*'} ${m.rule}`),
      ...s.falsePositives.map((f) => `  false +  ${f.file}:${f.line} ${f.rule} — ${f.message}`),
    ].join('\n');
    assert.ok(s.files >= 40, `corpus has ${s.files} files (at least 40)\n${report}`);
    assert.ok(s.recall >= 0.95, report);
    assert.ok(s.falsePositives.length <= Math.ceil(s.expected * 0.05), report);
  });
});
