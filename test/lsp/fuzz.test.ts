import * as assert from 'node:assert/strict';
import { buildServer, makeWorkspace, TestClient, type Diag } from './harness';
import { generateFlow } from '../helpers/genFlow';

/**
 * Random edits through the real server: it never crashes, always answers, publishes
 * ranges inside the document, and the diagnostics of the incrementally edited document
 * equal those of the same text opened fresh (the segmented fast path is exercised: the
 * flow is larger than the segmentation threshold).
 */

function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
}

const PIECES = ['x', ' ', '\n', ':', '"', "'", '#', '- ', '{', '}', '[', 'next: nowhere', '\n    wait: 30h', 'é💥', '\t', '{{1}}', '4111 1111 1111 1111'];

function key(d: Diag): string {
  return `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;
}

describe('language server under random edits', function () {
  this.timeout(120000);
  const text = generateFlow(1200, 11);
  const ws = makeWorkspace({ 'fuzz.flow.yaml': text, 'fresh.flow.yaml': '' });
  const uri = ws.uri('fuzz.flow.yaml');
  const freshUri = ws.uri('fresh.flow.yaml');
  let client: TestClient;

  before(async () => {
    await buildServer();
    client = new TestClient({ rootDir: ws.dir, locale: 'en', initializationOptions: { settings: { debounceMs: 0 }, maxIndexedFiles: 0 } });
    await client.initialize();
  });
  after(async () => {
    client.child.kill();
    ws.cleanup();
  });

  it('stays up, answers, keeps ranges in the document, and matches a fresh check', async () => {
    const rand = rng(2026);
    await client.open(uri, text);
    await client.waitDiagnostics(uri, (p) => p.version === 1);
    let current = text;
    for (let i = 0; i < 25; i++) {
      const lines = current.split('\n');
      const line = Math.floor(rand() * lines.length);
      const character = Math.floor(rand() * (lines[line].length + 1));
      const op = rand();
      const edit =
        op < 0.6
          ? { range: { start: { line, character }, end: { line, character } }, newText: PIECES[Math.floor(rand() * PIECES.length)] }
          : { range: { start: { line, character: 0 }, end: { line: Math.min(lines.length - 1, line + 1), character: 0 } }, newText: '' };
      const version = await client.change(uri, [edit]);
      current = client.texts.get(uri)!;
      const published = await client.waitDiagnostics(uri, (p) => p.version === version, false);
      const lineCount = current.split('\n').length;
      for (const d of published.diagnostics) {
        assert.ok(d.range.start.line < lineCount && d.range.end.line < lineCount, `range inside the document after edit ${i}: ${key(d)}`);
      }
      // features answer on whatever state the text is in
      await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
      await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line, character: 0 } }, context: { diagnostics: published.diagnostics } });
      await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    }
    assert.equal(client.child.exitCode, null, 'the server is still running');
    // the incrementally edited document gives what a fresh open of the same text gives
    const last = [...client.published].reverse().find((p) => p.uri === uri)!;
    await client.open(freshUri, current);
    const fresh = await client.waitDiagnostics(freshUri, (p) => p.version === 1);
    const norm = (ds: Diag[]) => ds.map(key).sort();
    assert.deepEqual(norm(last.diagnostics), norm(fresh.diagnostics));
  });
});
