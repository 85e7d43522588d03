import { defineRule } from '../types';
import { countWords, scanTokens, str } from './util';

export default defineRule({
  meta: {
    id: 'template/param-ratio',
    severity: 'warning',
    appliesTo: ['templates'],
    title: { en: 'Enough fixed words for the number of parameters', fr: 'Assez de mots fixes pour le nombre de paramètres' },
    explanation: {
      en: 'Meta rejects a body that is mostly parameters and too little fixed text (error 2388293, "parameters words ratio"). Meta publishes no number; BSPs report that a body with n parameters needs at least 2n+1 fixed words, which walint uses as a warning threshold. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review',
      fr: 'Meta refuse un corps fait surtout de paramètres et de trop peu de texte fixe (erreur 2388293, ratio paramètres/mots). Meta ne publie pas de seuil ; des BSP indiquent qu\'un corps à n paramètres demande au moins 2n+1 mots fixes, seuil d\'avertissement retenu par walint. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review',
    messages: {
      ratio: { en: 'The body has {params} parameter(s) but only {words} fixed word(s); Meta may reject it for its parameter/word ratio (error 2388293). Write at least {needed} words around the parameters.', fr: 'Le corps a {params} paramètre(s) mais seulement {words} mot(s) fixe(s) ; Meta peut le refuser pour son ratio paramètres/mots (erreur 2388293). Écrivez au moins {needed} mots autour des paramètres.' },
    },
    fix: 'none',
  },
  check(ctx) {
    for (const t of ctx.templates) {
      const c = t.body;
      const text = c && str(c.raw.text);
      if (!c || !text) continue;
      const tokens = scanTokens(text).filter((k) => k.ok);
      if (!tokens.length) continue;
      let fixed = text;
      for (const k of [...tokens].reverse()) fixed = fixed.slice(0, k.start) + ' ' + fixed.slice(k.end);
      const words = countWords(fixed);
      const params = tokens.length;
      const needed = 2 * params + 1;
      if (words < needed) ctx.report({ messageId: 'ratio', data: { params, words, needed }, path: [...c.path, 'text'], target: 'value' });
    }
  },
});
