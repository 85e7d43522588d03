import { defineRule } from '../types';
import { category, templatePath } from './util';

export default defineRule({
  meta: {
    id: 'template/ttl',
    severity: 'error',
    appliesTo: ['templates'],
    title: { en: 'message_send_ttl_seconds is within the range of the category', fr: 'message_send_ttl_seconds est dans la plage de la catégorie' },
    explanation: {
      en: 'The time-to-live says how long WhatsApp keeps trying to deliver a template message. Meta accepts 30 to 900 seconds for AUTHENTICATION, 30 to 43,200 for UTILITY, and 43,200 to 2,592,000 for MARKETING (Marketing Messages API only); -1 (30 days) is accepted for authentication and utility. Another value is refused at creation. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/time-to-live',
      fr: 'La durée de vie indique combien de temps WhatsApp essaie de livrer un message de template. Meta accepte 30 à 900 secondes pour AUTHENTICATION, 30 à 43 200 pour UTILITY et 43 200 à 2 592 000 pour MARKETING (Marketing Messages API seulement) ; -1 (30 jours) est accepté pour l\'authentification et l\'utilitaire. Une autre valeur est refusée à la création. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/time-to-live',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/time-to-live',
    messages: {
      range: { en: 'message_send_ttl_seconds is {value}; {category} templates accept {min} to {max} seconds{minusOne}. Pick a value in that range.', fr: 'message_send_ttl_seconds vaut {value} ; les templates {category} acceptent {min} à {max} secondes{minusOne}. Choisissez une valeur dans cette plage.' },
    },
    fix: 'none',
  },
  check(ctx) {
    const r = ctx.facts.templateTtlSeconds;
    const ranges: Record<string, [number, number, boolean]> = {
      AUTHENTICATION: [r.authenticationMin, r.authenticationMax, true],
      UTILITY: [r.utilityMin, r.utilityMax, true],
      MARKETING: [r.marketingMin, r.marketingMax, false],
    };
    for (const t of ctx.templates) {
      const value = t.raw.message_send_ttl_seconds;
      const cat = category(t);
      if (typeof value !== 'number' || !cat || !ranges[cat]) continue;
      const [min, max, minusOne] = ranges[cat];
      if (minusOne && value === -1) continue;
      if (Number.isInteger(value) && value >= min && value <= max) continue;
      ctx.report({ messageId: 'range', data: { value, category: cat, min, max, minusOne: minusOne ? (ctx.locale === 'fr' ? ', ou -1 (30 jours)' : ', or -1 (30 days)') : '' }, path: templatePath(t, 'message_send_ttl_seconds'), target: 'value' });
    }
  },
});
