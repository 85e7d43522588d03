import type { Facts } from '../facts';
import type { Step } from '../model/flow';
import { isInteractive, sendsFreeForm, type EdgeVia, type FlowModel } from '../model/flowModel';
import { HOUR, parseDuration } from '../model/duration';
import type { Locale } from '../i18n';
import { memoTable } from '../util/memo';

/**
 * The worst-case "time since the user's last message" at every step of a flow.
 *
 * Model (docs/timeline.md):
 * - the service window opens and resets on each user message; business messages never reset it;
 * - trigger `user` / `ad`: the user's message opens the flow at t = 0; trigger `business`:
 *   no user message yet, so the time since the last one is infinite until the user replies;
 * - an interactive step (ask, buttons, list, ai) waits for the user: each answer edge starts
 *   again from 0; its `on_timeout` edge is taken when the user does not answer and adds the
 *   `timeout` duration; `wait:` adds its duration (before the step's own message);
 * - a cycle that adds time and contains no user answer is unbounded (Infinity).
 *
 * The computation is a longest path over the graph where answer edges are constant 0
 * (seeds) and the other edges add non-negative weights: strongly connected components of
 * the non-reset subgraph (iterative Tarjan), then one pass in topological order. O(V + E).
 */

export type HopVia = EdgeVia | 'global';

/** One edge as the window model sees it. */
export interface WindowEdge {
  from: string;
  to: string;
  via: HopVia;
  /** The user answered: the time since the user's last message starts again from 0. */
  reset: boolean;
  /** Seconds added by the edge itself (the timeout of an `on_timeout` edge). */
  adds: number;
  label?: string;
}

export interface PathHop {
  step: string;
  /** The edge that led here (undefined for the first hop). */
  edge?: WindowEdge;
  /** Seconds of `wait:` in this step. */
  wait: number;
}

export type DelayReason = 'bounded' | 'loop' | 'noUserMessage';

export interface StepTiming {
  step: string;
  /** Worst-case seconds since the user's last message when this step's message is sent. */
  sinceUser: number;
  reason: DelayReason;
}

export interface WindowAnalysis {
  /** Timing of every step reachable from the start. */
  timing: Map<string, StepTiming>;
  /** Outbound steps that can be the first message the business sends. */
  firstOutbound: Set<string>;
  /** The path that gives the worst case (from the user's last message, or from the start). */
  pathTo(step: string): PathHop[];
  /** For a step whose delay is unbounded by a loop: the steps of that loop. */
  loopOf(step: string): string[] | undefined;
}

export function waitSeconds(step: Step | undefined): number {
  return step ? parseDuration(step.wait) ?? 0 : 0;
}

export function timeoutSeconds(step: Step | undefined): number {
  return step ? parseDuration(step.timeout) ?? 0 : 0;
}

/** Does the step send a message to the user (free-form or template)? */
export function sendsMessage(step: Step): boolean {
  return sendsFreeForm(step) || typeof step.template === 'string';
}

export function windowSeconds(facts: Facts): number {
  return facts.serviceWindowHours * HOUR;
}

/** A free-form message is allowed while the window is open: strictly less than its length. */
export function freeFormAllowed(sinceUser: number, facts: Facts): boolean {
  return sinceUser < windowSeconds(facts);
}

/**
 * Does the step wait for the user's answer? The interactive steps (ask, buttons, list, ai),
 * and a template step that declares how its answer is handled (`expect`, `save`, `timeout`
 * or `on_timeout`): the usual re-engagement template whose reply reopens the window.
 */
export function waitsForUser(step: Step): boolean {
  if (isInteractive(step)) return true;
  return typeof step.template === 'string' && (step.expect !== undefined || step.save !== undefined || step.timeout !== undefined || step.on_timeout !== undefined);
}

const globalsMemo = memoTable<FlowModel, { next: string; label: string }[]>();

/** Global intents that lead to an existing step, with their labels (once per flow). */
function globalTargets(flow: FlowModel): { next: string; label: string }[] {
  let list = globalsMemo.get(flow);
  if (!list) {
    list = flow.global.filter((g) => typeof g.next === 'string' && flow.steps.has(g.next)).map((g) => ({ next: g.next, label: (g.match ?? []).join(', ') }));
    globalsMemo.set(flow, list);
  }
  return list;
}

