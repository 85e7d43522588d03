import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { allRules } from '../../core/rules/registry';
import type { Finding } from '../../core/findings';
import { maskCardNumbers } from '../../core/util/mask';
import { configFor, discoverFiles } from '../../node/project';
import { lintParallel, workerCount, type LintJob } from '../parallel';
import { formatOptions, parseArgs, type OptionSpec } from '../args';
import { FORMATS, formatters, type FormatName } from '../formatters/index';
import { countFindings, type ReportFile } from '../formatters/types';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { contextFiles, describeConfigProblems, displayPath, explicitConfig, pickLocale, VERSION, runCommand } from '../shared';

export const CHECK_OPTIONS: readonly OptionSpec[] = [
  { name: 'format', short: 'f', type: 'string', arg: '<name>', choices: FORMATS, description: `Output format: ${FORMATS.join(', ')}`, default: 'stylish' },
  { name: 'max-warnings', type: 'number', arg: '<n>', description: 'Exit with code 1 when there are more than n warnings', default: 'no limit' },
  { name: 'quiet', short: 'q', type: 'boolean', description: 'Report errors only (warnings and infos are neither shown nor counted)' },
  { name: 'config', short: 'c', type: 'string', arg: '<file>', description: 'Use this walint.config.yaml instead of looking up from each file' },
  { name: 'locale', type: 'string', arg: '<en|fr>', choices: ['en', 'fr'], description: 'Language of the messages', default: 'the config\'s `locale`, else en' },
  { name: 'color', type: 'boolean', description: 'Force colours on (--no-color: off; NO_COLOR is honoured)', default: 'on when stdout is a terminal' },
  { name: 'output-file', short: 'o', type: 'string', arg: '<file>', description: 'Write the report to a file instead of stdout' },
  { name: 'help', short: 'h', type: 'boolean', description: 'Show this help' },
];

export function checkHelp(): string {
  return `Usage: walint check [options] [paths or globs...]

Checks WhatsApp bot flows (*.flow.yaml) and message templates (*.template.yaml,
*.templates.yaml, *.template.json) against WhatsApp's rules. Folders are searched
for those files (node_modules, .git, out and dist are skipped); files named
explicitly are always checked; quote globs so that walint, not the shell,
expands them. Default path: the current folder.

Options:
${formatOptions(CHECK_OPTIONS)}

Exit codes:
  0  no error, and warnings within --max-warnings (infos never fail a run)
  1  at least one error, or more warnings than --max-warnings
  2  usage error, invalid configuration, or nothing to check

Examples:
  walint check
  walint check bots/ "templates/**/*.template.json"
  walint check --format sarif --output-file walint.sarif
  walint check --format github --max-warnings 0
  walint check --quiet --locale fr shop/order.flow.yaml
`;
}

/** Whether to colour stylish output: flags first, then NO_COLOR / FORCE_COLOR, then the terminal. */
export function useColor(flag: boolean | undefined, io: CliIO): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false') return true;
  return io.isTTY;
}

export function runCheck(argv: string[], io: CliIO): Promise<number> {
  return runCommand('check', io, () => check(argv, io));
}

async function check(argv: string[], io: CliIO): Promise<number> {
  const { options, positionals } = parseArgs(argv, CHECK_OPTIONS, 'check');
  if (options.help) {
    io.stdout(checkHelp());
    return EXIT_OK;
  }
  const formatName = (options.format as FormatName | undefined) ?? 'stylish';
  const maxWarnings = options['max-warnings'] as number | undefined;
  if (maxWarnings !== undefined && maxWarnings < 0) throw new UsageError('--max-warnings expects a number of 0 or more.');
  const quiet = options.quiet === true;
  const explicit = explicitConfig(options.config as string | undefined, io);
  // --locale wins; else each file is reported in its config's `locale` (en by default).
  const forcedLocale = options.locale as 'en' | 'fr' | undefined;
  const locale = pickLocale(forcedLocale, io, explicit);

  const discovery = discoverFiles(positionals, io.cwd, { explicitConfig: explicit, locale });
  for (const p of discovery.ignored) io.stderr(`walint: ${displayPath(io.cwd, p)} is ignored by files.ignore in walint.config.yaml; not checked.\n`);
  if (discovery.errors.length) {
    for (const e of discovery.errors) io.stderr(`walint: ${e}\n`);
    io.stderr('Run "walint check --help" for usage.\n');
    return EXIT_USAGE;
  }
  if (!discovery.files.length) {
    if (discovery.ignored.length) return EXIT_OK;
    io.stderr(`walint: no flow or template files found in ${positionals.length ? positionals.join(' ') : 'the current folder'}.\n`);
    io.stderr('walint checks *.flow.yaml, *.template(s).yaml|json and the globs of `files:` in walint.config.yaml.\n');
    return EXIT_USAGE;
  }

  // Configuration problems stop the run: results under a misread config would mislead.
  const projects = new Map(discovery.files.map((f) => [f.path, configFor(f.path, { explicit, locale })]));
  const problems = [...projects.values()].flatMap((p) => p.problems);
  if (problems.length) {
    io.stderr(`walint: invalid configuration:\n${describeConfigProblems(problems, io.cwd)}\n`);
    return EXIT_USAGE;
  }

  const context = contextFiles(discovery.files, io, explicit);
  const job: LintJob = { files: [...discovery.files, ...context], checked: discovery.files.length, explicit, forcedLocale };
  const threads = workerEntry() ? workerCount(discovery.files.length, io.env) : 1;
  const results = await lintParallel(job, threads, workerEntry() ?? '');
  const report: ReportFile[] = [];
  discovery.files.forEach((f, i) => {
    let findings = results[i] as Finding[];
    if (quiet) findings = findings.filter((x) => x.severity === 'error');
    report.push({ path: displayPath(io.cwd, f.path), absPath: f.path, findings: findings.map(masked) });
  });

  const counts = countFindings(report);
  const tooManyWarnings = maxWarnings !== undefined && counts.warnings > maxWarnings;
  const text = formatters[formatName]({
    files: report,
    cwd: io.cwd,
    color: formatName === 'stylish' && !options['output-file'] && useColor(options.color as boolean | undefined, io),
    locale,
    version: VERSION,
    rules: allRules,
    maxWarnings: tooManyWarnings && formatName === 'stylish' ? { max: maxWarnings!, count: counts.warnings } : undefined,
  });
  const outFile = options['output-file'] as string | undefined;
  if (outFile) {
    const target = resolve(io.cwd, outFile);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    } catch (e) {
      io.stderr(`walint: cannot write ${outFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return EXIT_USAGE;
    }
  } else io.stdout(text);
  if (tooManyWarnings && (formatName !== 'stylish' || outFile)) io.stderr(`walint found too many warnings (maximum: ${maxWarnings}, found: ${counts.warnings}).\n`);
  return counts.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

/** Findings as printed: card numbers masked in every text. */
function masked(f: Finding): Finding {
  const message = maskCardNumbers(f.message);
  const related = f.related?.map((r) => ({ ...r, message: maskCardNumbers(r.message) }));
  return message === f.message && !related ? f : { ...f, message, ...(related ? { related } : {}) };
}

/** The script worker threads load: the CLI bundle itself (undefined when not running from it). */
function workerEntry(): string | undefined {
  const main = require.main?.filename;
  return main && /(^|[\\/])cli\.js$/.test(main) ? main : undefined;
}
