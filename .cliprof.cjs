const fs = require('fs'), path = require('path');
const YAML = require('yaml');
const core = require('./out/server/src/core');
const { YamlFile } = require('./out/server/src/core/parse/yamlFile');
const dir = '.bench/workspace';
const files = fs.readdirSync(dir).map(f => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);
function time(label, fn) { const t = process.hrtime.bigint(); const r = fn(); console.log(label, (Number(process.hrtime.bigint() - t) / 1e6).toFixed(0), 'ms'); return r; }
for (let k = 0; k < 2; k++) {
time('yaml parseDocument', () => { for (const [, t] of files) YAML.parseDocument(t); });
time('YamlFile', () => { for (const [, t] of files) new YamlFile(t); });
const analysed = time('analyzeFile', () => files.map(([f, t]) => core.analyzeFile(f, t)));
const ws = new core.WorkspaceIndex(); for (const a of analysed) ws.set(a);
time('lint', () => { for (const a of analysed) core.lintFile(a, { workspace: ws, config: core.EMPTY_CONFIG, locale: 'en' }); });
}
