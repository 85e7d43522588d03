import * as assert from 'node:assert/strict';
import { configGlobs, documentPatterns, isFlowFileName, isSafeGlob, NAMED_PATTERNS, normalizeGlob } from '../../client/src/patterns';

describe('client: which documents walint sees', () => {
  it('always has the named patterns and never a catch-all', () => {
    const p = documentPatterns([], []);
    assert.deepEqual(p.map((x) => x.pattern), [...NAMED_PATTERNS]);
    for (const x of p) assert.match(x.pattern, /(flow|template|walint\.config)/);
  });

  it('adds the setting globs and the config globs (relative to their folder), without duplicates', () => {
    const p = documentPatterns(['./bots/*.yaml', 'bots/*.yaml', 42], [{ folder: 'file:///ws', data: { files: { flows: ['flows/**/*.yml'], templates: ['meta/*.json', 7], ignore: ['x/**'] } } }]);
    assert.deepEqual(p.slice(NAMED_PATTERNS.length), [
      { pattern: 'bots/*.yaml' },
      { base: 'file:///ws', pattern: 'flows/**/*.yml' },
      { base: 'file:///ws', pattern: 'meta/*.json' },
    ]);
  });

  it('refuses globs that would take over every file', () => {
    for (const g of ['**', '*', '**/*', '', '   ', '/etc/*.yaml', 'C:\\x\\*.yaml']) assert.equal(isSafeGlob(g), false, g);
    for (const g of ['**/*.yaml', 'bots/*.yml', 'a.json']) assert.equal(isSafeGlob(g), true, g);
    assert.deepEqual(documentPatterns(['**', '*'], [{ folder: 'file:///ws', data: { files: { flows: ['**'] } } }]).length, NAMED_PATTERNS.length);
  });

  it('reads config globs leniently', () => {
    for (const bad of [null, 3, 'x', [], { files: 'x' }, { files: [] }, { files: { flows: 'a' } }]) assert.deepEqual(configGlobs(bad), []);
    assert.deepEqual(configGlobs({ files: { flows: ['.\\a\\*.yaml'] } }), ['a/*.yaml']);
  });

  it('normalizes globs', () => {
    assert.equal(normalizeGlob(' ././a/b.yaml '), 'a/b.yaml');
  });

  it('knows flow file names', () => {
    for (const n of ['/a/x.flow.yaml', 'x.flows.yml', 'X.FLOW.JSON']) assert.equal(isFlowFileName(n), true, n);
    for (const n of ['x.template.yaml', 'flow.yaml', 'x.flow.yaml.bak']) assert.equal(isFlowFileName(n), false, n);
  });
});
