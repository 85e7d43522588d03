import type { Facts } from '../facts';
import { format, type Locale, type Msg, type MsgData } from '../i18n';
import { HOUR, parseDuration } from '../model/duration';
import { sendsFreeForm, type FlowModel } from '../model/flowModel';
import type { Step } from '../model/flow';
import type { WorkspaceIndex } from '../workspace';
import { analyzeWindow, waitsForUser, formatDelay, formatPath, freeFormAllowed, sendsMessage, timeoutSeconds, waitSeconds, windowEdges, windowSeconds, type PathHop, type WindowAnalysis, type WindowEdge } from './analysis';
import { TIMELINE_NOTES, WINDOW_MESSAGES } from './messages';

export { analyzeWindow, waitsForUser, formatDelay, formatPath, freeFormAllowed, sendsMessage, windowEdges, windowSeconds, type WindowAnalysis, type WindowEdge, type PathHop, type StepTiming, type DelayReason } from './analysis';

/**
 * The conversation timeline of one path through a flow: the events, the
 * service-window (CSW) and free-entry-point (FEP) intervals, the price class of
 * every outbound message and its violations. Pure; the same window model as
 * the `window/*` rules (./analysis.ts), so preview and diagnostics agree.
 */

/** A choice at a decision step: button/list/branch index, `timeout`, `reply`, or a target step id. */
export type PathChoice = string | number;

export interface TimelineOptions {
  facts: Facts;
  /**
   * Choices, either in order (one per decision step met) or by step id.
   * Strings `step=choice` in the list are keyed choices too.
   */
  path?: PathChoice[] | Record<string, PathChoice>;
  /** Seconds (or a duration) the user takes to answer, by step id; default `defaultReplyDelay`. */
  userReplyDelays?: Record<string, number | string>;
  /** Seconds (or a duration) replacing a step's `wait:`. */
  waitOverrides?: Record<string, number | string>;
  /** Seconds the user takes to answer when not given (default 60). */
  defaultReplyDelay?: number;
  /** Absolute time of the flow's start (for display). */
  start?: Date;
  /** A step visited more often than this ends the path (default 3). */
  maxVisits?: number;
  locale?: Locale;
}

export type PriceClass = 'free-entry-point' | 'service' | 'utility-in-window' | 'marketing' | 'utility' | 'authentication' | 'unknown';

