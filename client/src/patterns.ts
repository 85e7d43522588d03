/**
 * Which documents walint looks at, as plain data (no `vscode` import, so it is unit-tested).
 *
 * Narrow on purpose: walint never takes over every YAML or JSON file. It sees files named
 * `*.flow(s).yaml|yml|json`, `*.template(s).yaml|yml|json`, `walint.config.yaml|yml`, plus the
 * globs a user adds in the `walint.validate.patterns` setting or under `files:` in a config.
 */

/** File-name patterns walint always checks (relative to any folder). */
export const NAMED_PATTERNS = [
  '**/*.{flow,flows,template,templates}.{yaml,yml}',
  '**/*.{flow,flows,template,templates}.json',
  '**/walint.config.{yaml,yml}',
] as const;

/** Files whose change the server must hear about even when they are not open. */
export const WATCH_PATTERN = '**/{walint.config.{yaml,yml},*.{flow,flows,template,templates}.{yaml,yml,json}}';

/** A pattern relative to a folder (what vscode.RelativePattern and LSP's RelativePattern hold). */
export interface FolderPattern {
  /** Folder URI (string) the pattern is relative to; undefined = any folder. */
  base?: string;
  pattern: string;
}

/** `files:` globs of a walint.config.yaml, read leniently (bad shapes are the server's business). */
export function configGlobs(data: unknown): string[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const files = (data as Record<string, unknown>).files;
  if (!files || typeof files !== 'object' || Array.isArray(files)) return [];
  const out: string[] = [];
  for (const key of ['flows', 'templates']) {
    const list = (files as Record<string, unknown>)[key];
    if (!Array.isArray(list)) continue;
    for (const g of list) if (typeof g === 'string' && isSafeGlob(g)) out.push(normalizeGlob(g));
  }
  return out;
}

/**
 * A glob we accept to widen the selector: not empty, not a catch-all over every YAML/JSON
 * file of the machine (`**`, `*`, `/**` or absolute paths).
 */
export function isSafeGlob(glob: string): boolean {
  const g = glob.trim();
  if (!g || g.length > 500) return false;
  if (/^(\*\*\/?)*\*?$/.test(g)) return false; // '**', '*', '**/*'
  if (g.startsWith('/') || /^[A-Za-z]:[\\/]/.test(g)) return false;
  return true;
}

/** `./bots/*.yaml` -> `bots/*.yaml`; backslashes to slashes. */
export function normalizeGlob(glob: string): string {
  return glob.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** The document patterns for the language client: named files, settings globs, config globs per folder. */
export function documentPatterns(settingsGlobs: readonly unknown[], configs: readonly { folder: string; data: unknown }[]): FolderPattern[] {
  const out: FolderPattern[] = NAMED_PATTERNS.map((pattern) => ({ pattern }));
  const seen = new Set(out.map((p) => `|${p.pattern}`));
  const add = (p: FolderPattern) => {
    const key = `${p.base ?? ''}|${p.pattern}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(p);
  };
  for (const g of settingsGlobs) if (typeof g === 'string' && isSafeGlob(g)) add({ pattern: normalizeGlob(g) });
  for (const c of configs) for (const g of configGlobs(c.data)) add({ base: c.folder, pattern: g });
  return out;
}

/** True when a flow file name (for the "Preview timeline" command). */
export function isFlowFileName(path: string): boolean {
  return /\.flows?\.(ya?ml|json)$/i.test(path);
}
