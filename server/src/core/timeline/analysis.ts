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
  for (const e of flow.out.get(id) ?? []) {
    if (!flow.steps.has(e.to)) continue;
    if (e.via === 'timeout') out.push({ from: id, to: e.to, via: e.via, reset: false, adds: timeoutSeconds(step), label: e.label });
    else if (e.via === 'error') out.push({ from: id, to: e.to, via: e.via, reset: false, adds: 0, label: e.label });
    else out.push({ from: id, to: e.to, via: e.via, reset: interactive, adds: 0, label: e.label });
  }
  if (interactive) {
    for (const g of globalTargets(flow)) out.push({ from: id, to: g.next, via: 'global', reset: true, adds: 0, label: g.label });
  }
  return out;
}

type Pred =
  | { kind: 'start' }
  | { kind: 'edge'; edge: WindowEdge }
  | { kind: 'none' };

export function analyzeWindow(flow: FlowModel, facts: Facts): WindowAnalysis {
  void facts; // the analysis is in seconds; rules compare with facts.serviceWindowHours
  const timing = new Map<string, StepTiming>();
  const firstOutbound = new Set<string>();
  const empty: WindowAnalysis = { timing, firstOutbound, pathTo: () => [], loopOf: () => undefined };
  const start = flow.start;
  if (!start || !flow.steps.has(start)) return empty;

  // 1. Reachable steps and their edges (one traversal).
  const ids: string[] = [];
  const index = new Map<string, number>();
  const edges: WindowEdge[][] = [];
  const stack = [start];
  while (stack.length) {
    const id = stack.pop()!;
    if (index.has(id)) continue;
    index.set(id, ids.length);
    ids.push(id);
    const es = windowEdges(flow, id);
    edges.push(es);
    for (const e of es) if (!index.has(e.to)) stack.push(e.to);
  }
  const n = ids.length;
  const wait = ids.map((id) => waitSeconds(flow.steps.get(id)));

  // 2. Seeds: the start, and every target of an answer edge.
  const value = new Array<number>(n).fill(-Infinity);
  const reason = new Array<DelayReason>(n).fill('bounded');
  const pred = new Array<Pred>(n).fill({ kind: 'none' });
  const startIdx = index.get(start)!;
  const offer = (to: number, v: number, r: DelayReason, p: Pred): void => {
    if (v > value[to]) {
      value[to] = v;
      reason[to] = r;
      pred[to] = p;
    }
  };
  offer(startIdx, (flow.trigger === 'business' ? Infinity : 0) + wait[startIdx], flow.trigger === 'business' ? 'noUserMessage' : 'bounded', { kind: 'start' });
  for (let i = 0; i < n; i++) for (const e of edges[i]) if (e.reset) offer(index.get(e.to)!, wait[index.get(e.to)!], 'bounded', { kind: 'edge', edge: e });

  // 3. SCCs of the non-reset subgraph (iterative Tarjan; components come out in reverse topological order).
  const comp = new Array<number>(n).fill(-1);
  const comps: number[][] = [];
  {
    const low = new Array<number>(n).fill(0);
    const num = new Array<number>(n).fill(-1);
    const onStack = new Array<boolean>(n).fill(false);
    const sstack: number[] = [];
    let counter = 0;
    for (let root = 0; root < n; root++) {
      if (num[root] !== -1) continue;
      const call: { v: number; i: number }[] = [{ v: root, i: 0 }];
      num[root] = low[root] = counter++;
      sstack.push(root);
      onStack[root] = true;
      while (call.length) {
        const frame = call[call.length - 1];
        const es = edges[frame.v];
        if (frame.i < es.length) {
          const e = es[frame.i++];
          if (e.reset) continue;
          const w = index.get(e.to)!;
          if (num[w] === -1) {
            num[w] = low[w] = counter++;
            sstack.push(w);
            onStack[w] = true;
            call.push({ v: w, i: 0 });
          } else if (onStack[w]) low[frame.v] = Math.min(low[frame.v], num[w]);
        } else {
          call.pop();
          if (call.length) low[call[call.length - 1].v] = Math.min(low[call[call.length - 1].v], low[frame.v]);
          if (low[frame.v] === num[frame.v]) {
            const c: number[] = [];
            let w: number;
            do {
              w = sstack.pop()!;
              onStack[w] = false;
              comp[w] = comps.length;
              c.push(w);
            } while (w !== frame.v);
            comps.push(c);
          }
        }
      }
    }
  }

  // 4. One pass in topological order (reverse of Tarjan's output).
  const loopComp = new Array<boolean>(comps.length).fill(false);
  for (let ci = comps.length - 1; ci >= 0; ci--) {
    const members = comps[ci];
    // Does the component hold a cycle that adds time (a wait or a timeout, no user answer)?
    let positive = false;
    for (const v of members) {
      for (const e of edges[v]) {
        if (e.reset) continue;
        const w = index.get(e.to)!;
        if (comp[w] === ci && (e.adds > 0 || wait[w] > 0)) positive = true;
      }
    }
    loopComp[ci] = positive;
    // Best entry into the component.
    let best = members[0];
    for (const v of members) if (value[v] > value[best]) best = v;
    if (members.length > 1 || positive) {
      // Inside a cycle without resets: zero-weight cycles keep the entry value, positive ones grow without bound.
      const v0 = positive ? Infinity : value[best];
      const r0: DelayReason = positive ? 'loop' : reason[best];
      // BFS from the best entry inside the component to give every member a predecessor.
      const seen = new Set<number>([best]);
      const queue = [best];
      if (positive) {
        value[best] = Infinity;
        reason[best] = 'loop';
      }
      while (queue.length) {
        const v = queue.shift()!;
        for (const e of edges[v]) {
          if (e.reset) continue;
          const w = index.get(e.to)!;
          if (comp[w] !== ci || seen.has(w)) continue;
          seen.add(w);
          value[w] = v0;
          reason[w] = r0;
          pred[w] = { kind: 'edge', edge: e };
          queue.push(w);
        }
      }
    }
    // Relax the edges leaving the component.
    for (const v of members) {
      for (const e of edges[v]) {
        if (e.reset) continue;
        const w = index.get(e.to)!;
        if (comp[w] === ci) continue;
        offer(w, value[v] + e.adds + wait[w], reason[v], { kind: 'edge', edge: e });
      }
    }
  }

  for (let i = 0; i < n; i++) timing.set(ids[i], { step: ids[i], sinceUser: value[i], reason: value[i] === Infinity ? reason[i] : 'bounded' });

  // 5. First outbound messages: from the start, stop at the first step that sends.
  {
    const seen = new Set<string>();
    const queue = [start];
    while (queue.length) {
      const id = queue.shift()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const step = flow.steps.get(id)!;
      if (sendsMessage(step)) {
        firstOutbound.add(id);
        continue;
      }
      for (const e of edges[index.get(id)!]) queue.push(e.to);
    }
  }

  const pathTo = (step: string): PathHop[] => {
    const i0 = index.get(step);
    if (i0 === undefined) return [];
    const hops: PathHop[] = [];
    const visited = new Set<number>();
    let i: number | undefined = i0;
    while (i !== undefined && !visited.has(i)) {
      visited.add(i);
      const p: Pred = pred[i];
      if (p.kind === 'edge') {
        hops.push({ step: ids[i], edge: p.edge, wait: wait[i] });
        if (p.edge.reset) {
          // the path starts at the user's answer: show the step that asked
          const from = index.get(p.edge.from)!;
          hops.push({ step: ids[from], wait: 0 });
          break;
        }
        i = index.get(p.edge.from);
      } else {
        hops.push({ step: ids[i], wait: wait[i] });
        break;
      }
    }
    return hops.reverse();
  };
  const loopOf = (step: string): string[] | undefined => {
    const i = index.get(step);
    if (i === undefined || value[i] !== Infinity || reason[i] !== 'loop') return undefined;
    // the first looping component on the worst path
    for (const hop of pathTo(step)) {
      const c = comp[index.get(hop.step)!];
      if (loopComp[c]) return comps[c].map((v) => ids[v]).sort((a, b) => index.get(a)! - index.get(b)!);
    }
    return undefined;
  };
  return { timing, firstOutbound, pathTo, loopOf };
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
