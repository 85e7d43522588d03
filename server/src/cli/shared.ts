import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import pkg from '../../../package.json';
import type { ConfigProblem } from '../core/config';
import { resolveLocale, type Locale } from '../core/i18n';
import { configFor, discoverFiles, type DiscoveredFile } from '../node/project';
import { toPosix } from '../node/glob';
import { UsageError, type CliIO } from './io';

export const VERSION: string = (pkg as { version: string }).version;

/** `examples/shop/x.flow.yaml` style path for output. */
export function displayPath(cwd: string, abs: string): string {
  const rel = toPosix(relative(cwd, abs));
  return rel === '' ? '.' : rel;
}

/** `file:line:col: key: message`, one per problem, for exit-2 reports. */
export function describeConfigProblems(problems: readonly ConfigProblem[], cwd: string): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const p of problems) {
    const where = `${displayPath(cwd, p.file)}:${p.start.line + 1}:${p.start.character + 1}`;
    const line = `${where}: ${p.key ? `${p.key}: ` : ''}${p.message}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(`  ${line}`);
  }
  return lines.join('\n');
}

/** Resolve `--config`: must exist. */
export function explicitConfig(value: string | undefined, io: CliIO): string | undefined {
  if (value === undefined) return undefined;
  const abs = resolve(io.cwd, value);
  if (!existsSync(abs) || !statSync(abs).isFile()) throw new UsageError(`Configuration file not found: ${value}`);
  return abs;
}

/** Message language: --locale, else the working folder's config, else English. */
export function pickLocale(option: string | undefined, io: CliIO, explicit: string | undefined): Locale {
  if (option) return resolveLocale(option);
  const fromConfig = configFor(io.cwd, { explicit, isDirectory: true }).config.locale;
  return fromConfig ?? 'en';
}

/**
 * Every lint target of the projects the given files belong to (the folder of
 * their outermost config, else the working folder): cross-file checks such as
 * "template not found" need the templates a flow uses even when only the flow
 * is checked.
 */
export function contextFiles(files: readonly DiscoveredFile[], io: CliIO, explicit: string | undefined): DiscoveredFile[] {
  const roots = new Set<string>();
  for (const f of files) {
    const chain = configFor(f.path, { explicit }).chain;
    const outer = chain[chain.length - 1]?.file;
    // Without a config, the file's own folder is its context (never the whole current
    // directory: unrelated bots there would be mixed in, and slow the run down).
    roots.add(outer && !explicit ? dirname(outer) : dirname(f.path));
  }
  const given = new Set(files.map((f) => f.path));
  const out: DiscoveredFile[] = [];
  for (const root of roots) {
    for (const f of discoverFiles([root], root, { explicitConfig: explicit }).files) if (!given.has(f.path)) out.push(f);
  }
  return out;
}

/** Run a command, turning a usage error into its message and exit code 2 (every command does this). */
export async function runCommand(command: string, io: CliIO, body: () => number | Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof UsageError) return reportUsage(io, e, command);
    throw e;
  }
}

/** Print a usage error the way every command does. */
export function reportUsage(io: CliIO, e: UsageError, command?: string): number {
  io.stderr(`walint: ${e.message}\n`);
  if (e.showHelpHint) io.stderr(`Run "walint ${command ? command + ' ' : ''}--help" for usage.\n`);
  return 2;
}
