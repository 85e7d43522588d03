import type { Path } from '../parse/yamlFile';
import { FlowShape, StepShape, type Escalation, type GlobalIntent, type Step, type Trigger } from './flow';
import { validateShape, type ShapeIssue } from './validate';
import { memoTable } from '../util/memo';

/** How one step leads to another. */
export type EdgeVia = 'next' | 'button' | 'list' | 'timeout' | 'branch' | 'else' | 'error' | 'fallback';

export interface Edge {
  from: string;
  to: string;
  via: EdgeVia;
  /** Path of the reference in the file (for ranges, rename, go to definition). */
  path: Path;
  /** Button title / list row title / branch condition, for timelines and hovers. */
  label?: string;
}

/** A reference to a step id anywhere in the flow (edges, globals, escalation, start). */
export interface StepRef {
  id: string;
  path: Path;
  from?: string;
}

export interface FlowModel {
  kind: 'flow';
  id: string;
  language?: string;
  trigger: Trigger;
  automated: boolean;
  optIn?: string;
  description?: string;
  escalation: Escalation[];
  global: GlobalIntent[];
  /** Step ids in file order (first occurrence of duplicates). */
  stepOrder: string[];
  steps: Map<string, Step>;
  /** The start step id (explicit `start`, else the first step). */
  start?: string;
  /** Outgoing edges per step, in source order. */
  out: Map<string, Edge[]>;
  /** Every step reference of the file, including those to missing steps. */
  refs: StepRef[];
  issues: ShapeIssue[];
}

export function stepPath(id: string): Path {
  return ['steps', id];
}

/**
 * Steps that wait for the user's input (the user can type at them). A template step
 * waits too when it routes the template's quick replies (`buttons`) or an answer
 * (`expect`, `save`, `timeout`, `on_timeout`).
 */
export function isInteractive(step: Step): boolean {
  if (step.ask !== undefined || step.list !== undefined || step.ai !== undefined) return true;
  if (step.buttons !== undefined) return true;
  return step.template !== undefined && (step.expect !== undefined || step.save !== undefined || step.timeout !== undefined || step.on_timeout !== undefined);
}

/**
 * Steps that send a free-form (non-template) message. On a template step, `buttons`
 * route the template's own quick replies: the message sent is the template.
 */
export function sendsFreeForm(step: Step): boolean {
  if (step.say !== undefined || step.ask !== undefined || step.list !== undefined || step.media !== undefined || step.ai !== undefined) return true;
  return step.buttons !== undefined && step.template === undefined;
}

/**
 * Build the typed flow model from plain data. Never throws.
 * `reusable`: the data may come back, in part, in a later version's data (segmented
 * parsing hands back the same step objects for unchanged steps): validated steps are
 * then remembered by step object. Data parsed in one piece is never handed back, so
 * remembering its steps would only cost time and memory.
 */
export function buildFlowModel(data: unknown, options: { reusable?: boolean } = {}): FlowModel {
  const reusable = options.reusable ?? true;
  const issues: ShapeIssue[] = [];
  // `steps` is validated step by step so one bad step does not hide the others.
  const rawSteps = (data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>).steps : undefined);
  // zod's record check of a plain mapping of steps only finds problems inside the steps,
  // found again below one step at a time (and dropped from its answer): only another value,
  // or a step that is `undefined` (reported on `steps` itself), needs zod here.
  const stepsByStep = isPlainMapping(rawSteps) && !hasUndefinedValue(rawSteps as Record<string, unknown>);
  const top = validateShape(FlowShape, data, [], issues, 'flow/schema', { strict: true, required: ['flow', 'steps'], skip: stepsByStep ? 'steps' : undefined }) ?? {};
  const steps = new Map<string, Step>();
  const stepOrder: string[] = [];
  if (rawSteps !== undefined) {
    if (rawSteps === null || typeof rawSteps !== 'object' || Array.isArray(rawSteps)) {
      // reported by validateShape through the record schema
    } else {
      // drop the record-level issues: we re-validate each step precisely
      if (!stepsByStep) for (let i = issues.length - 1; i >= 0; i--) if (issues[i].path[0] === 'steps' && issues[i].path.length > 1) issues.splice(i, 1);
      const record = rawSteps as Record<string, unknown>;
      const ids = Object.keys(record);
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        steps.set(id, validateStep(id, record[id], issues, reusable));
        stepOrder.push(id);
      }
    }
  }
  const start = typeof top.start === 'string' ? top.start : stepOrder[0];
  const out = new Map<string, Edge[]>();
  const refs: StepRef[] = [];
  for (const id of stepOrder) {
    const edges = stepEdges(id, steps.get(id)!);
    out.set(id, edges);
    for (const e of edges) refs.push({ id: e.to, path: e.path, from: id });
  }
  const global = (top.global ?? []) as GlobalIntent[];
  global.forEach((g, i) => {
    if (typeof g.next === 'string') refs.push({ id: g.next, path: ['global', i, 'next'] });
  });
  const escalation = (top.escalation ?? []) as Escalation[];
  escalation.forEach((e, i) => {
    if (typeof e.step === 'string') refs.push({ id: e.step, path: ['escalation', i, 'step'] });
  });
  if (typeof top.start === 'string') refs.push({ id: top.start, path: ['start'] });
  return {
    kind: 'flow',
    id: typeof top.flow === 'string' ? top.flow : '',
    language: top.language,
    trigger: top.trigger ?? 'user',
    automated: top.automated ?? true,
    optIn: top.opt_in,
    description: top.description,
    escalation,
    global,
    stepOrder,
    steps,
    start,
    out,
    refs,
    issues,
  };
}

