const fs = require('fs'), path = require('path');
const core = require('./out/server/src/core');
const dir = '.bench/workspace';
const files = fs.readdirSync(dir).map(f => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);
const ws = new core.WorkspaceIndex();
const analysed = files.map(([f, t]) => { const a = core.analyzeFile(f, t); ws.set(a); return a; });
const times = new Map();
for (const r of core.allRules) {
  const t = process.hrtime.bigint();
  for (const a of analysed) core.lintFile(a, { workspace: ws, config: core.EMPTY_CONFIG, locale: 'en', rules: [r] });
  times.set(r.meta.id, Number(process.hrtime.bigint() - t) / 1e6);
}
const tot = [...times.values()].reduce((a, b) => a + b, 0);
console.log('total cold per-rule sum', tot.toFixed(0));
console.log([...times.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => k + ' ' + v.toFixed(0)).join('\n'));
