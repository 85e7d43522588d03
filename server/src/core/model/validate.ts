import * as z from 'zod';
import type { Path, Target } from '../parse/yamlFile';
import type { Msg, MsgData } from '../i18n';
import { closest } from '../util/strings';
import { INVALID, UNKNOWN, quickCheck, type QuickChecker } from './quickCheck';

/** A shape problem found while building the typed model. */
export interface ShapeIssue {
  rule: string;
  path: Path;
  target: Target;
  message: Msg;
  data: MsgData;
}

const M = {
  notObject: { en: 'Expected a mapping (key: value pairs) here, found {found}.', fr: 'Une table (clé: valeur) est attendue ici, pas {found}.' },
  unknownKey: { en: 'Unknown key "{key}".{hint}', fr: 'Clé inconnue « {key} ».{hint}' },
  missingKey: { en: 'Missing required key "{key}".', fr: 'Clé obligatoire « {key} » manquante.' },
  invalidType: { en: 'Expected {expected} for "{key}", found {found}.', fr: '« {key} » attend {expected}, pas {found}.' },
  invalidValue: { en: '"{value}" is not a valid value for "{key}". Use one of: {options}.', fr: '« {value} » n\'est pas une valeur valide pour « {key} ». Valeurs possibles : {options}.' },
  invalid: { en: 'Invalid value for "{key}": {detail}.', fr: 'Valeur invalide pour « {key} » : {detail}.' },
} satisfies Record<string, Msg>;

const TYPE_NAMES: Record<string, { en: string; fr: string }> = {
  string: { en: 'text', fr: 'un texte' },
  number: { en: 'a number', fr: 'un nombre' },
  boolean: { en: 'true or false', fr: 'true ou false' },
  array: { en: 'a list', fr: 'une liste' },
  object: { en: 'a mapping', fr: 'une table' },
  null: { en: 'nothing', fr: 'rien' },
  undefined: { en: 'nothing', fr: 'rien' },
};

export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `text "${v.length > 30 ? v.slice(0, 30) + '…' : v}"`;
  return `${typeof v} ${String(v)}`;
}

function typeName(t: string | undefined): string {
  return TYPE_NAMES[t ?? '']?.en ?? t ?? 'another type';
}

/**
 * Validate an object key by key against a zod shape, keeping every key that is
 * valid. A bad field is a precise finding on that field, not a lost model.
 * `skip`: keys the caller validates itself (known keys, neither checked nor copied).
 */
export function validateShape<S extends Record<string, z.ZodType>>(
  shape: S,
  raw: unknown,
  base: Path,
  issues: ShapeIssue[],
  rule: string,
  options: { strict: boolean; required?: readonly string[]; skip?: string },
): Partial<{ [K in keyof S]: z.output<S[K]> }> | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push({ rule, path: base, target: 'auto', message: M.notObject, data: { found: describeValue(raw) } });
    return undefined;
  }
  const out: Record<string, unknown> = {};
  const record = raw as Record<string, unknown>;
  const checks = checksOf(shape);
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const value = record[key];
    const check = checks[key];
    if (check === undefined) {
      if (options.strict) {
        const near = closest(key, Object.keys(shape));
        issues.push({ rule: unknownKeyRule(rule), path: [...base, key], target: 'key', message: M.unknownKey, data: { key, hint: near ? ` Did you mean "${near}"?` : '' } });
      } else out[key] = value;
      continue;
    }
    if (key === options.skip) continue;
    // zod decides whatever the structural pre-check does not prove valid (problems always come from zod)
    const quick = check(value);
    if (quick !== INVALID && quick !== UNKNOWN) {
      out[key] = quick;
      continue;
    }
    const res = shape[key].safeParse(value);
    if (res.success) out[key] = res.data;
    else pushZodIssues(res.error, [...base, key], key, value, issues, rule);
  }
  if (options.required) {
    for (const req of options.required) {
      if (!(req in record)) issues.push({ rule, path: base, target: 'auto', message: M.missingKey, data: { key: req } });
    }
  }
  return out as Partial<{ [K in keyof S]: z.output<S[K]> }>;
}

/** The pre-checks of a shape's keys, by key (no prototype: any other key reads undefined). */
const shapeChecks = new WeakMap<object, Record<string, QuickChecker>>();

function checksOf(shape: Record<string, z.ZodType>): Record<string, QuickChecker> {
  let checks = shapeChecks.get(shape);
  if (!checks) {
    checks = Object.create(null) as Record<string, QuickChecker>;
    for (const key of Object.keys(shape)) checks[key] = quickCheck(shape[key]);
    shapeChecks.set(shape, checks);
  }
  return checks;
}

function unknownKeyRule(rule: string): string {
  return rule.replace(/\/.*$/, '/unknown-key');
}

/** Turn zod issues into findings on the exact sub-path. */
export function pushZodIssues(error: z.ZodError, base: Path, key: string, value: unknown, issues: ShapeIssue[], rule: string): void {
  const seen = new Set<string>();
  for (const issue of error.issues) {
    // Unions report one issue per branch; keep the most specific one per path.
    const leaf = flattenUnion(issue);
    const path = [...base, ...(leaf.path as (string | number)[])];
    const sig = path.join('\u0000');
    if (seen.has(sig)) continue;
    seen.add(sig);
    const leafKey = String(path.filter((p) => typeof p === 'string').pop() ?? key);
    const leafValue = getIn(value, leaf.path as (string | number)[]);
    switch (leaf.code) {
      case 'invalid_type':
        if (leafValue === undefined) issues.push({ rule, path: path.slice(0, -1), target: 'auto', message: M.missingKey, data: { key: leafKey } });
        else issues.push({ rule, path, target: 'value', message: M.invalidType, data: { key: leafKey, expected: typeName((leaf as { expected?: string }).expected), found: describeValue(leafValue) } });
        break;
      case 'invalid_value': {
        const values = ((leaf as { values?: unknown[] }).values ?? []).map(String);
        issues.push({ rule, path, target: 'value', message: M.invalidValue, data: { key: leafKey, value: safeString(leafValue), options: values.join(', ') } });
        break;
      }
      case 'unrecognized_keys':
        for (const k of (leaf as { keys: string[] }).keys) {
          issues.push({ rule: unknownKeyRule(rule), path: [...path, k], target: 'key', message: M.unknownKey, data: { key: k, hint: '' } });
        }
        break;
      default:
        issues.push({ rule, path, target: 'value', message: M.invalid, data: { key: leafKey, detail: leaf.message } });
    }
  }
}

function flattenUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const branches = (issue as { errors?: z.core.$ZodIssue[][] }).errors ?? [];
  // Prefer the branch whose problems are deepest (it matched the most).
  let best: z.core.$ZodIssue | undefined;
  let bestDepth = -1;
  for (const branch of branches) {
    for (const sub of branch) {
      const flat = flattenUnion(sub);
      const depth = flat.path.length + (flat.code === 'invalid_type' ? 0 : 0.5);
      if (depth > bestDepth) {
        best = { ...flat, path: [...issue.path, ...flat.path] } as z.core.$ZodIssue;
        bestDepth = depth;
      }
    }
  }
  if (best && bestDepth > 0) return best;
  return issue;
}

/** `String(v)`, except for a mapping whose `toString` / `valueOf` keys are data, not functions (YAML `{ toString: x }`). */
function safeString(v: unknown): string {
  try {
    return String(v);
  } catch {
    return '[object Object]';
  }
}

function getIn(value: unknown, path: (string | number)[]): unknown {
  let cur: unknown = value;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