/** The edges leaving a step, classified for the window model (globals included). */
export function windowEdges(flow: FlowModel, id: string): WindowEdge[] {
  const step = flow.steps.get(id);
  if (!step) return [];
  const interactive = waitsForUser(step);
  const out: WindowEdge[] = [];
  const declared = flow.out.get(id);
  if (declared) {
    for (let k = 0; k < declared.length; k++) {
      const e = declared[k];
      if (!flow.steps.has(e.to)) continue;
      if (e.via === 'timeout') out.push({ from: id, to: e.to, via: e.via, reset: false, adds: timeoutSeconds(step), label: e.label });
      else if (e.via === 'error') out.push({ from: id, to: e.to, via: e.via, reset: false, adds: 0, label: e.label });
      else out.push({ from: id, to: e.to, via: e.via, reset: interactive, adds: 0, label: e.label });
    }
  }
  if (interactive) {
    const globals = globalTargets(flow);
    for (let k = 0; k < globals.length; k++) out.push({ from: id, to: globals[k].next, via: 'global', reset: true, adds: 0, label: globals[k].label });
  }
  return out;
}

/**
 * The graph of the steps reachable from the start, by index (depth-first discovery order):
 * edges (targets as indices too) and `wait:` seconds.
 */
interface WindowGraph {
  ids: string[];
  index: Map<string, number>;
  edges: WindowEdge[][];
  /** Per step, the index of each edge's target. */
  targets: number[][];
  wait: number[];
}

function reachableGraph(flow: FlowModel, start: string): WindowGraph {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const edges: WindowEdge[][] = [];
  const wait: number[] = [];
  const stack = [start];
  while (stack.length) {
    const id = stack.pop()!;
    if (index.has(id)) continue;
    index.set(id, ids.length);
    ids.push(id);
    const es = windowEdges(flow, id);
    edges.push(es);
    wait.push(waitSeconds(flow.steps.get(id)));
    for (let k = 0; k < es.length; k++) if (!index.has(es[k].to)) stack.push(es[k].to);
  }
  const targets: number[][] = [];
  for (let i = 0; i < edges.length; i++) {
    const es = edges[i];
    const t: number[] = [];
    for (let k = 0; k < es.length; k++) t.push(index.get(es[k].to)!);
    targets.push(t);
  }
  return { ids, index, edges, targets, wait };
}

/** Worst-case value per step, with its reason and the edge it came through (undefined: the start, or none). */
interface Longest {
  value: number[];
  reason: DelayReason[];
  pred: (WindowEdge | undefined)[];
}

function offer(l: Longest, to: number, v: number, r: DelayReason, p: WindowEdge | undefined): void {
  if (v > l.value[to]) {
    l.value[to] = v;
    l.reason[to] = r;
    l.pred[to] = p;
  }
}

/** Seeds: the start, and every target of an answer edge. */
function seeds(g: WindowGraph, startIdx: number, business: boolean): Longest {
  const n = g.ids.length;
  const l: Longest = { value: new Array<number>(n).fill(-Infinity), reason: new Array<DelayReason>(n).fill('bounded'), pred: new Array<WindowEdge | undefined>(n).fill(undefined) };
  offer(l, startIdx, (business ? Infinity : 0) + g.wait[startIdx], business ? 'noUserMessage' : 'bounded', undefined);
  for (let i = 0; i < n; i++) {
    const es = g.edges[i];
    const ts = g.targets[i];
    for (let k = 0; k < es.length; k++) if (es[k].reset) offer(l, ts[k], g.wait[ts[k]], 'bounded', es[k]);
  }
  return l;
}

/** Strongly connected components of the non-reset subgraph (iterative Tarjan: reverse topological order). */
interface Components {
  comp: number[];
  comps: number[][];
}

function components(g: WindowGraph): Components {
  const n = g.ids.length;
  const comp = new Array<number>(n).fill(-1);
  const comps: number[][] = [];
  const low = new Array<number>(n).fill(0);
  const num = new Array<number>(n).fill(-1);
  const onStack = new Array<boolean>(n).fill(false);
  const sstack: number[] = [];
  // the call stack of the recursive formulation: vertex and next edge to look at
  const callV: number[] = [];
  const callI: number[] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (num[root] !== -1) continue;
    callV.push(root);
    callI.push(0);
    num[root] = low[root] = counter++;
    sstack.push(root);
    onStack[root] = true;
    while (callV.length) {
      const top = callV.length - 1;
      const v = callV[top];
      const es = g.edges[v];
      const i = callI[top];
      if (i < es.length) {
        callI[top] = i + 1;
        if (es[i].reset) continue;
        const w = g.targets[v][i];
        if (num[w] === -1) {
          num[w] = low[w] = counter++;
          sstack.push(w);
          onStack[w] = true;
          callV.push(w);
          callI.push(0);
        } else if (onStack[w]) low[v] = Math.min(low[v], num[w]);
      } else {
        callV.pop();
        callI.pop();
        if (callV.length) {
          const parent = callV[callV.length - 1];
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] === num[v]) {
          const c: number[] = [];
          let w: number;
          do {
            w = sstack.pop()!;
            onStack[w] = false;
            comp[w] = comps.length;
            c.push(w);
          } while (w !== v);
          comps.push(c);
        }
      }
    }
  }
  return { comp, comps };
}

