// walint benchmark: `npm run bench`.
// Generates flows of 1k, 10k and 50k lines and a workspace of 1,000 files (deterministic),
// then measures in ONE run, side by side (ratios matter more than absolute numbers on a
// shared machine): `yaml` parse alone, walint's core, walint's CLI, walint's server over stdio
// (open -> diagnostics, edit -> diagnostics, memory, cold start), and Red Hat's
// yaml-language-server with a JSON Schema on the same files and edits.
// Prints a table and writes .bench/results.json.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = join(root, '.bench');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 7;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}
const now = () => Number(process.hrtime.bigint()) / 1e6;

// ---------- build and generate ----------
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root], { stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const { generateFlow } = require(join(root, 'out', 'test', 'helpers', 'genFlow.js'));
const core = require(join(root, 'out', 'server', 'src', 'core', 'index.js'));
const YAML = require('yaml');

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'flows'), { recursive: true });
const sizes = quick ? [1000, 10000] : [1000, 10000, 50000];
const flows = {};
for (const n of sizes) {
  const text = generateFlow(n, n);
  const file = join(out, 'flows', `bench_${n}.flow.yaml`);
  writeFileSync(file, text);
  flows[n] = { file, text, lines: text.split('\n').length, bytes: Buffer.byteLength(text) };
}
const template = `name: order_update
language: fr
category: UTILITY
components:
  - type: BODY
    text: "Votre commande {{1}} a été expédiée. Suivez-la depuis votre espace client."
    example:
      body_text: [["A-1042"]]
`;
writeFileSync(join(out, 'flows', 'order_update.template.yaml'), template);

// 1,000-file workspace: 800 small flows (~100 lines), 200 templates.
const wsDir = join(out, 'workspace');
mkdirSync(wsDir, { recursive: true });
for (let i = 0; i < 1000; i++) {
  if (i % 5 === 4) writeFileSync(join(wsDir, `t_${i}.template.yaml`), template.replace('order_update', `order_update_${i}`));
  else writeFileSync(join(wsDir, `f_${i}.flow.yaml`), generateFlow(100, i + 1).replace('generated_support', `flow_${i}`));
}
writeFileSync(join(wsDir, 'order_update.template.yaml'), template);

const results = { date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, flows: {}, cli: {}, server: {}, yls: {}, package: {} };

// ---------- in-process: yaml alone vs walint core ----------
function editAt(text, i) {
  const at = text.indexOf('Message', Math.floor(text.length / 2) + i * 7);
  const pos = at >= 0 ? at : Math.floor(text.length / 2);
  return { text: text.slice(0, pos) + 'x' + text.slice(pos), pos };
}
for (const n of sizes) {
  const { text } = flows[n];
  const parse = [], parseNoUnique = [], full = [], incr = [];
  for (let i = 0; i < RUNS; i++) {
    let t = now(); YAML.parseDocument(text); parse.push(now() - t);
    t = now(); YAML.parseDocument(text, { uniqueKeys: false }); parseNoUnique.push(now() - t);
    const ws = new core.WorkspaceIndex();
    ws.set(core.analyzeFile('o.template.yaml', template));
    t = now();
    const f = core.analyzeFile('b.flow.yaml', text);
    ws.set(f);
    core.lintFile(f, { workspace: ws, config: core.EMPTY_CONFIG, locale: 'en' });
    full.push(now() - t);
    const edited = editAt(text, i).text;
    t = now();
    const g = core.analyzeFile('b.flow.yaml', edited, { previous: f });
    ws.set(g);
    core.lintFile(g, { workspace: ws, config: core.EMPTY_CONFIG, locale: 'en' });
    incr.push(now() - t);
  }
  results.flows[n] = {
    lines: flows[n].lines,
    bytes: flows[n].bytes,
    yamlParseMs: median(parse),
    yamlParseNoUniqueKeysMs: median(parseNoUnique),
    walintFullCheckMs: median(full),
    walintEditCheckMs: median(incr),
  };
}

