import * as assert from 'node:assert/strict';
import { analyzeFile, WorkspaceIndex } from '../../server/src/core';

const flow = (name: string, ...templates: string[]) =>
  `flow: ${name}\nsteps:\n${templates.map((t, i) => `  s${i}:\n    template: ${t}\n    next: s${i + 1}\n`).join('')}  s${templates.length}:\n    end: true\n`;
const template = (name: string) => `name: ${name}\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Bonjour\n`;

describe('WorkspaceIndex', () => {
  it('finds the flows sending a template name, through replacements and deletions', () => {
    const ws = new WorkspaceIndex();
    ws.set(analyzeFile('a.flow.yaml', flow('a', 'order_update', 'welcome')));
    ws.set(analyzeFile('b.flow.yaml', flow('b', 'welcome', 'welcome')));
    ws.set(analyzeFile('c.flow.yaml', flow('c')));
    ws.set(analyzeFile('order.template.yaml', template('order_update')));
    assert.deepEqual(ws.flowsUsing(new Set(['order_update'])), ['a.flow.yaml']);
    assert.deepEqual(ws.flowsUsing(new Set(['welcome', 'order_update'])).sort(), ['a.flow.yaml', 'b.flow.yaml']);
    assert.deepEqual(ws.flowsUsing(new Set(['nothing'])), []);

    // a new version of a flow replaces what it sends
    ws.set(analyzeFile('a.flow.yaml', flow('a', 'welcome')));
    assert.deepEqual(ws.flowsUsing(new Set(['order_update'])), []);
    assert.deepEqual(ws.flowsUsing(new Set(['welcome'])).sort(), ['a.flow.yaml', 'b.flow.yaml']);

    ws.delete('b.flow.yaml');
    assert.deepEqual(ws.flowsUsing(new Set(['welcome'])), ['a.flow.yaml']);
    // the same flow file is listed once
    ws.set(analyzeFile('d.flow.yaml', flow('d', 'x', 'y')));
    assert.deepEqual(ws.flowsUsing(['x', 'y']), ['d.flow.yaml']);
  });

  it('agrees with a scan of every flow', () => {
    const ws = new WorkspaceIndex();
    const names = ['t0', 't1', 't2', 't3'];
    for (let i = 0; i < 40; i++) {
      const sent = names.filter((_, k) => (i >> k) & 1);
      ws.set(analyzeFile(`f${i % 25}.flow.yaml`, flow(`f${i}`, ...sent)));
      if (i % 7 === 3) ws.delete(`f${(i * 3) % 25}.flow.yaml`);
    }
    for (const name of names) {
      const scan = [...ws.all()].filter((f) => [...(f.flow?.steps.values() ?? [])].some((s) => s.template === name)).map((f) => f.uri);
      assert.deepEqual(ws.flowsUsing(new Set([name])).sort(), scan.sort(), name);
    }
  });

  it('lists the flows sending a template that no file defines', () => {
    const ws = new WorkspaceIndex();
    ws.set(analyzeFile('a.flow.yaml', flow('a', 'order_update')));
    ws.set(analyzeFile('b.flow.yaml', flow('b', 'welcome')));
    assert.deepEqual(ws.flowsWithUnknownTemplates().sort(), ['a.flow.yaml', 'b.flow.yaml']);
    ws.set(analyzeFile('order.template.yaml', template('order_update')));
    assert.deepEqual(ws.flowsWithUnknownTemplates(), ['b.flow.yaml']);
    ws.delete('order.template.yaml');
    assert.deepEqual(ws.flowsWithUnknownTemplates().sort(), ['a.flow.yaml', 'b.flow.yaml']);
  });
});
