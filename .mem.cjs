const fs = require('fs'), path = require('path');
const core = require('./out/server/src/core');
const dir = '.bench/workspace';
const files = fs.readdirSync(dir).map(f => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);
global.gc(); const base = process.memoryUsage();
const ws = new core.WorkspaceIndex();
const analysed = files.map(([f, t]) => { const a = core.analyzeFile(f, t); ws.set(a); return a; });
global.gc(); const m1 = process.memoryUsage();
const lints = analysed.map(a => core.lintFile(a, { workspace: ws, config: core.EMPTY_CONFIG, locale: 'en' }));
global.gc(); const m2 = process.memoryUsage();
console.log('rss base', (base.rss/1e6).toFixed(0), 'heap base', (base.heapUsed/1e6).toFixed(0));
console.log('after analyze heap', ((m1.heapUsed-base.heapUsed)/1e6).toFixed(1), 'MB; rss', (m1.rss/1e6).toFixed(0));
console.log('after lint heap', ((m2.heapUsed-base.heapUsed)/1e6).toFixed(1), 'MB; rss', (m2.rss/1e6).toFixed(0), 'findings', lints.flat().length);
for (const a of analysed) { a.yaml.doc = undefined; }
global.gc(); const m3 = process.memoryUsage();
console.log('without docs heap', ((m3.heapUsed-base.heapUsed)/1e6).toFixed(1));
for (const a of analysed) { a.yaml.data = undefined; }
global.gc(); const m4 = process.memoryUsage();
console.log('without docs+data heap', ((m4.heapUsed-base.heapUsed)/1e6).toFixed(1));
for (const a of analysed) { if (a.flow) { a.flow.issues = []; a.flow.refs = []; } }
global.gc(); const m5 = process.memoryUsage();
console.log('without refs', ((m5.heapUsed-base.heapUsed)/1e6).toFixed(1));
for (const a of analysed) { a.yaml.lines = undefined; a.yaml.duplicates=undefined; }
global.gc(); const m6 = process.memoryUsage();
console.log('without lines', ((m6.heapUsed-base.heapUsed)/1e6).toFixed(1));
for (const a of analysed) { a.flow = undefined; }
global.gc(); const m7 = process.memoryUsage();
console.log('without flow', ((m7.heapUsed-base.heapUsed)/1e6).toFixed(1));
