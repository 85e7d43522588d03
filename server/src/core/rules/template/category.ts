import { replaceScalar } from '../../fix/edits';
import { defineRule } from '../types';
import { templatePath, upper } from './util';

/** Categories Meta used before June 2023, and the category that replaced each one. */
export const LEGACY_CATEGORIES: Record<string, 'UTILITY' | 'AUTHENTICATION' | 'MARKETING'> = {
  TRANSACTIONAL: 'UTILITY',
  OTP: 'AUTHENTICATION',
  ACCOUNT_UPDATE: 'UTILITY',
  ALERT_UPDATE: 'UTILITY',
  APPOINTMENT_UPDATE: 'UTILITY',
  AUTO_REPLY: 'UTILITY',
  ISSUE_RESOLUTION: 'UTILITY',
  PAYMENT_UPDATE: 'UTILITY',
  PERSONAL_FINANCE_UPDATE: 'UTILITY',
  RESERVATION_UPDATE: 'UTILITY',
  SHIPPING_UPDATE: 'UTILITY',
  TICKET_UPDATE: 'UTILITY',
  TRANSPORTATION_UPDATE: 'UTILITY',
};

export default defineRule({
  meta: {
    id: 'template/category',
    severity: 'error',
    appliesTo: ['templates'],
    title: { en: 'Legacy template categories are no longer accepted', fr: 'Les anciennes catégories de templates ne sont plus acceptées' },
    explanation: {
      en: 'Since 2023 a template is MARKETING, UTILITY or AUTHENTICATION. Older values (TRANSACTIONAL, OTP, ACCOUNT_UPDATE, SHIPPING_UPDATE...) are refused at creation. The category sets the price per message, so walint only suggests the modern equivalent; check it against Meta\'s definitions before applying. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-categorization',
      fr: 'Depuis 2023, un template est MARKETING, UTILITY ou AUTHENTICATION. Les anciennes valeurs (TRANSACTIONAL, OTP, ACCOUNT_UPDATE, SHIPPING_UPDATE...) sont refusées à la création. La catégorie fixe le prix de chaque message : walint se contente de suggérer l\'équivalent actuel ; vérifiez-le selon les définitions de Meta avant de l\'appliquer. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-categorization',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-categorization',
    messages: {
      legacy: { en: 'Category "{value}" is a legacy value that Meta no longer accepts; its modern equivalent is {modern}. Change the category (it decides the price).', fr: 'La catégorie « {value} » est une ancienne valeur que Meta n\'accepte plus ; son équivalent actuel est {modern}. Changez la catégorie (elle détermine le prix).' },
    },
    fix: 'suggestion',
    fixTitles: { set: { en: 'Set the category to {to}', fr: 'Mettre la catégorie à {to}' } },
  },
  check(ctx) {
    for (const t of ctx.templates) {
      const value = upper(t.rawCategory);
      if (!value || t.category) continue;
      const modern = LEGACY_CATEGORIES[value];
      if (!modern) continue; // other values: template/schema lists the valid ones
      const path = templatePath(t, 'category');
      ctx.report({
        messageId: 'legacy',
        data: { value: String(t.rawCategory), modern },
        path,
        target: 'value',
        suggest: () => {
          const e = replaceScalar(ctx.file.yaml, path, modern);
          return e ? [{ title: 'set', titleData: { to: modern }, edits: [e] }] : [];
        },
      });
    }
  },
});
