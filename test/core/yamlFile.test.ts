import * as assert from 'node:assert/strict';
import { YamlFile } from '../../server/src/core/parse/yamlFile';
import { parseDuration, formatDuration } from '../../server/src/core/model/duration';
import { LineIndex } from '../../server/src/core/text';

const slice = (f: YamlFile, r: { start: number; end: number }) => f.text.slice(r.start, r.end);

describe('YamlFile', () => {
  const text = `flow: demo
steps:
  welcome:
    say: "Bonjour"   # greeting
    buttons:
      - { title: Commande, next: order }
      - title: Conseiller
        next: agent
`;
  const f = new YamlFile(text);

  it('maps paths to exact ranges', () => {
    assert.equal(slice(f, f.rangeOf(['steps', 'welcome', 'say'])), '"Bonjour"');
    assert.equal(slice(f, f.rangeOf(['steps', 'welcome', 'say'], 'key')), 'say');
    assert.equal(slice(f, f.rangeOf(['steps', 'welcome'])), 'welcome');
    assert.equal(slice(f, f.rangeOf(['steps', 'welcome', 'buttons', 0, 'next'])), 'order');
    assert.equal(slice(f, f.rangeOf(['steps', 'welcome', 'buttons', 1, 'next'])), 'agent');
    const inner = f.innerRange(['steps', 'welcome', 'say'])!;
    assert.equal(slice(f, inner), 'Bonjour');
  });

  it('falls back to the deepest existing node for missing paths', () => {
    assert.equal(slice(f, f.rangeOf(['steps', 'welcome', 'nope'])), 'welcome');
    assert.equal(slice(f, f.rangeOf(['missing', 'x'])).length > 0, true);
  });

  it('reports duplicate keys once per repeat, without the quadratic check', () => {
    const d = new YamlFile('a: 1\nb: 2\na: 3\na: 4\n');
    assert.deepEqual(d.duplicates.map((x) => [x.key, d.lines.positionAt(x.range.start).line]), [['a', 2], ['a', 3]]);
    assert.equal((d.data as Record<string, number>).a, 4);
  });

  it('gives syntax problems at the broken line', () => {
    const b = new YamlFile('flow: x\nsteps:\n  a:\n    say: "unclosed\n    next: b\n');
    assert.ok(b.problems.length > 0);
    assert.ok(b.problems.some((p) => p.severity === 'error'));
  });

  it('survives alias bombs', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`);
    const y = new YamlFile(bomb.join('\n'));
    assert.equal(y.data, undefined);
    assert.ok(y.problems.some((p) => p.code === 'ALIAS_LIMIT'));
  });

  it('reads JSON with ranges', () => {
    const j = new YamlFile('{\n  "name": "x",\n  "components": [{"type": "body", "text": "hi"}]\n}');
    assert.equal(slice(j, j.rangeOf(['components', 0, 'type'])), '"body"');
  });
});

describe('LineIndex', () => {
  it('handles LF, CRLF and CR', () => {
    const li = new LineIndex('a\r\nbc\rd\ne');
    assert.deepEqual(li.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(li.positionAt(6), { line: 2, character: 0 });
    assert.equal(li.lineText(1), 'bc');
    assert.equal(li.offsetAt({ line: 3, character: 0 }), 8);
  });
});

describe('durations', () => {
  it('parses the flow language durations', () => {
    assert.equal(parseDuration('90s'), 90);
    assert.equal(parseDuration('15m'), 900);
    assert.equal(parseDuration('2h'), 7200);
    assert.equal(parseDuration('1d'), 86400);
    assert.equal(parseDuration('1h30m'), 5400);
    assert.equal(parseDuration('1d 12h'), 129600);
    assert.equal(parseDuration(45), 45);
    assert.equal(parseDuration('soon'), undefined);
    assert.equal(parseDuration('2x'), undefined);
    assert.equal(formatDuration(93600), '1d 2h');
  });
});

import { appendToMap } from '../../server/src/core/fix/edits';
import { applyEdits } from '../../server/src/core/fix/apply';

describe('edit helpers', () => {
  it('appendToMap indents at the key column, also inside a sequence item', () => {
    const text = 'components:\n  - type: BODY\n    text: hi\n  - type: FOOTER\n';
    const f = new YamlFile(text);
    const e = appendToMap(f, ['components', 0], ['example: x'])!;
    assert.equal(applyEdits(text, [e]), 'components:\n  - type: BODY\n    text: hi\n    example: x\n  - type: FOOTER\n');
  });
  it('appendToMap keeps trailing comments and adds to flow maps', () => {
    const text = 'a:\n  b: 1 # note\n\nc: { d: 1 }\n';
    const f = new YamlFile(text);
    assert.equal(applyEdits(text, [appendToMap(f, ['a'], ['e: 2'])!]), 'a:\n  b: 1 # note\n  e: 2\n\nc: { d: 1 }\n');
    assert.equal(applyEdits(text, [appendToMap(f, ['c'], ['e: 2'])!]), 'a:\n  b: 1 # note\n\nc: { d: 1, e: 2 }\n');
  });
});
