import * as assert from 'node:assert/strict';
import { analyzeFile, lintFile, WorkspaceIndex, EMPTY_CONFIG } from '../../server/src/core';
import { rng } from '../helpers/rng';


const seedFlow = `flow: order_support
trigger: user
escalation:
  - { type: agent, step: handoff }
global:
  - match: [agent, conseiller]
    next: handoff
steps:
  welcome:
    say: "Bonjour ! {{name}}"
    buttons:
      - { title: Suivre ma commande, next: ask_order }
      - { title: Un conseiller, next: handoff }
  ask_order:
    ask: Quel est votre numéro de commande ?
    timeout: 2h
    on_timeout: reminder
    next: later
  later:
    wait: 48h
    next: reminder
  reminder:
    template: order_reminder
    params: ["{{order_id}}"]
    next: done
  handoff:
    handoff: agent
  done:
    end: true
`;

const seedTemplate = `name: order_reminder
language: fr
category: UTILITY
components:
  - type: BODY
    text: "Votre commande {{1}} vous attend."
    example:
      body_text: [["A-12"]]
  - type: BUTTONS
    buttons:
      - { type: QUICK_REPLY, text: OK }
`;

function lintAll(name: string, text: string) {
  const ws = new WorkspaceIndex();
  const f = analyzeFile(name, text);
  ws.set(f);
  return lintFile(f, { workspace: ws, config: EMPTY_CONFIG, locale: 'en' });
}

describe('robustness: bad input never throws', () => {
  const pieces = [':', '-', '{', '}', '[', ']', '"', "'", '&a', '*a', '!!', '#', '\t', '\n', '  ', '|', '>', '{{', '}}', '\u0000', '\ufffd', 'é', '💥', '%YAML 1.2\n', '---\n', '? ', '<<: *a'];
  for (const [name, seed] of [['f.flow.yaml', seedFlow], ['t.template.yaml', seedTemplate]] as const) {
    it(`mutations of ${name} (deterministic fuzz, 300 cases)`, () => {
      const rand = rng(name.length * 7919);
      for (let i = 0; i < 300; i++) {
        let text = seed;
        const n = 1 + Math.floor(rand() * 6);
        for (let k = 0; k < n; k++) {
          const at = Math.floor(rand() * text.length);
          const op = rand();
          if (op < 0.4) text = text.slice(0, at) + pieces[Math.floor(rand() * pieces.length)] + text.slice(at);
          else if (op < 0.7) text = text.slice(0, at) + text.slice(at + Math.floor(rand() * 20));
          else text = text.slice(0, at) + text.slice(at, at + 30) + text.slice(at);
        }
        const fs = lintAll(name, text);
        for (const f of fs) {
          assert.ok(!/internal error/.test(f.message), `rule crashed on case ${i}: ${f.message}\n---\n${text}`);
          assert.ok(f.range.start <= f.range.end && f.range.end <= text.length, `range within the text (case ${i}, ${f.rule})`);
        }
      }
    });
  }

  it('random bytes', () => {
    const rand = rng(42);
    for (let i = 0; i < 100; i++) {
      const len = Math.floor(rand() * 400);
      let s = '';
      for (let k = 0; k < len; k++) s += String.fromCharCode(Math.floor(rand() * 256));
      lintAll('x.flow.yaml', s);
    }
  });

  it('binary content is not analysed, with a clear finding', () => {
    const fs = lintAll('x.flow.yaml', 'PK\u0003\u0004\u0000\u0000binary');
    assert.deepEqual(fs.map((f) => f.rule), ['walint/not-analysed']);
  });

  it('deep nesting', () => {
    const deep = 'flow: x\nsteps:\n  a: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
    lintAll('x.flow.yaml', deep);
  });

  it('a broken YAML flow gives a finding at the broken line', () => {
    const fs = lintAll('x.flow.yaml', 'flow: x\nsteps:\n  a:\n    say: "open\n    next: b\n  b: [\n');
    const syn = fs.filter((f) => f.rule === 'yaml/syntax');
    assert.ok(syn.length > 0);
    assert.ok(syn.every((f) => f.start.line >= 3), syn.map((f) => f.start.line).join(','));
  });
});

describe('robustness: size limit', () => {
  it('a file over the size limit is not analysed, quickly, with a clear reason', () => {
    const big = 'flow: huge\nsteps:\n' + '  s:\n    say: x\n'.repeat(200_000);
    const fs = lintAll('huge.flow.yaml', big);
    assert.deepEqual(fs.map((f) => f.rule), ['walint/not-analysed']);
    assert.match(fs[0].message, /larger than 2 MB/);
  });
});
