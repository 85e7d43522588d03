#!/usr/bin/env node
// Evaluates the template category classifier (server/src/core/category/classifier.ts)
// on labelled template sets (JSON Lines, one template per line with a `category` label).
//
//   node scripts/eval-category.mjs                      # Meta's guideline corpus + our held-out set
//   node scripts/eval-category.mjs path/to/set.jsonl    # any set(s)
//   node scripts/eval-category.mjs --json ...           # machine-readable summary
//
// Every template is classified as if it had been submitted as UTILITY (except
// AUTHENTICATION ones, which keep their label), and we report:
//   MARKETING      recall: share predicted MARKETING (what Meta would re-categorise)
//   UTILITY        false-alarm rate: share predicted MARKETING or flagged as carrying an OTP
//   AUTHENTICATION OTP detection rate
// plus a confusion table and the misclassified items with their strongest signals.
//
// The classifier is bundled on the fly with esbuild (a dev dependency) into a temp file, so
// the script works whether or not the rest of the project compiles; if esbuild is missing it
// falls back to the tsc output in out/.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(repo, 'server/src/core/category/classifier.ts');

async function loadClassifier() {
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch {
    esbuild = undefined;
  }
  if (esbuild) {
    const dir = mkdtempSync(join(tmpdir(), 'walint-eval-category-'));
    const outfile = join(dir, 'classifier.cjs');
    try {
      await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
      return require(outfile);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const compiled = join(repo, 'out/server/src/core/category/classifier.js');
  if (!existsSync(compiled)) {
    console.error('esbuild is not installed and out/ has no compiled classifier: run `npx tsc -p .` first.');
    process.exit(2);
  }
  return require(compiled);
}

function defaultSets() {
  const sets = [];
  const meta = resolve(repo, '../shared/corpus/templates.jsonl');
  if (existsSync(meta)) sets.push(meta);
  const own = join(repo, 'test/corpus/category');
  if (existsSync(own)) for (const f of readdirSync(own).sort()) if (f.endsWith('.jsonl')) sets.push(join(own, f));
  return sets;
}

function readSet(file) {
  const rows = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        rows.push(JSON.parse(line));
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${e.message}`);
      }
    });
  return rows;
}

/** Accepts our flat shape and Meta-style `components` arrays. */
function toInput(row) {
  const input = {
    language: row.language ?? undefined,
    category: row.category === 'AUTHENTICATION' ? 'AUTHENTICATION' : 'UTILITY',
    header: typeof row.header === 'string' ? row.header : undefined,
    body: typeof row.body === 'string' ? row.body : '',
    footer: typeof row.footer === 'string' ? row.footer : undefined,
    buttons: Array.isArray(row.buttons) ? row.buttons : [],
    examples: Array.isArray(row.examples) ? row.examples : undefined,
  };
  if (Array.isArray(row.components)) {
    for (const c of row.components) {
      const type = String(c.type ?? '').toUpperCase();
      if (type === 'HEADER' && c.format?.toUpperCase?.() === 'TEXT') input.header ??= c.text;
      if (type === 'BODY' && !input.body) {
        input.body = c.text ?? '';
        const ex = c.example?.body_text?.[0];
        if (Array.isArray(ex)) input.examples ??= ex.map(String);
      }
      if (type === 'FOOTER') input.footer ??= c.text;
      if (type === 'BUTTONS' && Array.isArray(c.buttons) && input.buttons.length === 0) input.buttons = c.buttons;
    }
  }
  return input;
}

const pct = (n, d) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function evaluate(file, classifyTemplate) {
  const rows = readSet(file);
  const labels = ['MARKETING', 'UTILITY', 'AUTHENTICATION'];
  const confusion = Object.fromEntries(labels.map((l) => [l, Object.fromEntries(labels.map((p) => [p, 0]))]));
  const misses = [];
  let mk = 0, mkHit = 0, ut = 0, utAlarm = 0, au = 0, auHit = 0;
  const t0 = performance.now();
  for (const row of rows) {
    const truth = String(row.category ?? '').toUpperCase();
    if (!labels.includes(truth)) continue;
    const v = classifyTemplate(toInput(row));
    confusion[truth][v.predicted]++;
    let wrong = false;
    if (truth === 'MARKETING') {
      mk++;
      if (v.predicted === 'MARKETING') mkHit++;
      else wrong = true;
    } else if (truth === 'UTILITY') {
      ut++;
      if (v.predicted === 'MARKETING' || v.otp) {
        utAlarm++;
        wrong = true;
      }
    } else {
      au++;
      if (v.otp) auHit++;
      else wrong = true;
    }
    if (wrong) misses.push({ row, truth, v });
  }
  // Timing: repeat the whole set so the per-template figure is stable.
  const inputs = rows.map(toInput);
  const reps = Math.max(1, Math.ceil(2000 / Math.max(1, inputs.length)));
  const t1 = performance.now();
  for (let r = 0; r < reps; r++) for (const i of inputs) classifyTemplate(i);
  const perTemplateUs = ((performance.now() - t1) * 1000) / (reps * Math.max(1, inputs.length));
  // Breakdown by id prefix ("ho-", "ho2-", "ho3-"...): lines added later stay visible on their own.
  const groups = {};
  for (const row of rows) {
    const truth = String(row.category ?? '').toUpperCase();
    if (!labels.includes(truth)) continue;
    const g = (groups[String(row.id ?? '?').split('-')[0]] ??= { mk: 0, mkHit: 0, ut: 0, utAlarm: 0, au: 0, auHit: 0 });
    const v = classifyTemplate(toInput(row));
    if (truth === 'MARKETING') { g.mk++; if (v.predicted === 'MARKETING') g.mkHit++; }
    else if (truth === 'UTILITY') { g.ut++; if (v.predicted === 'MARKETING' || v.otp) g.utAlarm++; }
    else { g.au++; if (v.otp) g.auHit++; }
  }
  return { file, n: rows.length, mk, mkHit, ut, utAlarm, au, auHit, confusion, groups, misses, perTemplateUs, firstPassMs: performance.now() - t0 };
}

function report(r) {
  const rel = r.file.startsWith(repo) ? r.file.slice(repo.length + 1) : r.file;
  console.log(`\n== ${rel} (${r.n} templates)`);
  console.log(`  MARKETING recall (as if submitted as UTILITY): ${r.mkHit}/${r.mk} ${pct(r.mkHit, r.mk)}`);
  console.log(`  UTILITY false alarms (MARKETING or OTP):       ${r.utAlarm}/${r.ut} ${pct(r.utAlarm, r.ut)}`);
  console.log(`  AUTHENTICATION OTP detection:                  ${r.auHit}/${r.au} ${pct(r.auHit, r.au)}`);
  console.log(`  mean time per template: ${r.perTemplateUs.toFixed(1)} µs`);
  const names = Object.keys(r.groups).sort();
  if (names.length > 1) {
    console.log('\n  by id prefix          MARKETING recall   UTILITY false alarms   OTP detection');
    for (const k of names) {
      const g = r.groups[k];
      console.log(`  ${k.padEnd(20)}  ${`${g.mkHit}/${g.mk}`.padStart(16)}   ${`${g.utAlarm}/${g.ut}`.padStart(20)}   ${`${g.auHit}/${g.au}`.padStart(13)}`);
    }
  }
  console.log('\n  confusion (rows: true category, columns: predicted)');
  const cols = ['MARKETING', 'UTILITY', 'AUTHENTICATION'];
  console.log(`  ${''.padEnd(16)}${cols.map((c) => c.padStart(16)).join('')}`);
  for (const t of cols) console.log(`  ${t.padEnd(16)}${cols.map((c) => String(r.confusion[t][c]).padStart(16)).join('')}`);
  if (r.misses.length) {
    console.log(`\n  misclassified (${r.misses.length}):`);
    for (const { row, truth, v } of r.misses) {
      const body = String(row.body ?? '').replace(/\s+/g, ' ');
      console.log(`  - ${row.id ?? '?'} [${row.language ?? '?'}] true ${truth}, predicted ${v.predicted}${v.otp ? ' (otp)' : ''}, marketing ${v.marketingScore} / utility ${v.utilityScore}`);
      console.log(`      ${body.length > 150 ? body.slice(0, 147) + '...' : body}`);
      const top = [...v.signals].sort((a, b) => b.weight - a.weight).slice(0, 5);
      console.log(`      signals: ${top.length ? top.map((s) => `${s.id}(${s.weight}) "${s.text.length > 40 ? s.text.slice(0, 37) + '...' : s.text}"`).join(', ') : '(none)'}`);
    }
  }
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json').map((a) => resolve(process.cwd(), a));
const sets = files.length ? files : defaultSets();
if (sets.length === 0) {
  console.error('No evaluation set found (looked for ../shared/corpus/templates.jsonl and test/corpus/category/*.jsonl).');
  process.exit(2);
}
const { classifyTemplate } = await loadClassifier();
const results = sets.map((f) => evaluate(f, classifyTemplate));
if (json) {
  console.log(
    JSON.stringify(
      results.map(({ misses, firstPassMs, ...r }) => ({ ...r, misclassified: misses.map((m) => ({ id: m.row.id, truth: m.truth, predicted: m.v.predicted, otp: m.v.otp })) })),
      null,
      2,
    ),
  );
} else {
  for (const r of results) report(r);
}
