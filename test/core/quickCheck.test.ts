import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { analyzeFile } from '../../server/src/core';
import { ConfigShape } from '../../server/src/core/model/config';
import { FlowShape, StepShape } from '../../server/src/core/model/flow';
import { buildFlowModel, type FlowModel } from '../../server/src/core/model/flowModel';
import { INVALID, UNKNOWN, quickCheck } from '../../server/src/core/model/quickCheck';
import { ComponentSchema, ExampleSchema, TemplateButtonSchema, TemplateShape } from '../../server/src/core/model/template';
import { pushZodIssues, validateShape, type ShapeIssue } from '../../server/src/core/model/validate';
import type { Path } from '../../server/src/core/parse/yamlFile';
import { generateFlow } from '../helpers/genFlow';
import { rng } from '../helpers/rng';

/**
 * The structural pre-check (model/quickCheck.ts) stands in for zod only where it proves
 * zod's answer: same data (structure, key order, undefined values), same validity. These
 * tests compare both on every value of the corpus and on fuzzed values, then compare whole
 * models with a zod-only reference of the model builder.
 */

const root = join(__dirname, '..', '..', '..');


/** A faithful rendering for comparisons: key order, undefined values, array holes, prototypes, -0 and NaN all show. */
function render(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || typeof v !== 'object') return String(v);
  if (Array.isArray(v)) {
    const items: string[] = [];
    for (let i = 0; i < v.length; i++) items.push(i in v ? render(v[i]) : '<hole>');
    return `[${items.join(',')}]`;
  }
  const proto = Object.getPrototypeOf(v) === Object.prototype ? '' : '<proto>';
  return `${proto}{${Reflect.ownKeys(v).map((k) => `${String(k)}:${render((v as Record<PropertyKey, unknown>)[k])}`).join(',')}}`;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (/\.(flows?|templates?)\.(ya?ml|json)$/.test(name)) out.push(p);
  }
  return out;
}

/** Plain data of the corpus, the examples and generated flows. */
function corpusData(): unknown[] {
  const texts = [...walk(join(root, 'test', 'corpus')), ...walk(join(root, 'examples'))].map((p) => [p, readFileSync(p, 'utf8')] as const);
  for (let seed = 1; seed <= 5; seed++) texts.push([`g${seed}.flow.yaml`, generateFlow(300, seed)]);
  return texts.map(([p, text]) => analyzeFile(p, text).yaml.data);
}

/** Every sub-value of a value (objects, arrays and leaves). */
function subValues(v: unknown, out: unknown[] = [], depth = 0): unknown[] {
  out.push(v);
  if (depth < 12 && v && typeof v === 'object') for (const child of Object.values(v)) subValues(child, out, depth + 1);
  return out;
}

const KEYS = [
  ...new Set([
    ...Object.keys(StepShape), ...Object.keys(FlowShape), ...Object.keys(TemplateShape), ...Object.keys(ConfigShape),
    'title', 'next', 'id', 'rows', 'sections', 'button', 'body', 'type', 'url', 'caption', 'if', 'else', 'action', 'on_error', 'prompt', 'scope', 'role', 'match',
    'param_name', 'example', 'body_text', 'text', 'buttons', 'format', 'cards', 'components', 'unknown_key', 'toString', 'constructor',
  ]),
];
const STRINGS = ['', 'x', 'text', 'agent', 'phone', 'image', 'user', 'business', 'primary', 'QUICK_REPLY', 'body', 'BODY', 'MARKETING', '2h', '{{1}}', 'next'];

