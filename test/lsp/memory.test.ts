import * as assert from 'node:assert/strict';
import { GcTuning, IdleTrimmer, LARGE_DOCUMENT_CHARS } from '../../server/src/lsp/memory';

describe('IdleTrimmer', () => {
  it('collects garbage once the heap grew, and only then', () => {
    const trimmer = new IdleTrimmer(10, 8 * 1024 * 1024);
    let junk: number[][] | undefined = Array.from({ length: 200 }, () => new Array(20000).fill(1)); // ~32 MB
    const grown = process.memoryUsage().heapUsed;
    junk = undefined;
    void junk;
    trimmer.trim();
    assert.ok(process.memoryUsage().heapUsed < grown - 8 * 1024 * 1024, 'the garbage was collected');
    const after = process.memoryUsage().heapUsed;
    trimmer.trim(); // no growth since: nothing to do
    assert.ok(Math.abs(process.memoryUsage().heapUsed - after) < 4 * 1024 * 1024);
  });
});

describe('GcTuning', () => {
  it('keeps the lean settings while only small documents are open', () => {
    const set: string[] = [];
    const tuning = new GcTuning((f) => set.push(f), []);
    assert.ok(tuning.isLean);
    assert.deepEqual(set, ['--semi-space-growth-factor=1 --heap-growing-percent=20'], 'lean from the start');
    tuning.sized('a.flow.yaml', 2000);
    tuning.sized('b.flow.yaml', LARGE_DOCUMENT_CHARS - 1);
    assert.equal(set.length, 1, 'small documents change nothing');
    tuning.sized('big.flow.yaml', LARGE_DOCUMENT_CHARS);
    assert.ok(!tuning.isLean);
    assert.equal(set.at(-1), '--semi-space-growth-factor=2 --heap-growing-percent=0', "V8's defaults while a large document is open");
    tuning.sized('big2.flow.yaml', 10 * LARGE_DOCUMENT_CHARS);
    tuning.closed('big.flow.yaml');
    assert.ok(!tuning.isLean, 'another large document is still open');
    tuning.sized('big2.flow.yaml', 100); // edited down to a small one
    assert.ok(tuning.isLean);
    assert.equal(set.length, 3, 'flags are set only when the mode changes');
    assert.equal(set.at(-1), '--semi-space-growth-factor=1 --heap-growing-percent=20');
  });

  it('leaves flags given on the command line alone', () => {
    for (const argv of [['--max-semi-space-size=64'], ['--heap_growing_percent=50'], ['--no-optimize-for-size']]) {
      const set: string[] = [];
      const tuning = new GcTuning((f) => set.push(f), ['--inspect', ...argv]);
      tuning.sized('big.flow.yaml', 10 * LARGE_DOCUMENT_CHARS);
      tuning.closed('big.flow.yaml');
      assert.deepEqual(set, [], argv.join(' '));
      assert.ok(!tuning.isLean);
    }
  });
});
