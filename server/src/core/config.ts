import { YamlFile } from './parse/yamlFile';
import { ConfigShape, type ConfigData } from './model/config';
import { validateShape, type ShapeIssue } from './model/validate';
import { DEFAULT_FACTS, type Facts } from './facts';
import type { Severity, SeverityOrOff } from './findings';
import { format, type Locale } from './i18n';
import type { OffsetRange, Position } from './text';

export const CONFIG_FILE_NAMES = ['walint.config.yaml', 'walint.config.yml'];

/** The configuration a file is checked with. */
export interface ResolvedConfig {
  /** Path of the config file, when there is one. */
  file?: string;
  /** Folder the config's globs are relative to. */
  root?: string;
  data: ConfigData;
  facts: Facts;
  locale?: Locale;
}

export interface ConfigProblem {
  file: string;
  range: OffsetRange;
  start: Position;
  key: string;
  message: string;
}

export const EMPTY_CONFIG: ResolvedConfig = { data: {}, facts: DEFAULT_FACTS };

/** Parse a config file's text. Problems name the file, line and key; never throws. */
export function parseConfig(text: string, file: string, locale: Locale = 'en'): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const yaml = new YamlFile(text);
  const problems: ConfigProblem[] = [];
  for (const p of yaml.problems) {
    if (p.severity !== 'error') continue;
    problems.push({ file, range: p.range, start: yaml.lines.positionAt(p.range.start), key: '', message: p.message });
  }
  const issues: ShapeIssue[] = [];
  const raw = yaml.data ?? {};
  const data = (raw === null || raw === undefined ? {} : validateShape(ConfigShape, raw, [], issues, 'config/schema', { strict: true })) ?? {};
  for (const i of issues) {
    const range = yaml.rangeOf(i.path, i.target);
    problems.push({ file, range, start: yaml.lines.positionAt(range.start), key: i.path.join('.'), message: format(i.message, locale, i.data) });
  }
  const facts = mergeFacts(data.facts, (path, message) => {
    const range = yaml.rangeOf(['facts', ...path], 'key');
    problems.push({ file, range, start: yaml.lines.positionAt(range.start), key: ['facts', ...path].join('.'), message });
  });
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return {
    config: { file, root: slash >= 0 ? file.slice(0, slash) : '.', data: data as ConfigData, facts, locale: data.locale },
    problems,
  };
}

function mergeFacts(overrides: Record<string, unknown> | undefined, problem: (path: string[], message: string) => void): Facts {
  if (!overrides) return DEFAULT_FACTS;
  const out: Record<string, unknown> = { ...DEFAULT_FACTS, prices: { ...DEFAULT_FACTS.prices } };
  for (const [k, v] of Object.entries(overrides)) {
    const def = (DEFAULT_FACTS as unknown as Record<string, unknown>)[k];
    if (def === undefined) {
      problem([k], `Unknown fact "${k}". Known facts: ${Object.keys(DEFAULT_FACTS).join(', ')}.`);
      continue;
    }
    if (typeof def === 'object' && def !== null) {
      if (!v || typeof v !== 'object') {
        problem([k], `"${k}" expects a mapping.`);
        continue;
      }
      const merged: Record<string, unknown> = { ...(def as object) };
      for (const [sk, sv] of Object.entries(v as object)) {
        const sdef = (def as Record<string, unknown>)[sk];
        if (sdef === undefined) problem([k, sk], `Unknown key "${sk}" in "${k}".`);
        else if (typeof sdef !== typeof sv) problem([k, sk], `"${k}.${sk}" expects ${typeof sdef}.`);
        else merged[sk] = sv;
      }
      out[k] = merged;
    } else if (typeof def !== typeof v) problem([k], `"${k}" expects ${typeof def}, found ${typeof v}.`);
    else out[k] = v;
  }
  return out as unknown as Facts;
}

/** Severity of a rule under a config: exact id, then `group/*`, then `*`, then the default. */
export function severityFor(config: ResolvedConfig, ruleId: string, defaultSeverity: Severity): SeverityOrOff {
  const rules = config.data.rules;
  if (!rules) return defaultSeverity;
  const group = ruleId.split('/')[0];
  const entry = rules[ruleId] ?? rules[`${group}/*`] ?? rules['*'];
  if (entry === undefined) return defaultSeverity;
  if (typeof entry === 'string') return entry;
  return entry.severity ?? defaultSeverity;
}