/** Random JSON-like values, with the odd cases zod distinguishes (NaN, Infinity, -0, undefined, own __proto__, null prototypes). */
function randomValue(rand: () => number, depth: number, yamlLike = false): unknown {
  const r = rand();
  if (depth <= 0 || r < 0.35) {
    const leaves: unknown[] = [null, undefined, true, false, 0, -0, 1.5, 42, NaN, Infinity, -Infinity, ...STRINGS];
    return leaves[Math.floor(rand() * leaves.length)];
  }
  if (r < 0.6) return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth - 1, yamlLike));
  // (parsed YAML and JSON never hold objects without a prototype)
  const o: Record<string, unknown> = !yamlLike && rand() < 0.1 ? Object.create(null) : {};
  const n = Math.floor(rand() * 5);
  for (let i = 0; i < n; i++) o[KEYS[Math.floor(rand() * KEYS.length)]] = randomValue(rand, depth - 1, yamlLike);
  if (rand() < 0.05) return Object.assign(JSON.parse('{"__proto__": 1}'), o);
  return o;
}

/** Variants of a real value: a key dropped, a value replaced, an unknown key added. */
function mutations(v: unknown, rand: () => number, count: number, yamlLike = false): unknown[] {
  const out: unknown[] = [];
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  const keys = Object.keys(v);
  for (let i = 0; i < count; i++) {
    const copy: Record<string, unknown> = { ...(v as Record<string, unknown>) };
    const op = rand();
    if (op < 0.3 && keys.length) delete copy[keys[Math.floor(rand() * keys.length)]];
    else if (op < 0.7 && keys.length) copy[keys[Math.floor(rand() * keys.length)]] = randomValue(rand, 2, yamlLike);
    else copy[KEYS[Math.floor(rand() * KEYS.length)]] = randomValue(rand, 2, yamlLike);
    out.push(copy);
  }
  return out;
}

/** Every schema of a shape, and the schemas inside them (object shapes, array elements, union options, optional). */
function schemasOf(shapes: Record<string, z.ZodType>[], extra: z.ZodType[]): z.ZodType[] {
  const seen = new Set<z.ZodType>();
  const visit = (s: z.ZodType) => {
    if (seen.has(s)) return;
    seen.add(s);
    const def = s._zod.def as unknown as { shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[]; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };
    for (const child of [...Object.values(def.shape ?? {}), def.element, ...(def.options ?? []), def.innerType, def.in, def.out]) if (child) visit(child);
  };
  for (const shape of shapes) for (const s of Object.values(shape)) visit(s);
  for (const s of extra) visit(s);
  return [...seen];
}

/** A structural signature: schemas that differ only by their metadata (descriptions) parse alike. */
function signature(s: z.ZodType, depth = 0): string {
  const def = s._zod.def as unknown as { type: string; checks?: unknown[]; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[]; innerType?: z.ZodType; catchall?: z.ZodType; in?: z.ZodType; out?: z.ZodType };
  if (depth > 6) return `${def.type}…`;
  const values = (s._zod as { values?: Set<unknown> }).values;
  const kids = [
    ...Object.entries(def.shape ?? {}).map(([k, v]) => `${k}:${signature(v, depth + 1)}`),
    ...[def.element, ...(def.options ?? []), def.innerType, def.catchall, def.in, def.out].filter((c): c is z.ZodType => !!c).map((c) => signature(c, depth + 1)),
  ];
  return `${def.type}${def.checks?.length ? `#${def.checks.length}` : ''}${values ? `[${[...values].join('|')}]` : ''}(${kids.join(',')})`;
}

const SCHEMAS = [...new Map(schemasOf([StepShape, FlowShape, TemplateShape, ConfigShape], [ComponentSchema, ExampleSchema, TemplateButtonSchema]).map((s) => [signature(s), s])).values()];

function compare(schema: z.ZodType, value: unknown, label: string): 'value' | 'invalid' | 'unknown' {
  const quick = quickCheck(schema)(value);
  const res = schema.safeParse(value);
  if (quick === UNKNOWN) return 'unknown';
  if (quick === INVALID) {
    assert.equal(res.success, false, `${label}: the pre-check says invalid, zod accepts ${render(value)}`);
    return 'invalid';
  }
  assert.ok(res.success, `${label}: the pre-check accepts what zod rejects: ${render(value)}`);
  assert.equal(render(quick), render(res.data), `${label}: not the data zod gives for ${render(value)}`);
  return 'value';
}

