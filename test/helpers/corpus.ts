import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { allRules, analyzeFile, lintFile, parseConfig, WorkspaceIndex, EMPTY_CONFIG, type Finding, type ResolvedConfig } from '../../server/src/core';

export interface Expected {
  file: string;
  rule: string;
  /** 1-based; undefined = anywhere in the file. */
  line?: number;
}

export interface CorpusScore {
  files: number;
  expected: number;
  found: number;
  missed: Expected[];
  falsePositives: { file: string; rule: string; line: number; message: string }[];
  recall: number;
  byRule: Map<string, { expected: number; found: number; fp: number }>;
  /** Expectations naming a rule id walint does not know (a typo, or a rule not written yet). */
  unknownRules: Expected[];
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

const LINT_RE = /\.(flows?|templates?)\.(ya?ml|json)$/;

export function expectationsOf(path: string, text: string, rel: string): Expected[] {
  const out: Expected[] = [];
  if (path.endsWith('.json')) {
    const side = path + '.expect.yaml';
    if (existsSync(side)) {
      const items = (parseYaml(readFileSync(side, 'utf8')) ?? []) as { rule: string; line?: number }[];
      for (const i of items) out.push({ file: rel, rule: i.rule, line: i.line });
    }
    return out;
  }
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const m = /#\s*expect(-file)?:\s*([\w/*,\s-]+?)\s*(?:--.*)?$/.exec(line);
    if (!m) return;
    const ids = m[2].split(/[\s,]+/).filter(Boolean);
    const alone = line.trim().startsWith('#');
    let target = i + 1;
    if (alone) {
      target = i + 2;
      while (target - 1 < lines.length && /^\s*(#.*)?$/.test(lines[target - 1])) target++;
    }
    for (const rule of ids) out.push({ file: rel, rule, line: m[1] ? undefined : target });
  });
  return out;
}

/** Lint every corpus file (each top folder is a workspace) and compare with the expectations. */
export function scoreCorpus(root: string): CorpusScore {
  const files = walk(root).filter((p) => LINT_RE.test(p));
  const byFolder = new Map<string, string[]>();
  for (const f of files) {
    const top = relative(root, f).split(/[\\/]/)[0];
    const key = join(root, top);
    byFolder.set(key, [...(byFolder.get(key) ?? []), f]);
  }
  const expected: Expected[] = [];
  const actual: (Finding & { rel: string })[] = [];
  for (const [folder, list] of byFolder) {
    const ws = new WorkspaceIndex();
    const analysed = list.map((p) => {
      const text = readFileSync(p, 'utf8');
      const rel = relative(root, p).split('\\').join('/');
      expected.push(...expectationsOf(p, text, rel));
      const f = analyzeFile(rel, text);
      ws.set(f);
      return f;
    });
    for (const f of analysed) {
      const config = configFor(join(root, f.uri), folder);
      for (const finding of lintFile(f, { workspace: ws, config, locale: 'en' })) actual.push({ ...finding, rel: f.uri });
    }
  }
  const scored = actual.filter((f) => f.severity !== 'info');
  const used = new Set<number>();
  const missed: Expected[] = [];
  let found = 0;
  const byRule = new Map<string, { expected: number; found: number; fp: number }>();
  const stat = (r: string) => byRule.get(r) ?? (byRule.set(r, { expected: 0, found: 0, fp: 0 }), byRule.get(r)!);
  for (const e of expected) {
    stat(e.rule).expected++;
    const idx = actual.findIndex((f, i) => !used.has(i) && f.rel === e.file && f.rule === e.rule && (e.line === undefined || f.start.line + 1 === e.line));
    if (idx >= 0) {
      used.add(idx);
      found++;
      stat(e.rule).found++;
    } else missed.push(e);
  }
  const falsePositives = [];
  for (let i = 0; i < actual.length; i++) {
    const f = actual[i];
    if (used.has(i) || f.severity === 'info') continue;
    // a second finding of an expected rule on the same line is not a false positive
    if (expected.some((e) => e.file === f.rel && e.rule === f.rule && (e.line === undefined || e.line === f.start.line + 1))) continue;
    falsePositives.push({ file: f.rel, rule: f.rule, line: f.start.line + 1, message: f.message });
    stat(f.rule).fp++;
  }
  void scored;
  const known = new Set(allRules.map((r) => r.meta.id));
  const unknownRules = expected.filter((e) => !known.has(e.rule));
  return { files: files.length, expected: expected.length, found, missed, falsePositives, recall: expected.length ? found / expected.length : 1, byRule, unknownRules };
}

const configCache = new Map<string, ResolvedConfig>();
function configFor(file: string, stopAt: string): ResolvedConfig {
  let dir = dirname(file);
  for (;;) {
    const p = join(dir, 'walint.config.yaml');
    if (existsSync(p)) {
      if (!configCache.has(p)) configCache.set(p, parseConfig(readFileSync(p, 'utf8'), p).config);
      return configCache.get(p)!;
    }
    if (dir === stopAt || dirname(dir) === dir) return EMPTY_CONFIG;
    dir = dirname(dir);
  }
}
