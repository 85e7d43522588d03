const p = JSON.parse(require('fs').readFileSync(process.argv[2]));
const byId = new Map(p.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = new Map(); const dt = p.timeDeltas;
let total = 0;
for (let i = 0; i < p.samples.length; i++) {
  total += dt[i] || 0;
  const seen = new Set(); let id = p.samples[i];
  while (id !== undefined) { const n = byId.get(id); const k = n.callFrame.functionName; if (k && !seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) || 0) + (dt[i] || 0)); } id = parent.get(id); }
}
for (const k of process.argv.slice(3)) console.log(k, ((incl.get(k) || 0) / total * 100).toFixed(1) + '%', ((incl.get(k)||0)/1000).toFixed(0)+'ms');
console.log('total', (total/1000).toFixed(0), 'ms');
