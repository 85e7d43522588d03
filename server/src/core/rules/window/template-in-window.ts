import { formatDelay, freeFormAllowed } from '../../timeline/analysis';
import { WINDOW_MESSAGES } from '../../timeline/messages';
import { sendsFreeForm } from '../../model/flowModel';
import { defineRule } from '../types';
import { SOURCES, stepsInOrder, windowAnalysis } from './shared';

export default defineRule({
  meta: {
    id: 'window/template-in-window',
    severity: 'info',
    appliesTo: ['flow'],
    title: { en: 'Paid marketing template where a free-form message would be free', fr: 'Template marketing payant là où un message libre serait gratuit' },
    explanation: {
      en: 'Since 1 July 2025 Meta bills each delivered template by category; marketing templates are always charged, while free-form (service) messages sent inside the open 24-hour window cost nothing. This step sends a MARKETING template at a point where the window is open on every path, so a free-form message could carry the same content for free (if it is an answer to the user, not a new promotion the user did not ask for). A cost hint only. Source: Meta, "Pricing" (per-message pricing); prices come from `facts.prices` in walint.config.yaml.',
      fr: 'Depuis le 1er juillet 2025, Meta facture chaque template délivré selon sa catégorie ; les templates marketing sont toujours payants, alors que les messages libres (service) envoyés dans la fenêtre de 24 heures ouverte ne coûtent rien. Cette étape envoie un template MARKETING à un moment où la fenêtre est ouverte sur tous les chemins : un message libre pourrait porter le même contenu gratuitement (s\'il répond à l\'utilisateur, et n\'est pas une promotion qu\'il n\'a pas demandée). Simple indication de coût. Source : Meta, « Pricing » (tarification par message) ; les prix viennent de `facts.prices` dans walint.config.yaml.',
    },
    source: SOURCES.pricing,
    messages: { templateInWindow: WINDOW_MESSAGES.templateInWindow },
    fix: 'none',
  },
  check(ctx) {
    const flow = ctx.flow!;
    // In an ad flow the free entry point may make the template free: no hint there.
    if (flow.trigger === 'ad') return;
    const analysis = windowAnalysis(flow, ctx.facts);
    for (const id of stepsInOrder(flow, analysis)) {
      const step = flow.steps.get(id)!;
      if (typeof step.template !== 'string' || sendsFreeForm(step)) continue;
      const t = analysis.timing.get(id)!;
      if (!freeFormAllowed(t.sinceUser, ctx.facts)) continue;
      const entry = ctx.workspace.findTemplate(step.template, step.language ?? flow.language);
      if (entry?.template.category !== 'MARKETING') continue;
      const { marketing, currency } = ctx.facts.prices;
      if (!(marketing > 0)) continue;
      ctx.report({
        messageId: 'templateInWindow',
        data: { name: step.template, delay: formatDelay(t.sinceUser), price: marketing, currency },
        path: ['steps', id, 'template'],
        target: 'value',
      });
    }
  },
});