// ---------- CLI on 1,000 files vs yaml alone (fresh processes both) ----------
{
  const files = readdirSync(wsDir).map((f) => join(wsDir, f));
  const yamlScript = join(out, 'yaml-only.cjs');
  writeFileSync(yamlScript, `const fs=require('fs');const Y=require(${JSON.stringify(require.resolve('yaml'))});for(const f of ${JSON.stringify(files)}){Y.parseDocument(fs.readFileSync(f,'utf8'))}`);
  const yamlRuns = [], cliRuns = [];
  for (let i = 0; i < Math.min(RUNS, 5); i++) {
    let t = now(); execFileSync(process.execPath, [yamlScript]); yamlRuns.push(now() - t);
    t = now();
    try { execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', wsDir, '--format', 'json'], { stdio: ['ignore', 'ignore', 'ignore'] }); } catch (e) { if (e.status !== 1) throw e; }
    cliRuns.push(now() - t);
  }
  results.cli = { files: files.length, yamlAloneMs: median(yamlRuns), walintCliMs: median(cliRuns), ratio: median(cliRuns) / median(yamlRuns) };
}

// ---------- LSP client over stdio (walint and yaml-language-server) ----------
const rpc = require('vscode-jsonrpc/node');
function startServer(cmd, args) {
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  child.stdin.on('error', () => {});
  child.on('exit', (code) => { if (code && !child.stopping) console.error(`server ${cmd} ${args.join(' ')} exited with ${code}\n${stderr.slice(-2000)}`); });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    for (const w of [...waiters]) if (w.uri === p.uri && (w.version === undefined || p.version === undefined || p.version >= w.version)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(p); }
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification(() => {});
  conn.listen();
  const waitDiagnostics = (uri, version) => new Promise((resolve) => waiters.push({ uri, version, resolve }));
  const rss = () => {
    try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024; } catch { return NaN; }
  };
  return { child, conn, waitDiagnostics, rss, stop: async () => { child.stopping = true; try { await conn.sendRequest('shutdown'); await conn.sendNotification('exit'); } catch {} conn.dispose(); child.kill(); } };
}

async function lspBench(name, cmd, args, initOptions, settings, debounce) {
  const res = { initializeMs: [], openMs: {}, editMs: {}, rssMB: {} };
  for (let run = 0; run < Math.min(RUNS, 5); run++) {
    const s = startServer(cmd, args);
    let t = now();
    await s.conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(join(out, 'flows')).href, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: true } }, initializationOptions: initOptions, workspaceFolders: null });
    res.initializeMs.push(now() - t);
    s.conn.sendNotification('initialized', {});
    if (settings) s.conn.sendNotification('workspace/didChangeConfiguration', { settings });
    {
      // the template the flows send, open in both servers
      const turi = pathToFileURL(join(out, 'flows', 'order_update.template.yaml')).href;
      const d = s.waitDiagnostics(turi, 1);
      s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: turi, languageId: 'yaml', version: 1, text: template } });
      await Promise.race([d, new Promise((r) => setTimeout(r, 3000))]);
    }
    for (const n of sizes) {
      if (process.env.BENCH_DEBUG) console.error(`${name}: ${n} lines`);
      const uri = pathToFileURL(flows[n].file).href;
      const text = flows[n].text;
      t = now();
      const d0 = s.waitDiagnostics(uri, 1);
      s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
      await d0;
      (res.openMs[n] ??= []).push(now() - t);
      const edits = [];
      // 15 one-character edits: a person typing; the median is the steady state, not the first JIT warm-up
      for (let e = 0; e < 15; e++) {
        const { pos } = editAt(text, e);
        const before = text.slice(0, pos);
        const line = before.split('\n').length - 1;
        const character = pos - before.lastIndexOf('\n') - 1;
        const version = 2 + e;
        t = now();
        const d = s.waitDiagnostics(uri, version);
        s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }] });
        await d;
        edits.push(now() - t);
      }
      (res.editMs[n] ??= []).push(median(edits));
      (res.rssMB[n] ??= []).push(s.rss());
      s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    await s.stop();
  }
  const summary = { debounceMs: debounce, initializeMs: median(res.initializeMs), open: {}, edit: {}, rssMB: {} };
  for (const n of sizes) {
    summary.open[n] = median(res.openMs[n]);
    summary.edit[n] = median(res.editMs[n]);
    summary.rssMB[n] = median(res.rssMB[n]);
  }
  results[name] = summary;
}

// No debounce (measure the work, not the wait) and no background indexing (the template is opened instead).
await lspBench('server', process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { settings: { debounceMs: 0 }, locale: 'en', maxIndexedFiles: 0 }, null, 0);

// memory with 1,000 documents open
{
  const s = startServer(process.execPath, [join(root, 'dist', 'server.js'), '--stdio']);
  await s.conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } }, initializationOptions: { settings: { debounceMs: 0 }, maxIndexedFiles: 0 } });
  s.conn.sendNotification('initialized', {});
  const files = readdirSync(wsDir).slice(0, 1000);
  const waits = [];
  const t = now();
  for (const f of files) {
    const uri = pathToFileURL(join(wsDir, f)).href;
    waits.push(s.waitDiagnostics(uri, 1));
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(join(wsDir, f), 'utf8') } });
  }
  await Promise.all(waits);
  results.server.open1000Ms = now() - t;
  results.server.rss1000DocsMB = s.rss();
  const info = await s.conn.sendRequest('walint/serverInfo');
  results.server.heapUsed1000DocsMB = info.memory.heapUsed / 1048576;
  results.server.openDocuments = info.openDocuments;
  // the server gives memory back after 2 s of quiet (one full collection)
  await new Promise((r) => setTimeout(r, 3500));
  results.server.rss1000DocsIdleMB = s.rss();
  results.server.heapUsed1000DocsIdleMB = (await s.conn.sendRequest('walint/serverInfo')).memory.heapUsed / 1048576;
  await s.stop();
}

