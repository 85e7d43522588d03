import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expandBraces, globBase, hasGlobSyntax, matchGlob, walk } from '../../server/src/node/glob';

// [pattern, path, expected]
const table: [string, string, boolean][] = [
  // literal and `*`
  ['a.yaml', 'a.yaml', true],
  ['a.yaml', 'b/a.yaml', false],
  ['*.flow.yaml', 'order.flow.yaml', true],
  ['*.flow.yaml', 'shop/order.flow.yaml', false],
  ['*.flow.yaml', '.hidden.flow.yaml', true],
  ['*', 'a/b', false],
  ['a*b', 'ab', true],
  ['a*b', 'axxb', true],
  ['a*b', 'a/b', false],
  // `?`
  ['?.yaml', 'a.yaml', true],
  ['?.yaml', 'ab.yaml', false],
  ['a?b', 'a/b', false],
  // `**`
  ['**', 'a/b/c.yaml', true],
  ['**/*.yaml', 'x.yaml', true],
  ['**/*.yaml', 'a/b/x.yaml', true],
  ['**/*.yaml', 'a/b/x.yml', false],
  ['bots/**/*.yaml', 'bots/x.yaml', true],
  ['bots/**/*.yaml', 'bots/a/b/x.yaml', true],
  ['bots/**/*.yaml', 'other/bots/x.yaml', false],
  ['bots/**', 'bots', true],
  ['bots/**', 'bots/a/b', true],
  ['bots/**', 'botsx/a', false],
  ['**/drafts/**', 'drafts/a.yaml', true],
  ['**/drafts/**', 'shop/drafts/x/a.yaml', true],
  ['**/drafts/**', 'shop/drafts2/a.yaml', false],
  ['a/**/b', 'a/b', true],
  ['a/**/b', 'a/x/y/b', true],
  ['a/**/b', 'ab/b', false],
  ['a/**/**/b', 'a/x/b', true],
  ['a**b', 'a/b', false],
  // braces
  ['*.{yaml,yml}', 'x.yml', true],
  ['*.{yaml,yml}', 'x.json', false],
  ['{shop,bank}/**/*.flow.yaml', 'bank/a/x.flow.yaml', true],
  ['{shop,bank}/**/*.flow.yaml', 'pharmacy/x.flow.yaml', false],
  ['a{b,c{d,e}}f', 'acef', true],
  ['a{b,c{d,e}}f', 'acf', false],
  ['{a}', '{a}', true],
  ['{a}', 'a', false],
  ['{,x}y', 'y', true],
  ['{,x}y', 'xy', true],
  // character classes
  ['[abc].yaml', 'b.yaml', true],
  ['[abc].yaml', 'd.yaml', false],
  ['[a-c]1', 'c1', true],
  ['[a-c]1', 'd1', false],
  ['[!a-c]1', 'd1', true],
  ['[!a-c]1', 'a1', false],
  ['[^a]1', 'b1', true],
  ['x[!a]y', 'x/y', false],
  ['[]]', ']', true],
  ['[-a]', '-', true],
  ['[ab', '[ab', true],
  // escapes and regex metacharacters
  ['\\*.yaml', '*.yaml', true],
  ['\\*.yaml', 'a.yaml', false],
  ['a.b', 'axb', false],
  ['(x)+.yaml', '(x)+.yaml', true],
  ['a$^b', 'a$^b', true],
  // separators and ./
  ['./shop/*.yaml', 'shop/a.yaml', true],
  ['shop/*.yaml', './shop/a.yaml', true],
  ['shop/*.yaml', 'shop\\a.yaml', true],
];

describe('glob matcher', () => {
  for (const [pattern, path, expected] of table) {
    it(`${JSON.stringify(pattern)} ${expected ? 'matches' : 'does not match'} ${JSON.stringify(path)}`, () => {
      assert.equal(matchGlob(path, pattern), expected);
    });
  }

  it('expands braces, nested, in order', () => {
    assert.deepEqual(expandBraces('a{b,c{d,e}}f'), ['abf', 'acdf', 'acef']);
    assert.deepEqual(expandBraces('x'), ['x']);
    assert.deepEqual(expandBraces('\\{a,b}'), ['\\{a,b}']);
  });

  it('bounds brace expansion (no explosion on hostile patterns)', () => {
    const hostile = '{a,b}'.repeat(30);
    assert.ok(expandBraces(hostile).length <= 1024);
  });

  it('knows glob syntax and the static base of a glob', () => {
    assert.equal(hasGlobSyntax('a/b.yaml'), false);
    assert.equal(hasGlobSyntax('a/*.yaml'), true);
    assert.equal(hasGlobSyntax('a/\\*.yaml'), false);
    assert.equal(globBase('examples/**/*.yaml'), 'examples');
    assert.equal(globBase('a/b/{c,d}/*.yaml'), 'a/b');
    assert.equal(globBase('*.yaml'), '.');
  });
});

describe('directory walker', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'walint-walk-'));
    for (const f of ['a.yaml', 'sub/b.yaml', 'sub/deep/c.yaml', 'node_modules/x.yaml', '.git/y.yaml', 'out/z.yaml', 'dist/w.yaml', 'sub/node_modules/v.yaml', '.config/k.yaml']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), 'x: 1\n');
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists files sorted, skipping node_modules, .git, out and dist', () => {
    const files = walk(dir).map((f) => relative(dir, f).split('\\').join('/'));
    assert.deepEqual(files, ['.config/k.yaml', 'a.yaml', 'sub/b.yaml', 'sub/deep/c.yaml']);
  });

  it('reports an unreadable folder instead of throwing', () => {
    const errors: string[] = [];
    assert.deepEqual(walk(join(dir, 'missing'), (p) => errors.push(p)), []);
    assert.equal(errors.length, 1);
  });
});