export interface TimelineIssue {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

interface Base {
  /** Seconds since the flow's start. */
  at: number;
  step?: string;
}

export type TimelineEvent =
  | (Base & { kind: 'user'; text: string; via: 'start' | 'reply' | 'button' | 'list' | 'global' | 'ad' })
  | (Base & {
      kind: 'message';
      step: string;
      form: 'free-form' | 'template';
      text: string;
      template?: { name: string; language?: string; category?: string; found: boolean };
      /** Seconds since the user's last message (Infinity before any). */
      sinceUser: number;
      cswOpen: boolean;
      fepOpen: boolean;
      allowed: boolean;
      priceClass: PriceClass;
      price?: number;
      violations: TimelineIssue[];
      hints: TimelineIssue[];
    })
  | (Base & { kind: 'wait'; step: string; duration: number })
  | (Base & { kind: 'timeout'; step: string; duration: number })
  | (Base & { kind: 'handoff'; step: string; to: string })
  | (Base & { kind: 'end'; reason: 'end' | 'dead-end' | 'waiting' | 'loop-guard' | 'opt-out'; note?: string });

export interface WindowInterval {
  kind: 'csw' | 'fep';
  start: number;
  end: number;
}

/** A step where the path could go several ways, with the way taken (for path pickers). */
export interface TimelineDecision {
  step: string;
  at: number;
  options: { choice: string | number; label: string; to: string; via: string }[];
  /** Index in `options` of the way taken. */
  chosen: number;
}

export interface TimelineModel {
  flow: string;
  trigger: FlowModel['trigger'];
  /** ISO date of t = 0 when a start date was given. */
  startIso?: string;
  locale: Locale;
  events: TimelineEvent[];
  windows: WindowInterval[];
  /** Last event time (seconds). */
  duration: number;
  currency: string;
  /** Sum of the estimated prices (messages with an unknown price count 0). */
  totalPrice: number;
  violations: TimelineIssue[];
  decisions: TimelineDecision[];
  notes: string[];
  facts: { serviceWindowHours: number; freeEntryPointHours: number };
}

function seconds(v: number | string | undefined): number | undefined {
  return v === undefined ? undefined : parseDuration(v);
}

function stepText(step: Step): string {
  if (typeof step.ask === 'string') return step.ask;
  if (typeof step.say === 'string') return step.say;
  if (step.list?.body) return step.list.body;
  if (step.media) return step.media.caption ?? `[${step.media.type}]`;
  if (step.ai !== undefined) return typeof step.ai === 'string' ? step.ai : step.ai.prompt ?? '[ai]';
  return '';
}

function isTerminal(step: Step): boolean {
  return step.end === true || step.opt_out === true;
}

export function buildTimeline(flow: FlowModel, workspace: WorkspaceIndex | undefined, options: TimelineOptions): TimelineModel {
  const { facts } = options;
  const locale = options.locale ?? 'en';
  const msg = (m: Msg, data?: MsgData) => format(m, locale, data);
  const W = windowSeconds(facts);
  const FEP = facts.freeEntryPointHours * HOUR;
  const maxVisits = options.maxVisits ?? 3;
  const defaultReply = options.defaultReplyDelay ?? 60;
  const events: TimelineEvent[] = [];
  const windows: WindowInterval[] = [];
  const notes: string[] = [];
  const violations: TimelineIssue[] = [];
  const decisions: TimelineDecision[] = [];
  const model: TimelineModel = {
    flow: flow.id,
    trigger: flow.trigger,
    startIso: options.start && !Number.isNaN(options.start.getTime()) ? options.start.toISOString() : undefined,
    locale,
    events,
    windows,
    duration: 0,
    currency: facts.prices.currency,
    totalPrice: 0,
    violations,
    decisions,
    notes,
    facts: { serviceWindowHours: facts.serviceWindowHours, freeEntryPointHours: facts.freeEntryPointHours },
  };
  if (!flow.start || !flow.steps.has(flow.start)) {
    notes.push(msg(TIMELINE_NOTES.missingStart));
    return model;
  }

  // Choices: ordered and keyed.
  const ordered: PathChoice[] = [];
  const keyed = new Map<string, PathChoice>();
  if (Array.isArray(options.path)) {
    for (const c of options.path) {
      const m = typeof c === 'string' ? /^([^=]+)=(.*)$/.exec(c) : null;
      if (m) keyed.set(m[1].trim(), m[2].trim());
      else ordered.push(c);
    }
  } else if (options.path) for (const [k, v] of Object.entries(options.path)) keyed.set(k, v);

  // Default guide: the worst-case path to the worst free-form step, so the preview shows the problem.
  const analysis = analyzeWindow(flow, facts);
  const guide = defaultGuide(flow, analysis, facts);

  let clock = 0;
  let lastUser: number | undefined;
  let fep: WindowInterval | undefined;
  let outboundCount = 0;
  const userMessage = (at: number) => {
    lastUser = at;
    const last = windows.filter((w) => w.kind === 'csw').pop();
    if (last && at <= last.end) last.end = at + W;
    else windows.push({ kind: 'csw', start: at, end: at + W });
  };
  if (flow.trigger !== 'business') {
    events.push({ kind: 'user', at: 0, text: flow.trigger === 'ad' ? '(ad click)' : '(first message)', via: flow.trigger === 'ad' ? 'ad' : 'start' });
    userMessage(0);
  }

  const visits = new Map<string, number>();
  // the path since the user's last message (or since the start), for messages
  let hops: PathHop[] = [];
  let via: WindowEdge | undefined;
  let id: string | undefined = flow.start;
  let guard = 0;
  while (id !== undefined && guard++ < 10_000) {
    const step = flow.steps.get(id);
    if (!step) break;
    hops.push({ step: id, edge: via, wait: seconds(options.waitOverrides?.[id]) ?? waitSeconds(step) });
    const count = (visits.get(id) ?? 0) + 1;
    visits.set(id, count);
    if (count > maxVisits) {
      const note = msg(TIMELINE_NOTES.loopGuard, { id, count: count - 1 });
      notes.push(note);
      events.push({ kind: 'end', at: clock, step: id, reason: 'loop-guard', note });
      break;
    }
    // wait: before the step's own message
    const w = seconds(options.waitOverrides?.[id]) ?? waitSeconds(step);
    if (step.wait !== undefined || options.waitOverrides?.[id] !== undefined) {
      events.push({ kind: 'wait', at: clock, step: id, duration: w });
      clock += w;
    }
    if (sendsMessage(step)) {
      const ev = outbound(id, step);
      events.push(ev);
      outboundCount++;
    }
    if (step.handoff !== undefined) events.push({ kind: 'handoff', at: clock, step: id, to: step.handoff });
    if (isTerminal(step)) {
      events.push({ kind: 'end', at: clock, step: id, reason: step.opt_out ? 'opt-out' : 'end' });
      break;
    }
    const edges = windowEdges(flow, id);
    if (!edges.length) {
      events.push({ kind: 'end', at: clock, step: id, reason: waitsForUser(step) ? 'waiting' : step.handoff !== undefined ? 'end' : 'dead-end' });
      break;
    }
    const edge = choose(id, step, edges);
    if (edges.length > 1) decisions.push({ step: id, at: clock, options: edges.map(describeOption), chosen: edges.indexOf(edge) });
    if (edge.reset) {
      const delay = seconds(options.userReplyDelays?.[id]) ?? defaultReply;
      clock += delay;
      const via = edge.via === 'button' || edge.via === 'list' || edge.via === 'global' ? edge.via : 'reply';
      events.push({ kind: 'user', at: clock, step: id, text: edge.label ?? '', via });
      userMessage(clock);
      hops = [{ step: id, wait: 0 }];
    } else if (edge.via === 'timeout') {
      events.push({ kind: 'timeout', at: clock, step: id, duration: edge.adds });
      clock += edge.adds;
    }
    via = edge;
    id = edge.to;
  }
  model.duration = clock;
  for (const e of events) if (e.kind === 'message') violations.push(...e.violations);
  model.totalPrice = Math.round(events.reduce((s, e) => s + (e.kind === 'message' ? e.price ?? 0 : 0), 0) * 1e6) / 1e6;
  return model;

  function choose(stepId: string, step: Step, edges: WindowEdge[]): WindowEdge {
    const decision = edges.length > 1;
    let choice: PathChoice | undefined = keyed.get(stepId);
    if (choice === undefined && decision && ordered.length) choice = ordered.shift();
    if (choice !== undefined) {
      const picked = pick(edges, choice);
      if (picked) return picked;
      notes.push(msg(TIMELINE_NOTES.badChoice, { choice: String(choice), id: stepId }));
    }
    const g = guide.get(stepId);
    if (g) {
      const e = edges.find((x) => x.to === g.to && x.via === g.via);
      if (e) return e;
    }
    // Worst case: the user does not answer when that path exists.
    if (waitsForUser(step)) {
      const t = edges.find((e) => e.via === 'timeout');
      if (t) return t;
    }
    return edges[0];
  }

  function outbound(stepId: string, step: Step): TimelineEvent {
    const sinceUser = lastUser === undefined ? Infinity : clock - lastUser;
    const cswOpen = freeFormAllowed(sinceUser, facts);
    if (flow.trigger === 'ad' && !fep && outboundCount === 0 && cswOpen) {
      fep = { kind: 'fep', start: clock, end: clock + FEP };
      windows.push(fep);
    }
    const fepOpen = !!fep && clock >= fep.start && clock < fep.end;
    const v: TimelineIssue[] = [];
    const hints: TimelineIssue[] = [];
    const isTemplate = typeof step.template === 'string' && !sendsFreeForm(step);
    let priceClass: PriceClass;
    let price: number | undefined;
    let template: { name: string; language?: string; category?: string; found: boolean } | undefined;
    let text = stepText(step);
    if (isTemplate) {
      const name = step.template!;
      const language = step.language ?? flow.language;
      const entry = workspace?.findTemplate(name, language);
      const category = entry?.template.category;
      template = { name, language: entry?.template.language ?? language, category, found: !!entry };
      text = entry?.template.body?.text ?? '';
      if (!entry) notes.push(msg(TIMELINE_NOTES.missingTemplate, { name }));
      if (fepOpen) {
        priceClass = 'free-entry-point';
        price = 0;
      } else if (category === 'UTILITY' && cswOpen && facts.utilityFreeInWindow) {
        priceClass = 'utility-in-window';
        price = 0;
      } else if (category) {
        priceClass = category.toLowerCase() as PriceClass;
        price = facts.prices[category.toLowerCase() as 'marketing' | 'utility' | 'authentication'];
        if (category === 'MARKETING' && cswOpen) {
          hints.push({ rule: 'window/template-in-window', severity: 'info', message: msg(WINDOW_MESSAGES.templateInWindow, { name, delay: formatDelay(sinceUser), price: facts.prices.marketing, currency: facts.prices.currency }) });
        }
      } else {
        priceClass = 'unknown';
      }
    } else {
      priceClass = fepOpen ? 'free-entry-point' : 'service';
      price = fepOpen ? 0 : facts.prices.service;
      if (!cswOpen) {
        const first = flow.trigger === 'business' && outboundCount === 0;
        const pathText = formatPath(hops, locale);
        v.push(
          first
            ? { rule: 'window/business-initiated-template', severity: 'error', message: msg(WINDOW_MESSAGES.businessFirst, { id: stepId }) }
            : lastUser === undefined
              ? { rule: 'window/freeform-after-24h', severity: 'error', message: msg(WINDOW_MESSAGES.freeformNoUser, { id: stepId, path: pathText }) }
              : { rule: 'window/freeform-after-24h', severity: 'error', message: msg(WINDOW_MESSAGES.freeformLate, { id: stepId, delay: formatDelay(sinceUser), path: pathText, window: facts.serviceWindowHours }) },
        );
      }
    }
    return { kind: 'message', at: clock, step: stepId, form: template ? 'template' : 'free-form', text, template, sinceUser, cswOpen, fepOpen, allowed: v.length === 0, priceClass, price, violations: v, hints };
  }
}

function describeOption(e: WindowEdge, i: number, all: WindowEdge[]): { choice: string | number; label: string; to: string; via: string } {
  const choices = all.filter((x) => x.via === 'button' || x.via === 'list' || x.via === 'branch' || x.via === 'else');
  const k = choices.indexOf(e);
  void i;
  const choice: string | number = k >= 0 ? k : e.via === 'timeout' ? 'timeout' : e.via === 'next' ? 'reply' : e.via === 'error' ? 'error' : e.to;
  const label = e.via === 'timeout' ? `timeout → ${e.to}` : e.label ? `${e.label} → ${e.to}` : `${e.via} → ${e.to}`;
  return { choice, label, to: e.to, via: e.via };
}

function pick(edges: WindowEdge[], choice: PathChoice): WindowEdge | undefined {
  const c = typeof choice === 'string' ? choice.trim() : choice;
  const choices = edges.filter((e) => e.via === 'button' || e.via === 'list' || e.via === 'branch' || e.via === 'else');
  const n = typeof c === 'number' ? c : /^\d+$/.test(c) ? Number(c) : undefined;
  if (n !== undefined) return choices[n] ?? (choices.length === 0 ? edges[n] : undefined);
  if (c === 'timeout' || c === 'no-reply') return edges.find((e) => e.via === 'timeout');
  if (c === 'reply' || c === 'next') return edges.find((e) => e.via === 'next');
  if (c === 'error') return edges.find((e) => e.via === 'error');
  return edges.find((e) => e.to === c) ?? edges.find((e) => e.label !== undefined && e.label.toLowerCase() === String(c).toLowerCase());
}

/** Edge to take at each step to follow the worst path to the worst free-form step. */
function defaultGuide(flow: FlowModel, analysis: WindowAnalysis, facts: Facts): Map<string, WindowEdge> {
  let target: string | undefined;
  let worst = -Infinity;
  for (const [id, t] of analysis.timing) {
    const step = flow.steps.get(id)!;
    if (!sendsFreeForm(step) || freeFormAllowed(t.sinceUser, facts)) continue;
    // a finite delay is the more telling example; then the first in file order
    const score = Number.isFinite(t.sinceUser) ? t.sinceUser : -1;
    if (target === undefined || score > worst) {
      target = id;
      worst = score;
    }
  }
  const guide = new Map<string, WindowEdge>();
  if (!target) return guide;
  const hops = analysis.pathTo(target);
  // reach the head of the worst path first (the head is the start or the step the user answered)
  const head = hops[0]?.step;
  if (head && head !== flow.start) {
    const prefix = shortestPath(flow, flow.start!, head);
    for (const e of prefix) if (!guide.has(e.from)) guide.set(e.from, e);
  }
  if (hops.length > 1 && hops[1].edge && !guide.has(hops[1].edge.from)) guide.set(hops[1].edge.from, hops[1].edge);
  for (const h of hops.slice(1)) if (h.edge && !guide.has(h.edge.from)) guide.set(h.edge.from, h.edge);
  return guide;
}

function shortestPath(flow: FlowModel, from: string, to: string): WindowEdge[] {
  const prev = new Map<string, WindowEdge | null>([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const id = queue.shift()!;
    if (id === to) break;
    for (const e of windowEdges(flow, id)) {
      if (prev.has(e.to)) continue;
      prev.set(e.to, e);
      queue.push(e.to);
    }
  }
  if (!prev.has(to)) return [];
  const out: WindowEdge[] = [];
  let cur = prev.get(to);
  while (cur) {
    out.push(cur);
    cur = prev.get(cur.from);
  }
  return out.reverse();
}

export { timeoutSeconds };
