import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintFile } from '../../core/linter';
import type { TemplateModel } from '../../core/model/template';
import { maskCardNumbers } from '../../core/util/mask';
import { configFor, discoverFiles, loadWorkspace } from '../../node/project';
import { formatOptions, parseArgs, type OptionSpec } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { contextFiles, describeConfigProblems, displayPath, explicitConfig, pickLocale, runCommand } from '../shared';

export const EXPORT_OPTIONS: readonly OptionSpec[] = [
  { name: 'out', type: 'string', arg: '<dir>', description: 'Folder to write the JSON bodies to (created if needed); required' },
  { name: 'force', type: 'boolean', description: 'Export templates even when walint reports errors on them' },
  { name: 'config', short: 'c', type: 'string', arg: '<file>', description: 'Use this walint.config.yaml instead of looking up from each file' },
  { name: 'locale', type: 'string', arg: '<en|fr>', choices: ['en', 'fr'], description: 'Language of the messages', default: 'the config\'s `locale`, else en' },
  { name: 'help', short: 'h', type: 'boolean', description: 'Show this help' },
];

/** Keys Meta returns when templates are read back, which the creation endpoint does not take. */
const READ_ONLY_KEYS = new Set(['id', 'status', 'previous_category', 'correct_category', 'quality_score', 'rejected_reason']);

export function exportHelp(): string {
  return `Usage: walint export [options] --out <dir> <template files...>

Writes one Graph API request body per template, named <name>.<language>.json: the
exact JSON to POST to /{WABA_ID}/message_templates (keys as you wrote them;
read-only fields of a Graph API export such as id and status are left out).
Templates with error findings are not exported unless --force is given.

Options:
${formatOptions(EXPORT_OPTIONS)}

Exit codes:
  0  every template was exported
  1  some templates were refused (errors; see the messages) or clash by name and language
  2  usage error, invalid configuration, or no template found

Examples:
  walint export --out build/templates shop/*.template.yaml
  walint export --out build/templates --force templates/
`;
}

export function runExport(argv: string[], io: CliIO): Promise<number> {
  return runCommand('export', io, () => exportTemplates(argv, io));
}

/** The request body for one template: its keys as written, minus read-only fields. */
export function requestBody(t: TemplateModel): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(t.raw)) if (!READ_ONLY_KEYS.has(k)) body[k] = v;
  return body;
}

function exportTemplates(argv: string[], io: CliIO): number {
  const { options, positionals } = parseArgs(argv, EXPORT_OPTIONS, 'export');
  if (options.help) {
    io.stdout(exportHelp());
    return EXIT_OK;
  }
  const out = options.out as string | undefined;
  if (!out) throw new UsageError('Missing --out <dir>: the folder to write the JSON bodies to.');
  if (!positionals.length) throw new UsageError('Name the template files to export, e.g. walint export --out build/ shop/*.template.yaml');
  const explicit = explicitConfig(options.config as string | undefined, io);
  const locale = pickLocale(options.locale as string | undefined, io, explicit);
  const discovery = discoverFiles(positionals, io.cwd, { explicitConfig: explicit, locale });
  if (discovery.errors.length) {
    for (const e of discovery.errors) io.stderr(`walint: ${e}\n`);
    return EXIT_USAGE;
  }
  const problems = discovery.files.flatMap((f) => configFor(f.path, { explicit, locale }).problems);
  if (problems.length) {
    io.stderr(`walint: invalid configuration:\n${describeConfigProblems(problems, io.cwd)}\n`);
    return EXIT_USAGE;
  }
  const context = contextFiles(discovery.files, io, explicit);
  const { workspace, files } = loadWorkspace([...discovery.files, ...context]);
  const targets = files.slice(0, discovery.files.length).filter((f) => f.templates && f.templates.templates.length);
  if (!targets.length) {
    io.stderr('walint: no template found in the given files.\n');
    return EXIT_USAGE;
  }
  const outDir = resolve(io.cwd, out);
  const written = new Map<string, string>();
  let refused = 0;
  let exported = 0;
  for (const file of targets) {
    const project = configFor(file.uri, { explicit, locale });
    const findings = lintFile(file, { workspace, config: project.config, locale: (options.locale as 'en' | 'fr' | undefined) ?? project.config.locale ?? locale });
    for (const t of file.templates!.templates) {
      const label = `${t.name || '(no name)'} (${t.language || 'no language'}) in ${displayPath(io.cwd, file.uri)}`;
      const range = t.path.length ? file.yaml.rangeOf(t.path, 'value') : { start: 0, end: file.text.length };
      const errors = findings.filter((f) => f.severity === 'error' && f.range.start >= range.start && f.range.start <= range.end);
      if (errors.length && !options.force) {
        refused++;
        io.stderr(`walint: not exported: ${label}: ${errors.length} error(s). Fix them or use --force.\n`);
        for (const e of errors) io.stderr(`  ${e.start.line + 1}:${e.start.character + 1}  ${maskCardNumbers(e.message)}  ${e.rule}\n`);
        continue;
      }
      const fileName = `${safe(t.name || 'template')}.${safe(t.language || 'und')}.json`;
      const previous = written.get(fileName);
      if (previous) {
        refused++;
        io.stderr(`walint: not exported: ${label}: ${fileName} was already written from ${previous}. Template names must be unique per language.\n`);
        continue;
      }
      try {
        mkdirSync(outDir, { recursive: true });
        writeFileSync(join(outDir, fileName), JSON.stringify(requestBody(t), null, 2) + '\n');
      } catch (e) {
        io.stderr(`walint: cannot write ${join(out, fileName)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
        return EXIT_USAGE;
      }
      written.set(fileName, label);
      exported++;
      io.stdout(`${displayPath(io.cwd, join(outDir, fileName))}\n`);
    }
  }
  io.stderr(`walint: ${exported} template(s) exported to ${displayPath(io.cwd, outDir)}${refused ? `, ${refused} refused` : ''}.\n`);
  return refused ? EXIT_FINDINGS : EXIT_OK;
}

function safe(part: string): string {
  return part.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^\.+/, '_');
}
