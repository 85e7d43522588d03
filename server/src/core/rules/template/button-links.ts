import { defineRule } from '../types';
import { buttonComponents, buttonsOf, str } from './util';

/** Public URL shorteners (Meta asks businesses not to use them in templates). */
export const URL_SHORTENERS = ['bit.ly', 'bitly.com', 'tinyurl.com', 'goo.gl', 't.co', 'ow.ly', 'is.gd', 'buff.ly', 'cutt.ly', 'rebrand.ly', 'shorturl.at', 'rb.gy', 't.ly', 'tiny.cc', 'bl.ink', 'lnkd.in', 'shorte.st', 'adf.ly', 'v.gd', 's.id'];

export default defineRule({
  meta: {
    id: 'template/button-links',
    severity: 'warning',
    appliesTo: ['templates'],
    title: { en: 'Button URLs use https and no shortener; phone numbers look like international numbers', fr: 'Les URL des boutons sont en https sans raccourcisseur ; les numéros ont une forme internationale' },
    explanation: {
      en: 'Meta\'s template guidelines ask for links on the business\'s own domain and no URL shortener: a shortened or non-https link is a common reason for rejection and makes users distrust the message. A phone button number should be international (country code, digits only, 8 to 15 digits); WhatsApp drops zeros after the country code. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
      fr: 'Les règles de Meta demandent des liens sur le domaine de l\'entreprise et pas de raccourcisseur d\'URL : un lien raccourci ou sans https est une cause fréquente de refus et inspire la méfiance. Le numéro d\'un bouton d\'appel doit être international (indicatif pays, chiffres seulement, 8 à 15 chiffres) ; WhatsApp supprime les zéros après l\'indicatif. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
    messages: {
      scheme: { en: 'The button URL does not start with https://. Use a secure link on your own domain.', fr: 'L\'URL du bouton ne commence pas par https://. Utilisez un lien sécurisé sur votre propre domaine.' },
      shortener: { en: 'The button URL uses the link shortener {host}; Meta asks for the full link on your own domain. Use the destination URL.', fr: 'L\'URL du bouton utilise le raccourcisseur {host} ; Meta demande le lien complet sur votre domaine. Utilisez l\'URL de destination.' },
      phone: { en: 'Phone number "{phone}" does not look international: write the country code and 8 to 15 digits (e.g. +33123456789).', fr: 'Le numéro « {phone} » n\'a pas une forme internationale : écrivez l\'indicatif pays et 8 à 15 chiffres (par ex. +33123456789).' },
    },
    fix: 'none',
  },
  check(ctx) {
    for (const t of ctx.templates) {
      for (const { c } of buttonComponents(t)) {
        for (const b of buttonsOf(c)) {
          if (b.type === 'URL') {
            const url = str(b.raw.url);
            if (!url) continue;
            const path = [...b.path, 'url'];
            if (!/^https:\/\//i.test(url.trim())) ctx.report({ messageId: 'scheme', path, target: 'value' });
            const host = /^[a-z]+:\/\/([^/?#:]+)/i.exec(url.trim())?.[1]?.toLowerCase().replace(/^www\./, '');
            if (host && URL_SHORTENERS.includes(host)) ctx.report({ messageId: 'shortener', data: { host }, path, target: 'value' });
          }
          if (b.type === 'PHONE_NUMBER') {
            const phone = str(b.raw.phone_number);
            if (!phone) continue;
            const digits = phone.replace(/[\s().-]/g, '');
            if (!/^\+?[1-9]\d{7,14}$/.test(digits)) ctx.report({ messageId: 'phone', data: { phone }, path: [...b.path, 'phone_number'], target: 'value' });
          }
        }
      }
    }
  },
});