/** Does component `ci` hold a cycle that adds time (a wait or a timeout, no user answer)? */
function addsTime(g: WindowGraph, cc: Components, ci: number): boolean {
  const members = cc.comps[ci];
  for (let m = 0; m < members.length; m++) {
    const v = members[m];
    const es = g.edges[v];
    const ts = g.targets[v];
    for (let k = 0; k < es.length; k++) {
      if (es[k].reset) continue;
      const w = ts[k];
      if (cc.comp[w] === ci && (es[k].adds > 0 || g.wait[w] > 0)) return true;
    }
  }
  return false;
}

/**
 * Inside a cycle without resets, from the best entry `best`: zero-weight cycles keep the
 * entry value, positive ones grow without bound. Breadth first, so every member gets a predecessor.
 */
function spreadInComponent(g: WindowGraph, cc: Components, l: Longest, ci: number, best: number, positive: boolean, seen: number[]): void {
  const v0 = positive ? Infinity : l.value[best];
  const r0: DelayReason = positive ? 'loop' : l.reason[best];
  if (positive) {
    l.value[best] = Infinity;
    l.reason[best] = 'loop';
  }
  seen[best] = ci;
  const queue = [best];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    const es = g.edges[v];
    const ts = g.targets[v];
    for (let k = 0; k < es.length; k++) {
      if (es[k].reset) continue;
      const w = ts[k];
      if (cc.comp[w] !== ci || seen[w] === ci) continue;
      seen[w] = ci;
      l.value[w] = v0;
      l.reason[w] = r0;
      l.pred[w] = es[k];
      queue.push(w);
    }
  }
}

/** One pass in topological order (reverse of Tarjan's output); returns which components loop. */
function propagate(g: WindowGraph, cc: Components, l: Longest): boolean[] {
  const loopComp = new Array<boolean>(cc.comps.length).fill(false);
  const seen = new Array<number>(g.ids.length).fill(-1);
  for (let ci = cc.comps.length - 1; ci >= 0; ci--) {
    const members = cc.comps[ci];
    const positive = addsTime(g, cc, ci);
    loopComp[ci] = positive;
    // Best entry into the component.
    let best = members[0];
    for (let m = 0; m < members.length; m++) if (l.value[members[m]] > l.value[best]) best = members[m];
    if (members.length > 1 || positive) spreadInComponent(g, cc, l, ci, best, positive, seen);
    // Relax the edges leaving the component.
    for (let m = 0; m < members.length; m++) {
      const v = members[m];
      const es = g.edges[v];
      const ts = g.targets[v];
      for (let k = 0; k < es.length; k++) {
        if (es[k].reset) continue;
        const w = ts[k];
        if (cc.comp[w] === ci) continue;
        offer(l, w, l.value[v] + es[k].adds + g.wait[w], l.reason[v], es[k]);
      }
    }
  }
  return loopComp;
}

/** First outbound messages: from the start, stop at the first step that sends. */
function firstOutboundSteps(flow: FlowModel, g: WindowGraph, start: string): Set<string> {
  const first = new Set<string>();
  const seen = new Set<string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    if (seen.has(id)) continue;
    seen.add(id);
    if (sendsMessage(flow.steps.get(id)!)) {
      first.add(id);
      continue;
    }
    const es = g.edges[g.index.get(id)!];
    for (let k = 0; k < es.length; k++) queue.push(es[k].to);
  }
  return first;
}

/** The result of `analyzeWindow`: the timings, and the paths and loops behind them on demand. */
class Analysis implements WindowAnalysis {
  constructor(
    readonly timing: Map<string, StepTiming>,
    readonly firstOutbound: Set<string>,
    private readonly g: WindowGraph,
    private readonly l: Longest,
    private readonly cc: Components,
    private readonly loopComp: boolean[],
  ) {}

