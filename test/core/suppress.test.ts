import * as assert from 'node:assert/strict';
import { analyzeFile, applyEdits, lintFile, WorkspaceIndex, EMPTY_CONFIG } from '../../server/src/core';

function lint(code: string) {
  const ws = new WorkspaceIndex();
  const f = analyzeFile('t.flow.yaml', code);
  ws.set(f);
  return lintFile(f, { workspace: ws, config: EMPTY_CONFIG, locale: 'en' });
}

describe('inline directives', () => {
  const base = `flow: demo
steps:
  a:
    say: hi
    next: b
  b:
    say: stuck
`;
  it('disable-next-line hides the finding on the next line only', () => {
    assert.ok(lint(base).some((f) => f.rule === 'flow/dead-end'));
    const code = base.replace('  b:\n', '  # walint-disable-next-line flow/dead-end -- intentional\n  b:\n');
    const fs = lint(code);
    assert.ok(!fs.some((f) => f.rule === 'flow/dead-end'));
    assert.ok(!fs.some((f) => f.rule === 'walint/unused-disable'));
  });

  it('disable / enable regions and group wildcards', () => {
    const code = `# walint-disable flow/*\n${base}# walint-enable\n`;
    const fs = lint(code);
    assert.deepEqual(fs.filter((f) => f.rule.startsWith('flow/')), []);
  });

  it('reports unused and unknown rule ids, with a safe fix that removes them', () => {
    const code = base.replace('    next: b\n', '    # walint-disable-next-line flow/dead-end, flow/nope\n    next: b\n');
    const fs = lint(code).filter((f) => f.rule === 'walint/unused-disable');
    assert.equal(fs.length, 2);
    assert.match(fs[1].message, /Unknown rule "flow\/nope"/);
    const fixes = fs.flatMap((f) => f.fixes!());
    assert.ok(fixes.every((x) => x.kind === 'safe'));
    const once = applyEdits(code, fixes[0].edits);
    assert.ok(once.includes('# walint-disable-next-line flow/nope'));
    assert.ok(!once.includes('flow/dead-end,'));
  });

  it('a comment that is the whole line is removed with its line', () => {
    const code = `# walint-disable-next-line flow/unknown-step\n${base.replace('    say: stuck\n', '    say: stuck\n    end: true\n')}`;
    const fs = lint(code).filter((f) => f.rule === 'walint/unused-disable');
    assert.equal(fs.length, 1);
    assert.equal(applyEdits(code, fs[0].fixes!()[0].edits), base.replace('    say: stuck\n', '    say: stuck\n    end: true\n'));
  });
});
