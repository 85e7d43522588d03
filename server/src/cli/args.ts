import { closest } from '../core/util/strings';
import { UsageError } from './io';

/** One command-line option. */
export interface OptionSpec {
  name: string;
  /** Single-letter alias (`-f`). */
  short?: string;
  /** 'boolean' flags accept `--no-<name>`; others take a value (`--x v` or `--x=v`). */
  type: 'boolean' | 'string' | 'number' | 'list';
  /** Allowed values (string options). */
  choices?: readonly string[];
  /** Shown in --help. */
  arg?: string;
  description: string;
  default?: string;
}

export interface ParsedArgs {
  options: Record<string, string | number | boolean | string[] | undefined>;
  positionals: string[];
}

/** Parse argv against specs; unknown options are usage errors with a "did you mean". */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], command: string): ParsedArgs {
  const options: ParsedArgs['options'] = {};
  const positionals: string[] = [];
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const names = specs.map((s) => `--${s.name}`);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      positionals.push(a);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    let spec: OptionSpec | undefined;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      inline = eq > 0 ? a.slice(eq + 1) : undefined;
      spec = byName.get(name);
      if (!spec && name.startsWith('no-')) {
        const negated = byName.get(name.slice(3));
        if (negated?.type === 'boolean' && inline === undefined) {
          options[negated.name] = false;
          continue;
        }
      }
    } else {
      name = a.slice(1);
      spec = name.length === 1 ? byShort.get(name) : undefined;
    }
    if (!spec) {
      const near = closest(a.replace(/=.*$/, ''), names.concat(specs.filter((s) => s.type === 'boolean').map((s) => `--no-${s.name}`)));
      throw new UsageError(`Unknown option "${a.replace(/=.*$/, '')}" for "walint ${command}".${near ? ` Did you mean "${near}"?` : ''}`);
    }
    if (spec.type === 'boolean') {
      if (inline !== undefined) {
        if (!/^(true|false)$/.test(inline)) throw new UsageError(`Option --${spec.name} takes no value (or true/false), got "${inline}".`);
        options[spec.name] = inline === 'true';
      } else options[spec.name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      if (i + 1 >= argv.length || (argv[i + 1].startsWith('--') && argv[i + 1] !== '--')) throw new UsageError(`Option --${spec.name} needs a value${spec.arg ? ` (${spec.arg})` : ''}.`);
      value = argv[++i];
    }
    if (spec.choices && !spec.choices.includes(value)) {
      const near = closest(value, spec.choices);
      throw new UsageError(`Invalid value "${value}" for --${spec.name}. Use one of: ${spec.choices.join(', ')}.${near ? ` Did you mean "${near}"?` : ''}`);
    }
    if (spec.type === 'number') {
      if (!/^-?\d+$/.test(value)) throw new UsageError(`Option --${spec.name} expects a whole number, got "${value}".`);
      options[spec.name] = Number(value);
    } else if (spec.type === 'list') {
      const list = (options[spec.name] as string[] | undefined) ?? [];
      list.push(value);
      options[spec.name] = list;
    } else options[spec.name] = value;
  }
  return { options, positionals };
}

/** The options block of a --help text, aligned. */
export function formatOptions(specs: readonly OptionSpec[]): string {
  const rows = specs.map((s) => {
    const flag = `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.arg ? ` ${s.arg}` : ''}`;
    const def = s.default !== undefined ? ` (default: ${s.default})` : '';
    return [flag, s.description + def] as const;
  });
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  return rows.map(([f, d]) => `  ${f.padEnd(width)}${d}`).join('\n');
}