  pathTo(step: string): PathHop[] {
    const { g, l } = this;
    const i0 = g.index.get(step);
    if (i0 === undefined) return [];
    const hops: PathHop[] = [];
    const visited = new Set<number>();
    let i: number | undefined = i0;
    while (i !== undefined && !visited.has(i)) {
      visited.add(i);
      const edge = l.pred[i];
      if (edge) {
        hops.push({ step: g.ids[i], edge, wait: g.wait[i] });
        if (edge.reset) {
          // the path starts at the user's answer: show the step that asked
          const from = g.index.get(edge.from)!;
          hops.push({ step: g.ids[from], wait: 0 });
          break;
        }
        i = g.index.get(edge.from);
      } else {
        hops.push({ step: g.ids[i], wait: g.wait[i] });
        break;
      }
    }
    return hops.reverse();
  }

  loopOf(step: string): string[] | undefined {
    const { g, l, cc } = this;
    const i = g.index.get(step);
    if (i === undefined || l.value[i] !== Infinity || l.reason[i] !== 'loop') return undefined;
    // the first looping component on the worst path
    for (const hop of this.pathTo(step)) {
      const c = cc.comp[g.index.get(hop.step)!];
      if (this.loopComp[c]) return cc.comps[c].map((v) => g.ids[v]).sort((a, b) => g.index.get(a)! - g.index.get(b)!);
    }
    return undefined;
  }
}

export function analyzeWindow(flow: FlowModel, facts: Facts): WindowAnalysis {
  void facts; // the analysis is in seconds; rules compare with facts.serviceWindowHours
  const start = flow.start;
  if (!start || !flow.steps.has(start)) return { timing: new Map(), firstOutbound: new Set(), pathTo: () => [], loopOf: () => undefined };
  const g = reachableGraph(flow, start);
  const l = seeds(g, g.index.get(start)!, flow.trigger === 'business');
  const cc = components(g);
  const loopComp = propagate(g, cc, l);
  const timing = new Map<string, StepTiming>();
  for (let i = 0; i < g.ids.length; i++) timing.set(g.ids[i], { step: g.ids[i], sinceUser: l.value[i], reason: l.value[i] === Infinity ? l.reason[i] : 'bounded' });
  return new Analysis(timing, firstOutboundSteps(flow, g, start), g, l, cc, loopComp);
}

/** A delay as hours and minutes (`72h`, `23h 59m`, `45m`, `∞`): windows are counted in hours. */
export function formatDelay(seconds: number): string {
  if (!Number.isFinite(seconds)) return '∞';
  const total = Math.round(seconds);
  const h = Math.floor(total / HOUR);
  const m = Math.floor((total % HOUR) / 60);
  const s = total % 60;
  if (h && m) return `${h}h ${m}m`;
  if (h) return `${h}h`;
  if (m && s) return `${m}m ${s}s`;
  if (m) return `${m}m`;
  return `${s}s`;
}

const WORDS = {
  en: { reply: 'reply', timeout: 'timeout', wait: 'wait', start: 'start', more: '…' },
  fr: { reply: 'réponse', timeout: 'délai', wait: 'attente', start: 'début', more: '…' },
};

/** `ask_order → timeout 2h → later (wait 48h) → feedback`, shortened in the middle when long. */
export function formatPath(hops: PathHop[], locale: Locale = 'en', maxHops = 8): string {
  const w = WORDS[locale] ?? WORDS.en;
  const parts = hops.map((h, i) => {
    let s = '';
    if (i > 0 && h.edge) {
      if (h.edge.via === 'timeout') s += `${w.timeout} ${formatDelay(h.edge.adds)} → `;
      else if (h.edge.via === 'button' || h.edge.via === 'list') s += `[${h.edge.label ?? ''}] → `;
      else if (h.edge.via === 'global') s += `"${(h.edge.label ?? '').split(', ')[0]}" → `;
      else if (h.edge.reset) s += `${w.reply} → `;
    }
    s += h.step;
    if (h.wait > 0) s += ` (${w.wait} ${formatDelay(h.wait)})`;
    return s;
  });
  const shown = parts.length > maxHops ? [...parts.slice(0, 2), w.more, ...parts.slice(-(maxHops - 3))] : parts;
  return shown.join(' → ');
}