describe('quick structural pre-check (model/quickCheck.ts) against zod', () => {
  const data = corpusData();

  it('gives zod\'s exact data and validity on every value of the corpus', () => {
    let decided = 0;
    let compared = 0;
    // each distinct value once; texts differ only by their words, so a few hundred of them are enough
    const distinct = new Map<string, unknown>();
    let strings = 0;
    for (const value of data.flatMap((d) => subValues(d))) {
      const key = render(value);
      if (distinct.has(key) || (typeof value === 'string' && ++strings > 300)) continue;
      distinct.set(key, value);
    }
    for (const value of distinct.values()) {
      for (const schema of SCHEMAS) {
        compared++;
        if (compare(schema, value, 'corpus') !== 'unknown') decided++;
      }
    }
    // most values are decided without zod (else the pre-check would be dead weight)
    assert.ok(decided / compared > 0.5, `decided ${decided} of ${compared}`);
  });

  it('decides the step values of the corpus without zod', () => {
    let decided = 0;
    let total = 0;
    for (const d of data) {
      const steps = (d as { steps?: unknown } | undefined)?.steps;
      if (!steps || typeof steps !== 'object') continue;
      for (const step of Object.values(steps)) {
        if (!step || typeof step !== 'object') continue;
        for (const [key, value] of Object.entries(step)) {
          const schema = (StepShape as Record<string, z.ZodType>)[key];
          if (!schema) continue;
          total++;
          if (compare(schema, value, `step.${key}`) !== 'unknown') decided++;
        }
      }
    }
    assert.ok(total > 500 && decided === total, `decided ${decided} of ${total}`);
  });

  it('gives zod\'s exact data and validity on fuzzed values (deterministic, 40,000 cases)', () => {
    const rand = rng(2024);
    const realObjects = data.flatMap((d) => subValues(d)).filter((v) => v && typeof v === 'object' && !Array.isArray(v));
    for (let i = 0; i < 20_000; i++) {
      const schema = SCHEMAS[Math.floor(rand() * SCHEMAS.length)];
      compare(schema, randomValue(rand, 4), `fuzz ${i}`);
      const base = realObjects[Math.floor(rand() * realObjects.length)];
      for (const m of mutations(base, rand, 1)) compare(schema, m, `mutation ${i}`);
    }
  });
});

// ---------------------------------------------------------------------------------------
// Whole models: the builder against a zod-only reference (the builder as it was before the
// pre-check: every key through `safeParse`, `steps` validated as a record then step by step).

function referenceShape(shape: Record<string, z.ZodType>, raw: unknown, base: Path, issues: ShapeIssue[], rule: string, strict: boolean, required: readonly string[] = []): Record<string, unknown> | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const probe: ShapeIssue[] = [];
    validateShape(shape, raw, base, probe, rule, { strict }); // the "not a mapping" issue, as the builder words it
    issues.push(...probe);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!Object.prototype.hasOwnProperty.call(shape, key)) {
      if (strict) validateShape(shape, { [key]: value }, base, issues, rule, { strict }); // the unknown-key issue
      else out[key] = value;
      continue;
    }
    const res = shape[key].safeParse(value);
    if (res.success) out[key] = res.data;
    else pushZodIssues(res.error, [...base, key], key, value, issues, rule);
  }
  for (const req of required) if (!(req in (raw as object))) issues.push({ rule, path: base, target: 'auto', message: { en: 'Missing required key "{key}".', fr: 'Clé obligatoire « {key} » manquante.' }, data: { key: req } });
  return out;
}

