/**
 * Node-side project loading shared by the CLI and the language server: config
 * lookup upward, lint targets, file discovery and reading. No LSP here.
 *
 * Config resolution (the same for the CLI and the editor): for a file, walint
 * collects the `walint.config.yaml` (or `.yml`) files of its folder and of every
 * parent folder, nearest first, and stops after a config with `root: true` or at
 * the file system root. The nearest config wins key by key (`rules` and `facts`
 * are merged entry by entry); `files:` globs stay relative to their own config.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { analyzeFile, kindFromName, MAX_FILE_BYTES, type FileKind, type SourceFile } from '../core/document';
import { CONFIG_FILE_NAMES, EMPTY_CONFIG, parseConfig, type ConfigProblem, type ResolvedConfig } from '../core/config';
import type { Locale } from '../core/i18n';
import { YamlFile } from '../core/parse/yamlFile';
import { WorkspaceIndex } from '../core/workspace';
import { globBase, hasGlobSyntax, matchAny, matchGlob, toPosix, walk } from './glob';

export interface LoadedConfig {
  config: ResolvedConfig;
  problems: ConfigProblem[];
}

/** A config and its parents, nearest first, merged into `config`. */
export interface ProjectConfig {
  /** The merged config files are checked with. */
  config: ResolvedConfig;
  /** The config files that apply, nearest first. Empty when there is none. */
  chain: ResolvedConfig[];
  /** Problems of every config in the chain (a bad config stops the CLI with exit 2). */
  problems: ConfigProblem[];
}

// ---------------------------------------------------------------- config files

/**
 * Which folders hold a config file: remembered, since every file of a 1,000-file
 * check asks for the same folders. Cleared with the config cache (the server clears it
 * when a config file is created, changed or deleted).
 */
const configInCache = new Map<string, string | null>();

/** The config file in `dir` itself, if any (`walint.config.yaml` before `.yml`). */
function configIn(dir: string): string | undefined {
  const hit = configInCache.get(dir);
  if (hit !== undefined) return hit ?? undefined;
  const found = lookConfigIn(dir);
  if (configInCache.size > 10000) configInCache.clear();
  configInCache.set(dir, found ?? null);
  return found;
}

function lookConfigIn(dir: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const p = join(dir, name);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      // not there
    }
  }
  return undefined;
}

/** The nearest config file at or above `startDir`, or undefined. */
export function findConfigFile(startDir: string): string | undefined {
  return findConfigFiles(startDir)[0];
}

