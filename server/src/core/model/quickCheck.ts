import type * as z from 'zod';

/**
 * A cheap structural pre-check derived from a zod schema's own definition.
 *
 * Most values of a flow are what the schema expects (a string where a string is
 * expected, a list of `{ title, next }` buttons...). Proving that takes a few type
 * tests, while a zod `safeParse` builds a context, payloads and result objects per
 * call: in a one-shot CLI run over 1,000 files that was most of the model's time.
 *
 * `quickCheck(schema)` compiles (once per schema, at first use) a function that
 * mirrors zod's parse for the subset of schema kinds walint's models use (string,
 * number, boolean, enum, unknown, optional, union, array, object with strict / loose /
 * stripping catchall, lazy) and answers one of:
 * - the value zod would output (same structure, same key order, new objects and arrays
 *   where zod makes new ones): zod would succeed with exactly this data;
 * - `INVALID`: zod would fail;
 * - `UNKNOWN`: not decided here (a schema kind or option the mirror does not cover:
 *   checks, coercion, defaults, transforms...).
 * Callers ask zod itself for anything but a value, so problems always come from zod,
 * and zod stays the only source of truth for what is valid (the JSON schemas are
 * generated from it). `test/core/quickCheck.test.ts` compares both on the corpus and
 * on fuzzed values.
 */
export const INVALID: unique symbol = Symbol('invalid');
export const UNKNOWN: unique symbol = Symbol('unknown');
export type QuickResult = unknown;
export type QuickChecker = (value: unknown) => QuickResult;

type Schema = z.core.$ZodType;

interface Def {
  type: string;
  checks?: unknown[];
  coerce?: boolean;
  element?: Schema;
  innerType?: Schema;
  options?: readonly Schema[];
  inclusive?: boolean;
  discriminator?: unknown;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  getter?: () => Schema;
}

const compiled = new WeakMap<Schema, QuickChecker>();

const unknownChecker: QuickChecker = () => UNKNOWN;
const identity: QuickChecker = (v) => v;
const stringChecker: QuickChecker = (v) => (typeof v === 'string' ? v : INVALID);
const numberChecker: QuickChecker = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : INVALID);
const booleanChecker: QuickChecker = (v) => (typeof v === 'boolean' ? v : INVALID);

/** The checker of a schema (compiled once). */
export function quickCheck(schema: Schema): QuickChecker {
  let c = compiled.get(schema);
  if (!c) {
    // a placeholder first: recursive schemas (z.lazy) refer to themselves
    compiled.set(schema, (v) => c!(v));
    c = compile(schema);
    compiled.set(schema, c);
  }
  return c;
}

function defOf(schema: Schema): Def {
  return schema._zod.def as unknown as Def;
}

function compile(schema: Schema): QuickChecker {
  const def = defOf(schema);
  if ((def.checks && def.checks.length > 0) || def.coerce) return unknownChecker;
  switch (def.type) {
    case 'string':
      return stringChecker;
    case 'number':
      return numberChecker;
    case 'boolean':
      return booleanChecker;
    case 'unknown':
    case 'any':
      return identity;
    case 'enum': {
      const values = (schema._zod as { values?: ReadonlySet<unknown> }).values;
      return values ? (v) => (values.has(v) ? v : INVALID) : unknownChecker;
    }
    case 'optional': {
      const inner = def.innerType!;
      if (inner._zod.optin === 'defaulted') return unknownChecker;
      const check = quickCheck(inner);
      return (v) => (v === undefined ? undefined : check(v));
    }
    case 'lazy': {
      const getter = def.getter!;
      let check: QuickChecker | undefined;
      return (v) => (check ??= quickCheck(getter()))(v);
    }
    case 'union':
      return compileUnion(def);
    case 'array':
      return compileArray(quickCheck(def.element!));
    case 'object':
      return compileObject(def);
    default:
      return unknownChecker;
  }
}

/** zod's union: the first option that succeeds gives the value. */
function compileUnion(def: Def): QuickChecker {
  if (def.inclusive === false || def.discriminator !== undefined) return unknownChecker;
  const options = (def.options ?? []).map(quickCheck);
  return (v) => {
    for (const option of options) {
      const r = option(v);
      if (r === INVALID) continue;
      return r; // a value, or UNKNOWN: an undecided option must not let a later one win
    }
    return INVALID;
  };
}

/** zod's array: a new array of the elements' values. */
function compileArray(element: QuickChecker): QuickChecker {
  return (v) => {
    if (!Array.isArray(v)) return INVALID;
    const n = v.length;
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const r = element(v[i]);
      if (r === INVALID || r === UNKNOWN) return r;
      out[i] = r;
    }
    return out;
  };
}

interface Field {
  key: string;
  check: QuickChecker;
  /** Optional in and out: an absent key is fine and adds nothing. */
  optional: boolean;
}

/**
 * zod's object: a new object with the shape's keys in shape order (those present),
 * then, for a loose object, the other keys in `for...in` order; a strict object
 * rejects other keys, a plain one drops them.
 */
function compileObject(def: Def): QuickChecker {
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  if (Object.getOwnPropertySymbols(shape).length) return unknownChecker;
  const fields: Field[] = [];
  for (const key of keys) {
    if (key === '__proto__') return unknownChecker;
    const internals = shape[key]._zod;
    const optIn = internals.optin !== undefined;
    const optOut = internals.optout === 'optional';
    if (optIn !== optOut || internals.optin === 'defaulted') return unknownChecker;
    fields.push({ key, check: quickCheck(shape[key]), optional: optIn });
  }
  const keySet = new Set(keys);
  const catchallType = def.catchall ? defOf(def.catchall).type : undefined;
  if (catchallType !== undefined && catchallType !== 'never' && catchallType !== 'unknown') return unknownChecker;
  const strict = catchallType === 'never';
  const loose = catchallType === 'unknown';
  const nFields = fields.length;
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return INVALID;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < nFields; i++) {
      const f = fields[i];
      const present = f.key in input;
      const r = f.check(input[f.key]);
      if (r === UNKNOWN) return UNKNOWN;
      if (r === INVALID) {
        if (f.optional && !present) continue;
        return INVALID;
      }
      if (present) out[f.key] = r;
      else if (!f.optional) return INVALID; // zod: "nonoptional"
    }
    if (strict || loose) {
      for (const key in input) {
        if (keySet.has(key)) continue;
        if (strict) return INVALID;
        if (key !== '__proto__') out[key] = input[key];
      }
    }
    return out;
  };
}