/** An object zod's record schema accepts as a record (see zod's `isPlainObject`): what YAML and JSON give for a mapping. */
function isPlainMapping(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  const ctor = (v as { constructor?: unknown }).constructor;
  return typeof ctor !== 'function' || ctor === Object;
}

/** Does the mapping hold a key whose value is `undefined` (never in parsed YAML or JSON)? */
function hasUndefinedValue(record: Record<string, unknown>): boolean {
  for (const key in record) if (record[key] === undefined && Object.prototype.hasOwnProperty.call(record, key)) return true;
  return false;
}

/**
 * Validated steps by raw step object: the segmented parser hands back the same
 * data object for a step whose text did not change, so it is not validated again.
 */
const stepCache = new WeakMap<object, { id: string; step: Step; issues: ShapeIssue[] }>();

function validateStep(id: string, raw: unknown, issues: ShapeIssue[], reusable: boolean): Step {
  const cacheable = reusable && raw !== null && typeof raw === 'object';
  if (cacheable) {
    const hit = stepCache.get(raw as object);
    if (hit && hit.id === id) {
      for (const i of hit.issues) issues.push(i);
      return hit.step;
    }
  }
  if (!cacheable) return (validateShape(StepShape, raw ?? {}, ['steps', id], issues, 'flow/schema', { strict: true }) ?? {}) as Step;
  const own: ShapeIssue[] = [];
  const step = (validateShape(StepShape, raw ?? {}, ['steps', id], own, 'flow/schema', { strict: true }) ?? {}) as Step;
  stepCache.set(raw as object, { id, step, issues: own });
  for (const i of own) issues.push(i);
  return step;
}

/** The edges a step declares, in source order. */
export function stepEdges(id: string, step: Step): Edge[] {
  const edges: Edge[] = [];
  const buttons = step.buttons;
  if (buttons) {
    for (let i = 0; i < buttons.length; i++) {
      const b = buttons[i];
      if (typeof b.next === 'string') edges.push({ from: id, to: b.next, via: 'button', path: ['steps', id, 'buttons', i, 'next'], label: b.title });
    }
  }
  const sections = step.list?.sections;
  if (sections) {
    for (let si = 0; si < sections.length; si++) {
      const rows = sections[si].rows;
      if (!rows) continue;
      for (let ri = 0; ri < rows.length; ri++) {
        const r = rows[ri];
        if (typeof r.next === 'string') edges.push({ from: id, to: r.next, via: 'list', path: ['steps', id, 'list', 'sections', si, 'rows', ri, 'next'], label: r.title });
      }
    }
  }
  const branch = step.branch;
  if (branch) {
    for (let i = 0; i < branch.length; i++) {
      const c = branch[i];
      if ('if' in c) edges.push({ from: id, to: c.next, via: 'branch', path: ['steps', id, 'branch', i, 'next'], label: c.if });
      else edges.push({ from: id, to: c.else, via: 'else', path: ['steps', id, 'branch', i, 'else'], label: 'else' });
    }
  }
  if (typeof step.next === 'string') edges.push({ from: id, to: step.next, via: 'next', path: ['steps', id, 'next'] });
  if (typeof step.on_timeout === 'string') edges.push({ from: id, to: step.on_timeout, via: 'timeout', path: ['steps', id, 'on_timeout'] });
  if (step.call && typeof step.call === 'object' && typeof step.call.on_error === 'string') edges.push({ from: id, to: step.call.on_error, via: 'error', path: ['steps', id, 'call', 'on_error'] });
  if (step.ai && typeof step.ai === 'object' && typeof step.ai.fallback === 'string') edges.push({ from: id, to: step.ai.fallback, via: 'fallback', path: ['steps', id, 'ai', 'fallback'] });
  return edges;
}

/** Steps reachable from one step, per flow model, with and without global intents. */
const reachMemo = memoTable<FlowModel, { withGlobals: Map<string, Set<string>>; without: Map<string, Set<string>> }>();

/**
 * Steps reachable from `from` through declared edges (and global intents when `withGlobals`).
 * From a single step the answer is memoized per flow model (several rules ask the same
 * question on each keystroke): the returned set must not be modified.
 */
export function reachableFrom(flow: FlowModel, from: string[], withGlobals = true): Set<string> {
  if (from.length !== 1) return computeReachable(flow, from, withGlobals);
  let memo = reachMemo.get(flow);
  if (!memo) reachMemo.set(flow, (memo = { withGlobals: new Map(), without: new Map() }));
  const table = withGlobals ? memo.withGlobals : memo.without;
  let hit = table.get(from[0]);
  if (!hit) table.set(from[0], (hit = computeReachable(flow, from, withGlobals)));
  return hit;
}

function computeReachable(flow: FlowModel, from: string[], withGlobals: boolean): Set<string> {
  const seen = new Set<string>();
  const stack: string[] = [];
  for (let i = 0; i < from.length; i++) if (flow.steps.has(from[i])) stack.push(from[i]);
  // global intents are typed at the first interactive step reached, and lead everywhere they point
  let globalsAdded = !withGlobals;
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const edges = flow.out.get(id);
    if (edges) {
      for (let k = 0; k < edges.length; k++) {
        const to = edges[k].to;
        if (!seen.has(to) && flow.steps.has(to)) stack.push(to);
      }
    }
    if (!globalsAdded && isInteractive(flow.steps.get(id)!)) {
      globalsAdded = true;
      for (const g of flow.global) if (flow.steps.has(g.next) && !seen.has(g.next)) stack.push(g.next);
    }
  }
  return seen;
}
