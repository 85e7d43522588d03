// Prints recall and false positives of walint's rules on test/corpus (see test/corpus/README.md).
// Usage: npm run score:corpus   (compiles with tsc first; `node scripts/score-corpus.mjs` reuses out/)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'out', 'test', 'helpers', 'corpus.js');
if (!existsSync(compiled) || process.argv.includes('--build')) execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root], { stdio: 'inherit' });
const { scoreCorpus } = createRequire(import.meta.url)(compiled);
const s = scoreCorpus(join(root, 'test', 'corpus'));
console.log(`walint corpus: ${s.files} files, ${s.expected} planted findings`);
console.log(`recall          ${(s.recall * 100).toFixed(1)} % (${s.found}/${s.expected})`);
console.log(`false positives ${s.falsePositives.length}`);
const rows = [...s.byRule.entries()].sort((a, b) => a[0].localeCompare(b[0]));
console.log('\nrule                                     expected  found  false+');
for (const [rule, r] of rows) console.log(`${rule.padEnd(40)} ${String(r.expected).padStart(8)} ${String(r.found).padStart(6)} ${String(r.fp).padStart(7)}`);
if (s.missed.length) console.log('\nmissed:\n' + s.missed.map((m) => `  ${m.file}:${m.line ?? '*'} ${m.rule}`).join('\n'));
if (s.unknownRules?.length) console.log('\nexpectations naming a rule walint does not have (typo, or rule not written yet):\n' + s.unknownRules.map((m) => `  ${m.file}:${m.line ?? '*'} ${m.rule}`).join('\n'));
if (s.falsePositives.length) console.log('\nfalse positives:\n' + s.falsePositives.map((f) => `  ${f.file}:${f.line} ${f.rule} — ${f.message}`).join('\n'));
