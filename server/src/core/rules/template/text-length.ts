import { charLength } from '../../util/strings';
import { defineRule } from '../types';
import { componentsOf, formatOf, str } from './util';

export default defineRule({
  meta: {
    id: 'template/text-length',
    severity: 'error',
    appliesTo: ['templates'],
    title: { en: 'Header, body and footer texts stay within Meta\'s character limits', fr: 'Les textes d\'en-tête, de corps et de pied respectent les limites de Meta' },
    explanation: {
      en: 'Meta caps a TEXT header at 60 characters, the body at 1024 and the footer at 60 (parameters counted as written). A longer text is refused at creation with error 2388040. Some BSPs report a stricter 550-character body for marketing and utility templates: set `facts.templateBodyMax` in walint.config.yaml if yours does. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
      fr: 'Meta limite un en-tête TEXT à 60 caractères, le corps à 1024 et le pied à 60 (paramètres comptés tels qu\'écrits). Un texte plus long est refusé à la création avec l\'erreur 2388040. Certains BSP signalent un corps limité à 550 caractères pour le marketing et l\'utilitaire : réglez `facts.templateBodyMax` dans walint.config.yaml si c\'est votre cas. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
    messages: {
      tooLong: { en: 'The {part} has {length} characters; Meta allows at most {max} (error 2388040). Shorten it by {over}.', fr: 'Le texte {part} fait {length} caractères ; Meta en permet au plus {max} (erreur 2388040). Retirez-en {over}.' },
    },
    fix: 'none',
  },
  check(ctx) {
    const f = ctx.facts;
    const parts = { HEADER: { en: 'header', fr: 'd\'en-tête', max: f.templateHeaderTextMax }, BODY: { en: 'body', fr: 'du corps', max: f.templateBodyMax }, FOOTER: { en: 'footer', fr: 'du pied', max: f.templateFooterMax } } as const;
    for (const t of ctx.templates) {
      for (const type of ['HEADER', 'BODY', 'FOOTER'] as const) {
        for (const c of componentsOf(t, type)) {
          if (type === 'HEADER' && formatOf(c) !== 'TEXT') continue;
          const text = str(c.raw.text);
          if (text === undefined) continue;
          const length = charLength(text);
          const { max } = parts[type];
          if (length > max) ctx.report({ messageId: 'tooLong', data: { part: parts[type][ctx.locale], length, max, over: length - max }, path: [...c.path, 'text'], target: 'value' });
        }
      }
    }
  },
});
