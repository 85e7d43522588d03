import { charLength } from '../../util/strings';
import { defineRule } from '../types';
import { category, componentsOf, formatOf, obj, str } from './util';

export default defineRule({
  meta: {
    id: 'template/limited-time-offer',
    severity: 'error',
    appliesTo: ['templates'],
    title: { en: 'Limited-time offer templates follow Meta\'s offer rules', fr: 'Les templates d\'offre limitée suivent les règles de Meta' },
    explanation: {
      en: 'A limited-time offer is a MARKETING template without a footer, whose header (if any) is an IMAGE or VIDEO, whose offer text (`limited_time_offer.text`) has at most 16 characters and whose body has at most 600. Meta refuses other offers at creation. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates',
      fr: 'Une offre à durée limitée est un template MARKETING sans pied de message, dont l\'en-tête éventuel est une IMAGE ou une VIDEO, dont le texte d\'offre (`limited_time_offer.text`) fait au plus 16 caractères et le corps au plus 600. Meta refuse les autres offres à la création. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates',
    messages: {
      category: { en: 'Limited-time offers are only for MARKETING templates, not {category}.', fr: 'Les offres à durée limitée sont réservées aux templates MARKETING, pas {category}.' },
      footer: { en: 'Limited-time offer templates have no footer; remove it.', fr: 'Les templates d\'offre à durée limitée n\'ont pas de pied de message ; supprimez-le.' },
      header: { en: 'The header of a limited-time offer must be IMAGE or VIDEO, not {format}.', fr: 'L\'en-tête d\'une offre à durée limitée doit être IMAGE ou VIDEO, pas {format}.' },
      text: { en: 'The offer text has {length} characters; Meta allows at most {max}. Shorten it.', fr: 'Le texte de l\'offre fait {length} caractères ; Meta en permet au plus {max}. Raccourcissez-le.' },
      body: { en: 'The body of a limited-time offer has {length} characters; Meta allows at most {max}. Shorten it.', fr: 'Le corps d\'une offre à durée limitée fait {length} caractères ; Meta en permet au plus {max}. Raccourcissez-le.' },
    },
    fix: 'none',
  },
  check(ctx) {
    for (const t of ctx.templates) {
      const lto = componentsOf(t, 'LIMITED_TIME_OFFER')[0];
      if (!lto) continue;
      const cat = category(t);
      if (cat && cat !== 'MARKETING') ctx.report({ messageId: 'category', data: { category: cat }, path: [...lto.path, 'type'], target: 'value' });
      for (const f of componentsOf(t, 'FOOTER')) ctx.report({ messageId: 'footer', path: [...f.path, 'type'], target: 'value' });
      for (const h of componentsOf(t, 'HEADER')) {
        const format = formatOf(h);
        if (format && format !== 'IMAGE' && format !== 'VIDEO') ctx.report({ messageId: 'header', data: { format }, path: [...h.path, 'format'], target: 'value' });
      }
      const text = str(obj(lto.raw.limited_time_offer)?.text);
      if (text !== undefined && charLength(text) > ctx.facts.templateLtoTextMax) ctx.report({ messageId: 'text', data: { length: charLength(text), max: ctx.facts.templateLtoTextMax }, path: [...lto.path, 'limited_time_offer', 'text'], target: 'value' });
      const body = t.body && str(t.body.raw.text);
      if (t.body && body !== undefined && charLength(body) > ctx.facts.templateLtoBodyMax) ctx.report({ messageId: 'body', data: { length: charLength(body), max: ctx.facts.templateLtoBodyMax }, path: [...t.body.path, 'text'], target: 'value' });
    }
  },
});
