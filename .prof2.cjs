const { analyzeFile, lintFile, WorkspaceIndex, EMPTY_CONFIG } = require('./out/server/src/core');
const { generateFlow } = require('./out/test/helpers/genFlow');
const text = generateFlow(10000, 3);
const tpl = 'name: order_update\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "Votre commande {{1}} a été expédiée, suivez-la."\n    example:\n      body_text: [["A1"]]\n';
const ws = new WorkspaceIndex(); ws.set(analyzeFile('o.template.yaml', tpl));
let f = analyzeFile('a.flow.yaml', text); ws.set(f);
const times = [];
for (let i = 0; i < 40; i++) {
  const at = text.indexOf('Message', 100000 + i * 50);
  const nt = text.slice(0, at) + 'x'.repeat(i + 1) + text.slice(at);
  const t0 = process.hrtime.bigint();
  const g = analyzeFile('a.flow.yaml', nt, { previous: f }); ws.set(g);
  const t1 = process.hrtime.bigint();
  const n = lintFile(g, { workspace: ws, config: EMPTY_CONFIG, locale: 'en' }).length;
  const t2 = process.hrtime.bigint();
  times.push([Number(t1 - t0) / 1e6, Number(t2 - t1) / 1e6, n]);
  f = g;
}
const med = (k) => times.map((x) => x[k]).sort((a, b) => a - b)[20].toFixed(1);
console.log('analyze', med(0), 'lint', med(1), 'findings', times[0][2]);