function referenceFlow(data: unknown): { top: Record<string, unknown>; steps: [string, unknown][]; issues: ShapeIssue[] } {
  const issues: ShapeIssue[] = [];
  const top = referenceShape(FlowShape, data, [], issues, 'flow/schema', true, ['flow', 'steps']) ?? {};
  const rawSteps = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>).steps : undefined;
  const steps: [string, unknown][] = [];
  if (rawSteps !== undefined && rawSteps !== null && typeof rawSteps === 'object' && !Array.isArray(rawSteps)) {
    for (let i = issues.length - 1; i >= 0; i--) if (issues[i].path[0] === 'steps' && issues[i].path.length > 1) issues.splice(i, 1);
    for (const [id, raw] of Object.entries(rawSteps as Record<string, unknown>)) steps.push([id, referenceShape(StepShape, raw ?? {}, ['steps', id], issues, 'flow/schema', true) ?? {}]);
  }
  return { top, steps, issues };
}

function modelView(m: FlowModel): string {
  return render({ id: m.id, language: m.language, trigger: m.trigger, automated: m.automated, optIn: m.optIn, description: m.description, escalation: m.escalation, global: m.global, start: m.start, steps: [...m.steps], issues: m.issues });
}

function referenceView(data: unknown): string {
  const r = referenceFlow(data);
  const top = r.top as Record<string, unknown> & { flow?: unknown; trigger?: unknown; automated?: unknown; start?: unknown };
  return render({
    id: typeof top.flow === 'string' ? top.flow : '',
    language: top.language,
    trigger: top.trigger ?? 'user',
    automated: top.automated ?? true,
    optIn: top.opt_in,
    description: top.description,
    escalation: top.escalation ?? [],
    global: top.global ?? [],
    start: typeof top.start === 'string' ? top.start : r.steps[0]?.[0],
    steps: r.steps,
    issues: r.issues,
  });
}

describe('flow model with the pre-check = zod-only reference', () => {
  const flows = corpusData().filter((d) => d && typeof d === 'object' && 'steps' in (d as object));

  it('on the corpus flows', () => {
    assert.ok(flows.length > 20);
    for (const d of flows) assert.equal(modelView(buildFlowModel(d, { reusable: false })), referenceView(d));
  });

  it('on fuzzed flows (deterministic, 3,000 cases): bad steps, bad top-level keys, steps that are not a mapping', () => {
    const rand = rng(77);
    for (let i = 0; i < 3000; i++) {
      const base = flows[Math.floor(rand() * flows.length)] as Record<string, unknown>;
      const flow: Record<string, unknown> = { ...base };
      const op = rand();
      if (op < 0.15) flow.steps = randomValue(rand, 2, true);
      else if (op < 0.3) flow[KEYS[Math.floor(rand() * KEYS.length)]] = randomValue(rand, 3, true);
      else {
        const steps: Record<string, unknown> = { ...(base.steps as Record<string, unknown>) };
        const ids = Object.keys(steps);
        for (let k = 0; k < 3; k++) {
          const id = ids[Math.floor(rand() * ids.length)];
          steps[id] = rand() < 0.2 ? randomValue(rand, 3, true) : mutations(steps[id], rand, 1, true)[0] ?? randomValue(rand, 2, true);
        }
        flow.steps = steps;
      }
      assert.equal(modelView(buildFlowModel(flow, { reusable: false })), referenceView(flow), `case ${i}`);
    }
  });

  it('a step key named like an Object.prototype member is an unknown key, not a crash', () => {
    const m = buildFlowModel({ flow: 'f', steps: { a: { say: 'hi', toString: 'x', constructor: 1 } } });
    assert.deepEqual(m.issues.map((i) => `${i.rule} ${i.path.join('.')}`), ['flow/unknown-key steps.a.toString', 'flow/unknown-key steps.a.constructor']);
    assert.equal(m.steps.get('a')?.say, 'hi');
  });

  it('a mapping with `toString` / `valueOf` keys where an enum value is expected is reported, not a crash', () => {
    const f = analyzeFile('a.flow.yaml', 'flow: a\ntrigger: { toString: x }\nsteps:\n  s:\n    expect: { valueOf: 1 }\n');
    assert.deepEqual(f.flow!.issues.map((i) => `${i.path.join('.')} ${String(i.data.value)}`), ['trigger [object Object]', 'steps.s.expect [object Object]']);
  });
});
