import { DEFAULT_THRESHOLD } from '../../category/classifier';
import { defineRule } from '../types';
import {
  CATEGORY_SOURCE,
  categoryOf,
  formatWeight,
  isPromo,
  listSignals,
  price,
  relatedOf,
  setCategory,
  signalRange,
  strongestFirst,
  thresholdOption,
  utilityProblem,
  verdictOf,
  MARKETING_FIX_TITLE,
} from './shared';

export default defineRule({
  meta: {
    id: 'category/utility-is-marketing',
    severity: 'warning',
    appliesTo: ['templates'],
    title: {
      en: 'A template declared UTILITY whose content reads as marketing',
      fr: 'Un template déclaré UTILITY dont le contenu relève du marketing',
    },
    explanation: {
      en:
        'Meta accepts a template as UTILITY only if it promotes nothing and either concerns something the user has with the business (an order, a booking, an account, a payment) or is essential (a security alert, a recall, a public-service or legal notice). A promotion inside an order update, an upsell, a win-back or a survey about nothing in particular makes the whole template MARKETING. Since April 2025 Meta no longer rejects such a template: it approves it as MARKETING and bills every message at the marketing rate, which is several times the utility rate and is never free inside the service window. walint scores the words of the header, body, footer, buttons and example values; the message lists what weighed most. Source: ' +
        CATEGORY_SOURCE,
      fr:
        "Meta n'accepte un template en UTILITY que s'il ne fait aucune promotion et qu'il concerne quelque chose que le client a avec l'entreprise (une commande, une réservation, un compte, un paiement) ou qu'il est essentiel (alerte de sécurité, rappel de produit, information de service public ou obligation légale). Une promotion glissée dans un suivi de commande, une montée en gamme, une relance ou un sondage sans objet précis rend tout le template MARKETING. Depuis avril 2025, Meta ne rejette plus un tel template : il l'approuve en MARKETING et facture chaque message au tarif marketing, plusieurs fois celui de l'utility et jamais gratuit dans la fenêtre de service. walint pondère les mots de l'en-tête, du corps, du pied de page, des boutons et des exemples ; le message indique ce qui a le plus pesé. Source : " +
        CATEGORY_SOURCE,
    },
    source: CATEGORY_SOURCE,
    messages: {
      promo: {
        en: 'Declared UTILITY, but this template promotes something: {triggers} (score {score}, limit {threshold}). Meta will approve it as MARKETING and bill each message at the marketing rate ({marketingPrice} instead of {utilityPrice}), without rejecting it first. Remove the promotional part (send it in a separate MARKETING template) and keep only what concerns the user\'s order or booking, or declare the template MARKETING.',
        fr: 'Déclaré UTILITY, mais ce template fait de la promotion : {triggers} (score {score}, seuil {threshold}). Meta l\'approuvera en MARKETING et facturera chaque message au tarif marketing ({marketingPrice} au lieu de {utilityPrice}), sans le rejeter d\'abord. Retirez la partie promotionnelle (envoyez-la dans un template MARKETING à part) et gardez seulement ce qui concerne la commande ou la réservation du client, ou déclarez le template MARKETING.',
      },
      soft: {
        en: 'Declared UTILITY, but this template reads as marketing: {triggers} (score {score}, limit {threshold}). Meta will approve it as MARKETING and bill each message at the marketing rate ({marketingPrice} instead of {utilityPrice}), without rejecting it first. Tie the message to the user\'s own order, booking or account with a parameter (for example "your order {{1}} ..."), drop the promotional wording, or declare the template MARKETING.',
        fr: 'Déclaré UTILITY, mais ce template se lit comme du marketing : {triggers} (score {score}, seuil {threshold}). Meta l\'approuvera en MARKETING et facturera chaque message au tarif marketing ({marketingPrice} au lieu de {utilityPrice}), sans le rejeter d\'abord. Rattachez le message à une commande, une réservation ou un compte du client avec un paramètre (par exemple « votre commande {{1}} ... »), retirez le ton promotionnel, ou déclarez le template MARKETING.',
      },
    },
    fix: 'suggestion',
    fixTitles: { marketing: MARKETING_FIX_TITLE },
  },
  check(ctx) {
    const threshold = thresholdOption(ctx, DEFAULT_THRESHOLD);
    for (const t of ctx.templates) {
      if (categoryOf(t) !== 'UTILITY') continue;
      const v = verdictOf(t);
      if (utilityProblem(v, threshold) !== 'marketing') continue;
      const triggers = strongestFirst(v.signals.filter((s) => s.kind === 'marketing' || s.kind === 'vague'));
      // The finding goes on the strongest words of the header or body; else on `category`.
      const anchor = triggers.find((s) => s.kind === 'marketing' && (s.component === 'BODY' || s.component === 'HEADER') && s.example === undefined);
      const anchorRange = anchor ? signalRange(ctx, t, anchor) : undefined;
      const data = {
        triggers: listSignals(triggers, ctx.locale, 4, t),
        score: formatWeight(v.marketingScore, ctx.locale),
        threshold: formatWeight(threshold, ctx.locale),
        marketingPrice: price(ctx, 'marketing'),
        utilityPrice: price(ctx, 'utility'),
      };
      ctx.report({
        messageId: triggers.some(isPromo) ? 'promo' : 'soft',
        data,
        ...(anchorRange ? { range: anchorRange } : { path: [...t.path, 'category'], target: 'value' as const }),
        related: relatedOf(ctx, t, triggers, anchorRange ? anchor : undefined),
        suggest: () => {
          const e = setCategory(ctx, t, 'MARKETING');
          return e ? [{ title: 'marketing', titleData: data, edits: [e] }] : [];
        },
      });
    }
  },
});