// cold start: process spawn -> initialize response
{
  const xs = [];
  for (let i = 0; i < RUNS; i++) {
    const t = now();
    const s = startServer(process.execPath, [join(root, 'dist', 'server.js'), '--stdio']);
    await s.conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    xs.push(now() - t);
    await s.stop();
  }
  results.server.coldStartMs = median(xs);
}

// yaml-language-server with a JSON Schema for the same files (its validation debounce is a fixed 200 ms)
const ylsBin = join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const schema = join(root, 'schemas', 'flow.schema.json');
if (existsSync(ylsBin) && !process.argv.includes('--no-yls')) {
  const schemas = existsSync(schema) ? { [pathToFileURL(schema).href]: '*.flow.yaml' } : {};
  await lspBench('yls', process.execPath, [ylsBin, '--stdio'], {}, { yaml: { validate: true, hover: false, completion: false, schemas, schemaStore: { enable: false } } }, 200);
}

// ---------- package ----------
const vsix = join(root, 'walint.vsix');
for (const f of ['dist/server.js', 'dist/cli.js', 'dist/extension.js']) if (existsSync(join(root, f))) results.package[f] = statSync(join(root, f)).size;
if (existsSync(vsix)) results.package['walint.vsix'] = statSync(vsix).size;

// ---------- report ----------
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '—');
const lines = [];
lines.push(`walint bench — ${results.date} — node ${results.node}, ${results.cpus} cpus, median of ${RUNS}`);
lines.push('');
lines.push('| flow lines | yaml parse | yaml parse (uniqueKeys:false) | walint full check | walint edit -> check | edit / yaml parse |');
lines.push('|---:|---:|---:|---:|---:|---:|');
for (const n of sizes) {
  const r = results.flows[n];
  lines.push(`| ${r.lines} | ${f1(r.yamlParseMs)} ms | ${f1(r.yamlParseNoUniqueKeysMs)} ms | ${f1(r.walintFullCheckMs)} ms | ${f1(r.walintEditCheckMs)} ms | ${(r.walintEditCheckMs / r.yamlParseMs).toFixed(2)}x |`);
}
lines.push('');
lines.push('| server over stdio | walint | yaml-language-server (JSON Schema) | yls minus its 200 ms debounce | walint speed-up |');
lines.push('|---|---:|---:|---:|---:|');
const yls = results.yls;
lines.push(`| initialize | ${f1(results.server.initializeMs)} ms | ${f1(yls?.initializeMs)} ms | | |`);
for (const n of sizes) {
  lines.push(`| open ${n} lines -> diagnostics | ${f1(results.server.open[n])} ms | ${f1(yls?.open?.[n])} ms | ${f1(yls?.open?.[n] - 200)} ms | ${f1(yls?.open?.[n] / results.server.open[n])}x |`);
  lines.push(`| edit ${n} lines -> diagnostics | ${f1(results.server.edit[n])} ms | ${f1(yls?.edit?.[n])} ms | ${f1(yls?.edit?.[n] - 200)} ms | ${f1(yls?.edit?.[n] / results.server.edit[n])}x (${f1((yls?.edit?.[n] - 200) / results.server.edit[n])}x w/o debounce) |`);
  lines.push(`| RSS after ${n} lines | ${f1(results.server.rssMB[n])} MB | ${f1(yls?.rssMB?.[n])} MB | | |`);
}
lines.push('');
lines.push(`server cold start (spawn -> initialize result): ${f1(results.server.coldStartMs)} ms; ${results.server.openDocuments} documents open: ${f1(results.server.open1000Ms)} ms, heap used ${f1(results.server.heapUsed1000DocsMB)} MB, RSS ${f1(results.server.rss1000DocsMB)} MB; after 3.5 s idle: heap ${f1(results.server.heapUsed1000DocsIdleMB)} MB, RSS ${f1(results.server.rss1000DocsIdleMB)} MB`);
lines.push(`CLI, ${results.cli.files} files: walint ${f1(results.cli.walintCliMs)} ms vs yaml alone ${f1(results.cli.yamlAloneMs)} ms (fresh processes both) = ${results.cli.ratio.toFixed(2)}x`);
lines.push(`bundles: ${Object.entries(results.package).map(([k, v]) => `${k} ${(v / 1024).toFixed(0)} KB`).join(', ')}`);
console.log(lines.join('\n'));
writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
writeFileSync(join(out, 'results.md'), lines.join('\n') + '\n');
console.log(`\nwritten: .bench/results.json, .bench/results.md`);
process.exit(0);
