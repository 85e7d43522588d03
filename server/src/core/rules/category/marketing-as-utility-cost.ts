import { defineRule } from '../types';
import { CATEGORY_SOURCE, categoryOf, listSignals, price, setCategory, strongestFirst, verdictOf } from './shared';

/** Utility evidence strong enough on its own (a date or a generic account word is not). */
const STRONG_UTILITY = new Set([
  'utility/transaction-ref', 'utility/order-status', 'utility/appointment', 'utility/payment', 'utility/security',
  'utility/essential', 'utility/legal', 'utility/public-service', 'utility/user-action', 'utility/request', 'utility/travel',
]);

/** Formats Meta accepts in MARKETING templates only. */
const MARKETING_ONLY_COMPONENTS = new Set(['CAROUSEL', 'LIMITED_TIME_OFFER']);

export const DEFAULT_MIN_UTILITY_SCORE = 4;

export default defineRule({
  meta: {
    id: 'category/marketing-as-utility-cost',
    severity: 'info',
    appliesTo: ['templates'],
    title: {
      en: 'A MARKETING template whose content is purely utility (could cost less)',
      fr: 'Un template MARKETING au contenu purement utility (il pourrait coûter moins cher)',
    },
    explanation: {
      en:
        'A message about the user\'s own order, booking, payment or account, or an essential notice, with no promotion at all, fits the UTILITY category. UTILITY messages cost a fraction of MARKETING ones, and are free when sent inside an open customer-service window. walint only raises this hint when it finds strong utility content and not a single marketing cue; check that no promotion is intended before changing the category (Meta reviews it, and repeated misclassification is penalised). Source: ' +
        CATEGORY_SOURCE,
      fr:
        "Un message sur la commande, la réservation, le paiement ou le compte du client, ou une information essentielle, sans aucune promotion, relève de la catégorie UTILITY. Un message UTILITY coûte une fraction d'un message MARKETING et il est gratuit dans une fenêtre de service client ouverte. walint ne donne cette indication que s'il trouve un contenu utility net et aucun indice marketing ; vérifiez qu'aucune promotion n'est prévue avant de changer la catégorie (Meta la contrôle et sanctionne les erreurs répétées). Source : " +
        CATEGORY_SOURCE,
    },
    source: CATEGORY_SOURCE,
    messages: {
      cheaper: {
        en: 'This MARKETING template reads as a pure utility message ({signals}) and promotes nothing. If it is only sent about the user\'s own order, booking or account, declare it UTILITY: {utilityPrice} instead of {marketingPrice} per message{window}.',
        fr: 'Ce template MARKETING se lit comme un pur message utility ({signals}) et ne fait aucune promotion. S\'il n\'est envoyé qu\'à propos de la commande, de la réservation ou du compte du client, déclarez-le UTILITY : {utilityPrice} au lieu de {marketingPrice} par message{window}.',
      },
    },
    fix: 'suggestion',
    fixTitles: {
      utility: {
        en: 'Declare the template UTILITY (changes the price: {utilityPrice} instead of {marketingPrice} per message)',
        fr: 'Déclarer le template UTILITY (change le prix : {utilityPrice} au lieu de {marketingPrice} par message)',
      },
    },
  },
  check(ctx) {
    const min = typeof ctx.options.minUtilityScore === 'number' && Number.isFinite(ctx.options.minUtilityScore) ? ctx.options.minUtilityScore : DEFAULT_MIN_UTILITY_SCORE;
    for (const t of ctx.templates) {
      if (categoryOf(t) !== 'MARKETING') continue;
      if (t.components.some((c) => MARKETING_ONLY_COMPONENTS.has(c.type))) continue;
      const v = verdictOf(t);
      if (v.otp || v.utilityScore < min) continue;
      if (v.signals.some((s) => s.kind === 'marketing' || s.kind === 'vague' || s.kind === 'otp')) continue;
      const utility = strongestFirst(v.signals.filter((s) => s.kind === 'utility'));
      if (!utility.some((s) => STRONG_UTILITY.has(s.id))) continue;
      const data = {
        signals: listSignals(utility, ctx.locale, 3, t),
        utilityPrice: price(ctx, 'utility'),
        marketingPrice: price(ctx, 'marketing'),
        window: ctx.facts.utilityFreeInWindow ? (ctx.locale === 'fr' ? ', et gratuit dans une fenêtre de service ouverte' : ', and free inside an open service window') : '',
      };
      ctx.report({
        messageId: 'cheaper',
        data,
        path: [...t.path, 'category'],
        target: 'value',
        suggest: () => {
          const e = setCategory(ctx, t, 'UTILITY');
          return e ? [{ title: 'utility', titleData: data, edits: [e] }] : [];
        },
      });
    }
  },
});
