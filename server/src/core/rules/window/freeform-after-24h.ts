import { sendsFreeForm } from '../../model/flowModel';
import { formatDelay, formatPath, freeFormAllowed } from '../../timeline/analysis';
import { WINDOW_MESSAGES } from '../../timeline/messages';
import { defineRule } from '../types';
import { SOURCES, USE_TEMPLATE_TITLE, freeFormKey, stepsInOrder, templateSuggestions, windowAnalysis } from './shared';

export default defineRule({
  meta: {
    id: 'window/freeform-after-24h',
    severity: 'error',
    appliesTo: ['flow'],
    title: { en: 'Free-form message after the service window may have closed', fr: 'Message libre alors que la fenêtre de service peut être fermée' },
    explanation: {
      en: 'WhatsApp lets a business send free-form messages (text, media, buttons, lists) only within 24 hours of the user\'s last message; each user message restarts that clock, business messages do not. Later, only an approved template can be sent, and a free-form send fails with error 131047, so the user never gets it. walint computes the worst case over every path of the flow (waits, timeouts, loops). A template send is billed by category (utility or marketing price), a free-form reply inside the window is free. Source: Meta, "Service messages" (customer service windows) and error codes.',
      fr: 'WhatsApp n\'autorise les messages libres (texte, média, boutons, listes) que dans les 24 heures qui suivent le dernier message de l\'utilisateur ; chaque message de l\'utilisateur relance ce délai, ceux de l\'entreprise non. Au-delà, seul un template approuvé peut partir, et un envoi libre échoue avec l\'erreur 131047 : l\'utilisateur ne le reçoit jamais. walint calcule le pire cas sur tous les chemins du flux (attentes, délais, boucles). Un template est facturé selon sa catégorie (prix utilitaire ou marketing) ; une réponse libre dans la fenêtre est gratuite. Source : Meta, « Service messages » (fenêtres de service client) et codes d\'erreur.',
    },
    source: SOURCES.service,
    messages: { late: WINDOW_MESSAGES.freeformLate, noUser: WINDOW_MESSAGES.freeformNoUser },
    fix: 'suggestion',
    fixTitles: { useTemplate: USE_TEMPLATE_TITLE },
  },
  check(ctx) {
    const flow = ctx.flow!;
    const analysis = windowAnalysis(flow, ctx.facts);
    for (const id of stepsInOrder(flow, analysis)) {
      const step = flow.steps.get(id)!;
      if (!sendsFreeForm(step)) continue;
      const t = analysis.timing.get(id)!;
      if (freeFormAllowed(t.sinceUser, ctx.facts)) continue;
      // loops without user input: window/unbounded-wait; the opening message of a business flow: window/business-initiated-template
      if (t.reason === 'loop') continue;
      if (t.reason === 'noUserMessage' && flow.trigger === 'business' && analysis.firstOutbound.has(id)) continue;
      const path = formatPath(analysis.pathTo(id), ctx.locale);
      ctx.report({
        messageId: t.reason === 'noUserMessage' ? 'noUser' : 'late',
        data: { id, delay: formatDelay(t.sinceUser), path, window: ctx.facts.serviceWindowHours },
        path: ['steps', id, freeFormKey(step)],
        target: 'key',
        suggest: () => templateSuggestions(ctx, id),
      });
    }
  },
});
