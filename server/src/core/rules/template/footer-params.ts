import { defineRule } from '../types';
import { componentsOf, pieceTarget, scanTokens, str } from './util';

export default defineRule({
  meta: {
    id: 'template/footer-params',
    severity: 'warning',
    appliesTo: ['templates'],
    title: { en: 'No parameters in the footer', fr: 'Pas de paramètre dans le pied de message' },
    explanation: {
      en: 'Meta\'s components reference describes the footer as plain text and most BSPs reject parameters in it, while Meta\'s utility-template page says variables are supported: sources disagree, hence a warning. Move variable content to the body to be safe. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
      fr: 'La référence des composants de Meta décrit le pied de message comme du texte simple et la plupart des BSP y refusent les paramètres, alors que la page des templates utilitaires de Meta les dit acceptés : les sources divergent, d\'où un avertissement. Par prudence, placez le contenu variable dans le corps. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
    messages: {
      param: { en: 'The footer holds parameter {raw}; footers are plain text for most of the chain (rejection risk). Move it to the body.', fr: 'Le pied de message contient le paramètre {raw} ; il est du texte simple pour la plupart des intermédiaires (risque de refus). Déplacez-le dans le corps.' },
    },
    fix: 'none',
  },
  check(ctx) {
    for (const t of ctx.templates) {
      for (const c of componentsOf(t, 'FOOTER')) {
        const text = str(c.raw.text);
        if (!text) continue;
        for (const k of scanTokens(text).filter((x) => x.ok)) ctx.report({ messageId: 'param', data: { raw: k.raw }, ...pieceTarget(ctx, [...c.path, 'text'], text, k.start, k.end) });
      }
    }
  },
});