/** Config files that apply to `startDir`, nearest first, up to the first `root: true`. */
export function findConfigFiles(startDir: string, locale: Locale = 'en'): string[] {
  const out: string[] = [];
  let dir = resolve(startDir);
  for (let depth = 0; depth < 256; depth++) {
    const file = configIn(dir);
    if (file) {
      out.push(file);
      if (loadConfig(file, locale).config.data.root === true) break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return out;
}

const configCache = new Map<string, { stamp: string; loaded: LoadedConfig }>();

/** Forget cached configs (the server calls it when a config file changes on disk). */
export function clearConfigCache(): void {
  configInCache.clear();
  configCache.clear();
  projectCache.clear();
}

/**
 * Read and parse one config file. Cached by path + modification time + size, so an
 * edited config is re-read. An unreadable file is a problem, never an exception.
 */
export function loadConfig(path: string, locale: Locale = 'en'): LoadedConfig {
  const file = resolve(path);
  let stamp: string;
  try {
    const st = statSync(file);
    stamp = `${st.mtimeMs}:${st.size}:${locale}`;
  } catch (e) {
    return unreadable(file, e as Error);
  }
  const hit = configCache.get(file);
  if (hit && hit.stamp === stamp) return hit.loaded;
  let text: string;
  try {
    text = decode(readFileSync(file));
  } catch (e) {
    return unreadable(file, e as Error);
  }
  const loaded = parseConfig(text, file, locale);
  configCache.set(file, { stamp, loaded });
  return loaded;
}

function unreadable(file: string, e: Error): LoadedConfig {
  const code = (e as NodeJS.ErrnoException).code;
  return {
    config: { ...EMPTY_CONFIG, file, root: dirname(file) },
    problems: [{ file, range: { start: 0, end: 0 }, start: { line: 0, character: 0 }, key: '', message: `cannot read the configuration file (${code ?? e.message})` }],
  };
}

const projectCache = new Map<string, { stamps: string; project: ProjectConfig }>();

/**
 * The config a file (or folder) is checked with. `explicit` (the CLI's `--config`)
 * replaces the lookup: only that file applies.
 */
export function configFor(path: string, options: { explicit?: string; locale?: Locale; isDirectory?: boolean } = {}): ProjectConfig {
  const locale = options.locale ?? 'en';
  if (options.explicit) {
    const loaded = loadConfig(options.explicit, locale);
    return { config: loaded.config, chain: [loaded.config], problems: loaded.problems };
  }
  const dir = options.isDirectory ? resolve(path) : dirname(resolve(path));
  const files = findConfigFiles(dir, locale);
  const loaded = files.map((f) => loadConfig(f, locale));
  const stamps = files.join('\u0000') + '\u0001' + loaded.map((l) => l.config.file).join('\u0000');
  const key = `${dir}\u0000${locale}`;
  const hit = projectCache.get(key);
  if (hit && hit.stamps === stamps && hit.project.chain.every((c, i) => c === loaded[i].config)) return hit.project;
  const project: ProjectConfig = {
    config: mergeChain(loaded.map((l) => l.config)),
    chain: loaded.map((l) => l.config),
    problems: loaded.flatMap((l) => l.problems),
  };
  if (projectCache.size > 2000) projectCache.clear();
  projectCache.set(key, { stamps, project });
  return project;
}

/** Merge configs, nearest first: the nearest value of a key wins; `rules` and `facts` merge by entry. */
export function mergeChain(chain: readonly ResolvedConfig[]): ResolvedConfig {
  if (chain.length === 0) return EMPTY_CONFIG;
  if (chain.length === 1) return chain[0];
  let merged: ResolvedConfig = chain[chain.length - 1];
  for (let i = chain.length - 2; i >= 0; i--) {
    const child = chain[i];
    const data = { ...merged.data, ...child.data };
    if (merged.data.rules || child.data.rules) data.rules = { ...merged.data.rules, ...child.data.rules };
    if (merged.data.facts || child.data.facts) data.facts = { ...merged.data.facts, ...child.data.facts };
    // facts: the child's explicit overrides on top of the parent's resolved facts
    const facts = { ...merged.facts } as Record<string, unknown>;
    for (const k of Object.keys(child.data.facts ?? {})) {
      const value = (child.facts as unknown as Record<string, unknown>)[k];
      const parent = facts[k];
      const override = (child.data.facts as Record<string, unknown>)[k];
      facts[k] = parent && typeof parent === 'object' && override && typeof override === 'object' ? { ...parent, ...pickSameTypes(parent as Record<string, unknown>, override as Record<string, unknown>) } : value;
    }
    merged = { file: child.file, root: child.root, data, facts: facts as unknown as ResolvedConfig['facts'], locale: child.locale ?? merged.locale };
  }
  return merged;
}

function pickSameTypes(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(override)) if (k in base && typeof base[k] === typeof v) out[k] = v;
  return out;
}

// ---------------------------------------------------------------- lint targets

/** Where a path sits relative to a config's folder, POSIX; undefined when outside it. */
function relativeTo(config: ResolvedConfig, path: string): string | undefined {
  const root = config.root ?? (config.file ? dirname(config.file) : undefined);
  if (!root) return undefined;
  const rel = toPosix(relative(resolve(root), resolve(path)));
  if (rel === '' || rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return undefined;
  return rel;
}

/** Is the path ignored by one of the configs (`files.ignore`, relative to each config's folder)? */
export function isIgnored(path: string, config: ResolvedConfig | ProjectConfig): boolean {
  for (const c of chainOf(config)) {
    const rel = relativeTo(c, path);
    if (rel !== undefined && matchAny(rel, c.data.files?.ignore)) return true;
  }
  return false;
}

/**
 * What walint reads a path as: 'flow' / 'templates' when the name or a
 * configured glob says so, undefined when the path is not a lint target
 * (or is ignored). Default targets: *.flow(s).yaml|yml|json, *.template(s).yaml|yml|json.
 */
export function targetKind(path: string, config: ResolvedConfig | ProjectConfig): 'flow' | 'templates' | undefined {
  if (isIgnored(path, config)) return undefined;
  for (const c of chainOf(config)) {
    const rel = relativeTo(c, path);
    if (rel === undefined) continue;
    if (matchAny(rel, c.data.files?.flows)) return 'flow';
    if (matchAny(rel, c.data.files?.templates)) return 'templates';
  }
  const byName = kindFromName(path);
  return byName === 'flow' || byName === 'templates' ? byName : undefined;
}

export function isLintTarget(path: string, config: ResolvedConfig | ProjectConfig): boolean {
  return targetKind(path, config) !== undefined;
}

function chainOf(config: ResolvedConfig | ProjectConfig): readonly ResolvedConfig[] {
  return 'chain' in config ? config.chain : [config];
}

// ---------------------------------------------------------------- discovery

export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  /** Forced kind (configured glob or name); undefined: decided from the content. */
  kind?: 'flow' | 'templates';
}

export interface Discovery {
  files: DiscoveredFile[];
  /** Arguments that matched nothing, unreadable folders: a usage error for the CLI. */
  errors: string[];
  /** Files named explicitly that a config's `files.ignore` excludes (the CLI warns). */
  ignored: string[];
}

/**
 * Files to check for command-line arguments: a file is taken as given (unless a
 * config ignores it), a folder is walked for lint targets, a glob is matched
 * against paths relative to `cwd`. Sorted, without duplicates.
 */
export function discoverFiles(pathsOrGlobs: readonly string[], cwd: string, options: { explicitConfig?: string; locale?: Locale } = {}): Discovery {
  const found = new Map<string, DiscoveredFile>();
  const errors: string[] = [];
  const ignored: string[] = [];
  const cfg = (p: string, isDirectory = false) => configFor(p, { explicit: options.explicitConfig, locale: options.locale, isDirectory });
  const add = (path: string, requireTarget: boolean) => {
    if (found.has(path)) return;
    const project = cfg(path);
    const kind = targetKind(path, project);
    if (kind) found.set(path, { path, kind });
    else if (requireTarget || /(^|[\\/])walint\.config\.ya?ml$/i.test(path)) return;
    else if (isIgnored(path, project)) ignored.push(path);
    else found.set(path, { path });
  };
  for (const arg of pathsOrGlobs.length ? pathsOrGlobs : ['.']) {
    const abs = resolve(cwd, arg);
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isFile()) {
      add(abs, false);
      continue;
    }
    if (st?.isDirectory()) {
      for (const f of walk(abs, (p, e) => errors.push(`cannot read folder ${p}: ${(e as NodeJS.ErrnoException).code ?? e.message}`))) add(f, true);
      continue;
    }
    if (!hasGlobSyntax(arg)) {
      errors.push(`No such file or folder: ${arg}`);
      continue;
    }
    const pattern = toPosix(arg).replace(/^\.\//, '');
    const base = resolve(cwd, globBase(pattern));
    const before = found.size;
    for (const f of walk(base)) {
      const rel = toPosix(relative(cwd, f));
      if (matchGlob(rel, pattern) || (isAbsolute(arg) && matchGlob(toPosix(f), toPosix(arg)))) add(f, false);
    }
    if (found.size === before) errors.push(`No files matching the pattern "${arg}".`);
  }
  return { files: [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), errors, ignored };
}

// ---------------------------------------------------------------- reading

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Bytes -> text: UTF-8 (BOM dropped); invalid sequences become U+FFFD, never an exception. */
export function decode(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** Read and analyse one file. Never throws: unreadable, huge or binary files come back `notAnalysed`. */
export function readSourceFile(path: string, kind?: FileKind): SourceFile {
  const notAnalysed = (reason: string): SourceFile => ({ uri: path, text: '', kind: kind ?? kindFromName(path) ?? 'unknown', yaml: new YamlFile(''), notAnalysed: reason });
  try {
    const st = statSync(path);
    if (!st.isFile()) return notAnalysed('it is not a regular file');
    if (st.size > MAX_FILE_BYTES) return notAnalysed(`the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    return analyzeFile(path, decode(readFileSync(path)), kind ? { kind } : {});
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return notAnalysed(`the file cannot be read (${err.code ?? err.message})`);
  }
}

export interface LoadedWorkspace {
  workspace: WorkspaceIndex;
  /** The analysed files, in the order given. */
  files: SourceFile[];
}

/** Read and analyse files into a workspace index (templates by name, flows) for cross-file checks. */
export function loadWorkspace(files: readonly (DiscoveredFile | string)[]): LoadedWorkspace {
  const workspace = new WorkspaceIndex();
  const out: SourceFile[] = [];
  for (const f of files) {
    const d = typeof f === 'string' ? { path: f } : f;
    const file = readSourceFile(d.path, d.kind);
    workspace.set(file);
    out.push(file);
  }
  return { workspace, files: out };
}
