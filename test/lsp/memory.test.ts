import * as assert from 'node:assert/strict';
import { IdleTrimmer } from '../../server/src/lsp/memory';

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
