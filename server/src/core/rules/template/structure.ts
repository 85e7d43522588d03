import { defineRule } from '../types';
import { category, componentsOf, formatOf, templatePath } from './util';

const MEDIA = ['IMAGE', 'VIDEO', 'GIF', 'DOCUMENT'];

export default defineRule({
  meta: {
    id: 'template/structure',
    severity: 'error',
    appliesTo: ['templates'],
    title: { en: 'One body, at most one header, footer and buttons block, and a valid header', fr: 'Un corps, au plus un en-tête, un pied et un bloc de boutons, et un en-tête valide' },
    explanation: {
      en: 'A template needs exactly one BODY component and may have at most one HEADER, one FOOTER and one BUTTONS component. A TEXT header needs its text; a LOCATION header is only for UTILITY and MARKETING templates; GIF headers only for MARKETING. Meta refuses other shapes when the template is created (error 2388047 for header problems). Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
      fr: 'Un template a exactement un composant BODY et au plus un HEADER, un FOOTER et un BUTTONS. Un en-tête TEXT a besoin de son texte ; un en-tête LOCATION n\'existe que pour UTILITY et MARKETING ; un en-tête GIF que pour MARKETING. Meta refuse les autres formes à la création du template (erreur 2388047 pour l\'en-tête). Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
    messages: {
      noBody: { en: 'This template has no BODY component; every template needs exactly one. Add `- type: BODY` with its text.', fr: 'Ce template n\'a pas de composant BODY ; chaque template en a exactement un. Ajoutez `- type: BODY` avec son texte.' },
      extra: { en: 'Second {type} component: a template has at most one. Merge it into the first one or remove it.', fr: 'Deuxième composant {type} : un template en a au plus un. Fusionnez-le avec le premier ou supprimez-le.' },
      bodyText: { en: 'The BODY has no `text`. Write the message text (only AUTHENTICATION templates have a preset body).', fr: 'Le BODY n\'a pas de `text`. Écrivez le texte du message (seuls les templates AUTHENTICATION ont un corps prédéfini).' },
      footerText: { en: 'The FOOTER has no `text`. Add the footer text or remove the component.', fr: 'Le FOOTER n\'a pas de `text`. Ajoutez le texte du pied de message ou supprimez le composant.' },
      headerFormat: { en: 'The HEADER has no `format`. Set it to TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION (error 2388047 otherwise).', fr: 'Le HEADER n\'a pas de `format`. Indiquez TEXT, IMAGE, VIDEO, DOCUMENT ou LOCATION (sinon erreur 2388047).' },
      headerText: { en: 'A TEXT header needs `text`. Add the header text or change the format.', fr: 'Un en-tête TEXT a besoin de `text`. Ajoutez le texte de l\'en-tête ou changez de format.' },
      mediaText: { en: 'A {format} header carries no `text`; Meta ignores or rejects it. Remove `text` or use format TEXT.', fr: 'Un en-tête {format} ne porte pas de `text` ; Meta l\'ignore ou le refuse. Supprimez `text` ou utilisez le format TEXT.' },
      location: { en: 'A LOCATION header is only allowed in UTILITY and MARKETING templates, not {category}. Use another header or category.', fr: 'Un en-tête LOCATION n\'est permis que dans les templates UTILITY et MARKETING, pas {category}. Changez d\'en-tête ou de catégorie.' },
      gif: { en: 'GIF headers are only for MARKETING templates (sent through the Marketing Messages API). Use IMAGE or VIDEO.', fr: 'Les en-têtes GIF sont réservés aux templates MARKETING (envoyés par la Marketing Messages API). Utilisez IMAGE ou VIDEO.' },
    },
    fix: 'none',
  },
  check(ctx) {
    for (const t of ctx.templates) {
      if (!Array.isArray(t.raw.components)) continue;
      const cat = category(t);
      const bodies = componentsOf(t, 'BODY');
      if (bodies.length === 0) ctx.report({ messageId: 'noBody', path: templatePath(t, 'components'), target: 'key' });
      for (const type of ['HEADER', 'BODY', 'FOOTER', 'BUTTONS'] as const) {
        for (const c of componentsOf(t, type).slice(1)) ctx.report({ messageId: 'extra', data: { type }, path: [...c.path, 'type'], target: 'value' });
      }
      if (cat !== 'AUTHENTICATION') {
        for (const c of bodies.slice(0, 1)) if (typeof c.raw.text !== 'string') ctx.report({ messageId: 'bodyText', path: [...c.path, 'type'], target: 'value' });
        for (const c of componentsOf(t, 'FOOTER').slice(0, 1)) if (typeof c.raw.text !== 'string') ctx.report({ messageId: 'footerText', path: [...c.path, 'type'], target: 'value' });
      }
      for (const c of componentsOf(t, 'HEADER').slice(0, 1)) {
        const format = formatOf(c);
        if (c.raw.format === undefined) {
          ctx.report({ messageId: 'headerFormat', path: [...c.path, 'type'], target: 'value' });
          continue;
        }
        if (format === 'TEXT' && typeof c.raw.text !== 'string') ctx.report({ messageId: 'headerText', path: [...c.path, 'format'], target: 'value' });
        if (format && MEDIA.includes(format) && c.raw.text !== undefined) ctx.report({ messageId: 'mediaText', data: { format }, path: [...c.path, 'text'], target: 'key' });
        if (format === 'LOCATION' && cat && cat !== 'UTILITY' && cat !== 'MARKETING') ctx.report({ messageId: 'location', data: { category: cat }, path: [...c.path, 'format'], target: 'value' });
        if (format === 'GIF' && cat && cat !== 'MARKETING') ctx.report({ messageId: 'gif', path: [...c.path, 'format'], target: 'value' });
      }
    }
  },
});
