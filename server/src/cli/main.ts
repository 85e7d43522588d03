/**
 * The `walint` command: check, export, timeline. Bundled to dist/cli.js.
 * Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage or config error.
 */
import { isMainThread } from 'node:worker_threads';
import { closest } from '../core/util/strings';
import { runCheck } from './commands/check';
import { runExport } from './commands/export';
import { runTimeline } from './commands/timeline';
import { processIO, type CliIO } from './io';
import { VERSION } from './shared';

const COMMANDS: Record<string, { summary: string; run: (argv: string[], io: CliIO) => Promise<number> }> = {
  check: { summary: 'Check flows and templates (the default for CI)', run: runCheck },
  export: { summary: 'Write Graph API JSON bodies for templates', run: runExport },
  timeline: { summary: 'Draw a flow\'s conversation timeline (HTML or SVG)', run: runTimeline },
};

export function mainHelp(): string {
  return `walint ${VERSION} — lints WhatsApp Business bot flows and message templates

Usage: walint <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`).join('\n')}

Options:
  -h, --help     Show help (walint <command> --help for a command's options)
  -v, --version  Print the version

Exit codes:
  0  no error (and warnings within --max-warnings)
  1  errors, or more warnings than --max-warnings
  2  usage error or invalid configuration

Examples:
  walint check
  walint check --format sarif --output-file walint.sarif
  walint export --out build/templates templates/*.template.yaml

Configuration: walint.config.yaml, looked up from each file's folder upward.
Documentation: https://github.com/walint-dev/walint/tree/main/docs
`;
}

/** Run the CLI with the given arguments (without `node` and the script). Never throws. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stderr(mainHelp());
      return 2;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      if (first === 'help' && rest[0] && COMMANDS[rest[0]]) return await COMMANDS[rest[0]].run(['--help'], io);
      io.stdout(mainHelp());
      return 0;
    }
    if (first === '--version' || first === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS[first];
    if (!command) {
      const near = closest(first, Object.keys(COMMANDS)) ?? (first.startsWith('-') ? closest(first, ['--help', '--version']) : undefined);
      const what = first.startsWith('-') ? 'option' : 'command';
      io.stderr(`walint: unknown ${what} "${first}".${near ? ` Did you mean "${near}"?` : ''}\nRun "walint --help" for usage.\n`);
      return 2;
    }
    return await command.run(rest, io);
  } catch (e) {
    // Bugs are reported briefly; WALINT_DEBUG=1 shows where.
    const err = e as Error;
    io.stderr(`walint: internal error: ${err?.message ?? String(e)}. Please report it.\n`);
    if (io.env.WALINT_DEBUG) io.stderr(`${err?.stack ?? ''}\n`);
    return 2;
  }
}

if (require.main === module && isMainThread) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
