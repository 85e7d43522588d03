import * as assert from 'node:assert/strict';
import { analyzeFile, lintFile, WorkspaceIndex, EMPTY_CONFIG, type SourceFile } from '../../server/src/core';
import { generateFlow } from '../helpers/genFlow';
import { rng } from '../helpers/rng';


function findings(file: SourceFile) {
  const ws = new WorkspaceIndex();
  ws.set(file);
  return lintFile(file, { workspace: ws, config: EMPTY_CONFIG, locale: 'en' }).map((f) => `${f.rule} ${f.range.start}-${f.range.end} ${f.message}`);
}

const EDITS = ['x', ' ', '\n', ':', '"', "'", '#', '- ', '{', '[', 'next: nowhere', '\n  extra:\n    say: hi\n', '\n    wait: 30h', 'é', '&a', '*a', '\t'];

describe('segmented parsing (large files)', () => {
  const base = generateFlow(1200, 7);

  it('is used for large block-mapping flows and gives the same tree as a full parse', () => {
    const fast = analyzeFile('big.flow.yaml', base, { segmented: true });
    const full = analyzeFile('big.flow.yaml', base, { segmented: false });
    assert.ok(fast.yaml.segmented && fast.yaml.segments!.length > 100, 'segmented');
    assert.equal(full.yaml.segmented, false);
    assert.deepEqual(fast.yaml.data, full.yaml.data);
    assert.deepEqual(findings(fast), findings(full));
  });

  it('property: after random edits, incremental results equal a full re-check', () => {
    const rand = rng(12345);
    let prev = analyzeFile('big.flow.yaml', base, { segmented: true });
    let text = base;
    let reusedSome = 0;
    let lastGood = text;
    for (let i = 0; i < 40; i++) {
      if (!prev.yaml.segmented && rand() < 0.5) text = lastGood; // the author fixes the typo
      const at = Math.floor(rand() * text.length);
      const op = rand();
      if (op < 0.6) text = text.slice(0, at) + EDITS[Math.floor(rand() * EDITS.length)] + text.slice(at);
      else if (op < 0.9) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 15));
      else text = text.slice(0, at) + text.slice(at, at + 40) + text.slice(at);
      const incremental = analyzeFile('big.flow.yaml', text, { previous: prev, segmented: true });
      const full = analyzeFile('big.flow.yaml', text, { segmented: false });
      if (incremental.yaml.segmented) reusedSome++;
      assert.deepEqual(incremental.yaml.data, full.yaml.data, `data after edit ${i}`);
      assert.deepEqual(findings(incremental), findings(full), `findings after edit ${i}`);
      prev = incremental;
      if (incremental.yaml.segmented) lastGood = text;
    }
    assert.ok(reusedSome >= 5, `the fast path was taken ${reusedSome} times`);
  });

  it('falls back to a full parse when a piece does not parse on its own', () => {
    const broken = base.replace('  step_3:\n', '  step_3:\n    say: "unclosed\n');
    const f = analyzeFile('big.flow.yaml', broken, { segmented: true });
    assert.equal(f.yaml.segmented, false);
    assert.ok(f.yaml.problems.length > 0);
  });
});
