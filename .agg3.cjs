// inclusive time per rule check function: attribute samples under lintFileInner to the first frame below it
const p = JSON.parse(require('fs').readFileSync(process.argv[2]));
const byId = new Map(p.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
const acc = new Map(); const dt = p.timeDeltas;
for (let i = 0; i < p.samples.length; i++) {
  let id = p.samples[i]; const chain = [];
  while (id !== undefined) { chain.push(byId.get(id)); id = parent.get(id); }
  const k = chain.findIndex(n => n.callFrame.functionName === 'lintFileInner');
  if (k <= 0) continue;
  const below = chain[k - 1];
  const key = below.callFrame.functionName + ' ' + below.callFrame.url.split('/').pop() + ':' + below.callFrame.lineNumber;
  acc.set(key, (acc.get(key) || 0) + (dt[i] || 0));
}
console.log([...acc.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => (v / 1000).toFixed(0) + 'ms ' + k).join('\n'));
