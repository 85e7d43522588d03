import { sendsFreeForm } from '../../model/flowModel';
import { WINDOW_MESSAGES } from '../../timeline/messages';
import { defineRule } from '../types';
import { SOURCES, USE_TEMPLATE_TITLE, freeFormKey, stepsInOrder, templateSuggestions, windowAnalysis } from './shared';

export default defineRule({
  meta: {
    id: 'window/business-initiated-template',
    severity: 'error',
    appliesTo: ['flow'],
    title: { en: 'A business-initiated flow must open with a template', fr: 'Un flux initié par l\'entreprise doit commencer par un template' },
    explanation: {
      en: 'When the business writes first (`trigger: business`: a campaign, a reminder, a re-engagement), no customer-service window is open, so the first message must be an approved template; a free-form first message is rejected with error 131047. Free-form messages become possible once the user replies, for 24 hours after each user message. The opening template is billed at its category\'s price (marketing, utility or authentication). Source: Meta, "Template fundamentals" and "Service messages".',
      fr: 'Quand l\'entreprise écrit la première (`trigger: business` : campagne, rappel, relance), aucune fenêtre de service client n\'est ouverte : le premier message doit être un template approuvé ; un premier message libre est refusé avec l\'erreur 131047. Les messages libres deviennent possibles une fois que l\'utilisateur répond, pendant 24 heures après chacun de ses messages. Le template d\'ouverture est facturé au prix de sa catégorie (marketing, utilitaire ou authentification). Source : Meta, « Template fundamentals » et « Service messages ».',
    },
    source: SOURCES.overview,
    messages: { businessFirst: WINDOW_MESSAGES.businessFirst },
    fix: 'suggestion',
    fixTitles: { useTemplate: USE_TEMPLATE_TITLE },
  },
  check(ctx) {
    const flow = ctx.flow!;
    if (flow.trigger !== 'business') return;
    const analysis = windowAnalysis(flow, ctx.facts);
    for (const id of stepsInOrder(flow, analysis)) {
      if (!analysis.firstOutbound.has(id)) continue;
      const step = flow.steps.get(id)!;
      if (!sendsFreeForm(step)) continue;
      ctx.report({ messageId: 'businessFirst', data: { id }, path: ['steps', id, freeFormKey(step)], target: 'key', suggest: () => templateSuggestions(ctx, id) });
    }
  },
});
