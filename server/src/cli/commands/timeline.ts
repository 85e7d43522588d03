import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { buildTimeline } from '../../core/timeline/engine';
import { renderTimelineHtml, renderTimelineSvg } from '../../core/timeline/render';
import { maskCardNumbers } from '../../core/util/mask';
import { configFor, discoverFiles, loadWorkspace } from '../../node/project';
import { formatOptions, parseArgs, type OptionSpec } from '../args';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { contextFiles, describeConfigProblems, displayPath, explicitConfig, pickLocale, runCommand } from '../shared';

export const TIMELINE_OPTIONS: readonly OptionSpec[] = [
  { name: 'out', short: 'o', type: 'string', arg: '<file.html|file.svg>', description: 'Where to write the picture; the extension picks the format; required' },
  { name: 'path', short: 'p', type: 'list', arg: '<choice,...>', description: 'Choices at decision steps, in order (button/list/branch index, timeout, reply, a step id) or as step=choice' },
  { name: 'start', type: 'string', arg: '<ISO date>', description: 'Date and time of the first message (shows absolute times)' },
  { name: 'config', short: 'c', type: 'string', arg: '<file>', description: 'Use this walint.config.yaml instead of looking up from the flow' },
  { name: 'locale', type: 'string', arg: '<en|fr>', choices: ['en', 'fr'], description: 'Language of the texts', default: 'the config\'s `locale`, else en' },
  { name: 'help', short: 'h', type: 'boolean', description: 'Show this help' },
];

export function timelineHelp(): string {
  return `Usage: walint timeline [options] <flow file> --out <file.html|file.svg>

Draws one path through the flow along a time axis: user and business messages,
the 24-hour service window(s) and the 72-hour free entry point, each outbound
message as free-form or template with its category and estimated price, and
every window violation in red. Without --path, the worst case is drawn (no answer
at timeouts, the path to the latest free-form message).

Options:
${formatOptions(TIMELINE_OPTIONS)}

Exit codes:
  0  the picture was written (violations are drawn, not counted: use walint check)
  2  usage error, invalid configuration, not a flow, or the file cannot be written

Examples:
  walint timeline shop/order.flow.yaml --out order.html
  walint timeline shop/order.flow.yaml --path 0,timeout --start 2026-03-02T09:00:00Z --out order.svg
`;
}

export function runTimeline(argv: string[], io: CliIO): Promise<number> {
  return runCommand('timeline', io, () => timeline(argv, io));
}

function timeline(argv: string[], io: CliIO): number {
  const { options, positionals } = parseArgs(argv, TIMELINE_OPTIONS, 'timeline');
  if (options.help) {
    io.stdout(timelineHelp());
    return EXIT_OK;
  }
  const out = options.out as string | undefined;
  if (!out) throw new UsageError('Missing --out <file.html|file.svg>: where to write the timeline.');
  const ext = extname(out).toLowerCase();
  if (ext !== '.html' && ext !== '.htm' && ext !== '.svg') throw new UsageError(`--out must end in .html or .svg (got "${out}").`);
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'Name exactly one flow file.' : 'Name the flow file to draw, e.g. walint timeline order.flow.yaml --out order.html');
  let start: Date | undefined;
  if (options.start !== undefined) {
    start = new Date(String(options.start));
    if (!/^\d{4}-\d{2}-\d{2}/.test(String(options.start)) || Number.isNaN(start.getTime())) throw new UsageError(`--start expects an ISO date such as 2026-03-02T09:00:00Z (got "${options.start}").`);
  }
  const path = ((options.path as string[] | undefined) ?? []).flatMap((p) => p.split(',')).map((s) => s.trim()).filter(Boolean);
  const explicit = explicitConfig(options.config as string | undefined, io);
  const locale = pickLocale(options.locale as string | undefined, io, explicit);
  const discovery = discoverFiles(positionals, io.cwd, { explicitConfig: explicit, locale });
  if (discovery.errors.length) {
    for (const e of discovery.errors) io.stderr(`walint: ${e}\n`);
    return EXIT_USAGE;
  }
  const project = discovery.files[0] ? configFor(discovery.files[0].path, { explicit, locale }) : undefined;
  if (project?.problems.length) {
    io.stderr(`walint: invalid configuration:\n${describeConfigProblems(project.problems, io.cwd)}\n`);
    return EXIT_USAGE;
  }
  const context = contextFiles(discovery.files, io, explicit);
  const { workspace, files } = loadWorkspace([...discovery.files, ...context]);
  const file = files[0];
  if (!file?.flow) {
    io.stderr(`walint: ${positionals[0]} is not a flow file${file?.notAnalysed ? ` (${file.notAnalysed})` : ''}.\n`);
    return EXIT_USAGE;
  }
  const facts = project!.config.facts;
  const model = buildTimeline(file.flow, workspace, { facts, path, start, locale: (options.locale as 'en' | 'fr' | undefined) ?? project!.config.locale ?? locale });
  const content = ext === '.svg' ? renderTimelineSvg(model) : renderTimelineHtml(model, { nonce: randomBytes(16).toString('base64') });
  const target = resolve(io.cwd, out);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  } catch (e) {
    io.stderr(`walint: cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return EXIT_USAGE;
  }
  io.stdout(`${displayPath(io.cwd, target)}\n`);
  for (const v of model.violations) io.stderr(`  ${v.severity}  ${maskCardNumbers(v.message)}  ${v.rule}\n`);
  for (const n of model.notes) io.stderr(`  note  ${maskCardNumbers(n)}\n`);
  return EXIT_OK;
}
