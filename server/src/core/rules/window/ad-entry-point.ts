import { WINDOW_MESSAGES } from '../../timeline/messages';
import { defineRule } from '../types';
import { SOURCES } from './shared';

export default defineRule({
  meta: {
    id: 'window/ad-entry-point',
    severity: 'info',
    appliesTo: ['flow'],
    title: { en: 'What a Click-to-WhatsApp entry point changes', fr: 'Ce que change un point d\'entrée publicitaire Click-to-WhatsApp' },
    explanation: {
      en: 'A user who writes from a Click-to-WhatsApp ad or a Facebook Page button opens the usual 24-hour service window. If the business answers within that window, a free entry point window of 72 hours opens, during which every message, templates included, is free. It changes the price only: free-form messages still need the user\'s last message to be less than 24 hours old, and after that only templates can be sent (free while the 72 hours last). Source: Meta, "Pricing" (free entry point).',
      fr: 'Un utilisateur qui écrit depuis une publicité Click-to-WhatsApp ou un bouton de Page Facebook ouvre la fenêtre de service habituelle de 24 heures. Si l\'entreprise répond dans cette fenêtre, une fenêtre de point d\'entrée gratuit de 72 heures s\'ouvre, pendant laquelle tous les messages, templates compris, sont gratuits. Seul le prix change : un message libre exige toujours que le dernier message de l\'utilisateur date de moins de 24 heures ; ensuite seuls les templates peuvent partir (gratuits tant que durent les 72 heures). Source : Meta, « Pricing » (free entry point).',
    },
    source: SOURCES.pricing,
    messages: { adEntry: WINDOW_MESSAGES.adEntry },
    fix: 'none',
  },
  check(ctx) {
    const flow = ctx.flow!;
    if (flow.trigger !== 'ad') return;
    ctx.report({ messageId: 'adEntry', data: { window: ctx.facts.serviceWindowHours, fep: ctx.facts.freeEntryPointHours }, path: ['trigger'], target: 'value' });
  },
});
