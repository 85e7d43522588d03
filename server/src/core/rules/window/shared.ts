import type { Facts } from '../../facts';
import type { Step } from '../../model/flow';
import type { FlowModel } from '../../model/flowModel';
import { analyzeWindow, type WindowAnalysis } from '../../timeline/analysis';
import type { FixSpec, RuleContext } from '../types';
import { memoTable } from '../../util/memo';

/** One analysis per flow model and facts, shared by the window rules of one lint run. */
const cache = memoTable<FlowModel, { facts: Facts; analysis: WindowAnalysis }>();

export function windowAnalysis(flow: FlowModel, facts: Facts): WindowAnalysis {
  const hit = cache.get(flow);
  if (hit && hit.facts === facts) return hit.analysis;
  const analysis = analyzeWindow(flow, facts);
  cache.set(flow, { facts, analysis });
  return analysis;
}

const FREE_FORM_KEYS = ['say', 'ask', 'buttons', 'list', 'media', 'ai'] as const;

/** The key that makes a step free-form (where findings point). */
export function freeFormKey(step: Step): string {
  return FREE_FORM_KEYS.find((k) => step[k] !== undefined) ?? 'say';
}

/** Outbound steps reachable from the start, in file order. */
export function stepsInOrder(flow: FlowModel, analysis: WindowAnalysis): string[] {
  return flow.stepOrder.filter((id) => analysis.timing.has(id));
}

/**
 * Approved-looking templates (same language as the flow) that could replace a
 * late `say:`; the nearest name first, UTILITY before MARKETING. At most 3.
 */
export function replacementTemplates(ctx: RuleContext, stepId: string): string[] {
  const flow = ctx.flow!;
  const found: { name: string; rank: number }[] = [];
  for (const name of ctx.workspace.templateNames()) {
    const entry = ctx.workspace.findTemplate(name, flow.language);
    if (!entry) continue;
    const t = entry.template;
    if (t.category === 'AUTHENTICATION') continue;
    if (t.status && t.status.toUpperCase() !== 'APPROVED') continue;
    const shared = commonWords(name, stepId);
    found.push({ name, rank: -shared * 10 + (t.category === 'UTILITY' ? 0 : 1) });
  }
  found.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return found.slice(0, 3).map((f) => f.name);
}

function commonWords(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
  return b.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && wa.has(w)).length;
}

/**
 * Suggestions turning a plain `say:` step into a template send: the `say:` pair is
 * replaced by `template: <name>`; comments and the other keys stay. Only for steps
 * whose sole message is `say:` (an `ask` or buttons would lose their interaction).
 */
export function templateSuggestions(ctx: RuleContext, stepId: string): FixSpec[] {
  const step = ctx.flow!.steps.get(stepId);
  if (!step || typeof step.say !== 'string') return [];
  if (step.ask !== undefined || step.buttons !== undefined || step.list !== undefined || step.media !== undefined || step.ai !== undefined || step.template !== undefined) return [];
  const range = ctx.file.yaml.rangeOf(['steps', stepId, 'say'], 'pair');
  if (range.end <= range.start) return [];
  return replacementTemplates(ctx, stepId).map((name) => ({ title: 'useTemplate', titleData: { name }, edits: [{ start: range.start, end: range.end, newText: `template: ${name}` }] }));
}

export const USE_TEMPLATE_TITLE = {
  en: 'Send the approved template "{name}" instead of this free-form text',
  fr: 'Envoyer le template approuvé « {name} » à la place de ce texte libre',
};

export const SOURCES = {
  service: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/send-messages (customer service windows); error 131047: https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes',
  pricing: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/pricing',
  overview: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview',
};
