import { fold } from '../../util/strings';
import { defineRule } from '../types';
import { marketingSteps } from './shared';

/** Answers that say nothing about where or how the opt-in was collected. */
const VAGUE = new Set([
  'yes', 'y', 'ok', 'okay', 'true', 'done', 'consent', 'consented', 'opt-in', 'opt in', 'optin', 'opted in', 'agreed', 'granted', 'todo', 'tbd', 'n/a', 'na', 'none', '-', '?', 'x',
  'oui', 'o', 'd\'accord', 'daccord', 'accord', 'consentement', 'fait', 'a faire',
  'si', 'sim', 'ja', 'vale', 'claro', 'certo', 'einverstanden',
]);

function isVague(text: string): boolean {
  const t = fold(text).trim().replace(/[.!]+$/, '');
  return t.length < 6 || VAGUE.has(t);
}

export default defineRule({
  meta: {
    id: 'optin/missing',
    severity: 'warning',
    appliesTo: ['flow'],
    title: { en: 'Business-initiated messages without a declared opt-in', fr: 'Messages à l\'initiative de l\'entreprise sans opt-in déclaré' },
    explanation: {
      en: 'Before a business writes first on WhatsApp, the person must have opted in: they agreed to receive messages from this business, and the opt-in names the business and says what they will receive (order updates, offers...). It may be collected on or off WhatsApp (a checkout box, a web form, a store sign-up) as long as it is lawful. Messages sent without opt-in get blocked and reported, which lowers the number\'s quality rating and can restrict its sending. Declare in `opt_in:` where and how the consent was collected, so reviewers can check it.',
      fr: 'Avant qu\'une entreprise écrive la première sur WhatsApp, la personne doit avoir donné son accord (opt-in) : elle accepte de recevoir des messages de cette entreprise, et l\'accord nomme l\'entreprise et précise ce qu\'elle recevra (suivi de commande, offres...). Il peut être recueilli sur WhatsApp ou ailleurs (case au paiement, formulaire web, inscription en magasin) s\'il est licite. Les messages envoyés sans accord sont bloqués et signalés : la note de qualité du numéro baisse et ses envois peuvent être restreints. Indiquez dans `opt_in:` où et comment l\'accord a été recueilli, pour qu\'une relecture puisse le vérifier.',
    },
    source: 'https://developers.facebook.com/docs/whatsapp/overview/getting-opt-in',
    messages: {
      missing: {
        en: 'This flow {why} but declares no `opt_in:`. Add `opt_in:` saying where and how the user agreed to receive these messages from your business (e.g. "checkbox at checkout on shop.example.com, order updates and offers").',
        fr: 'Ce flow {why} mais ne déclare pas d\'`opt_in:`. Ajoutez `opt_in:` en indiquant où et comment l\'utilisateur a accepté de recevoir ces messages de votre entreprise (ex. « case cochée au paiement sur boutique.example.fr, suivi de commande et offres »).',
      },
      vague: {
        en: '`opt_in: {value}` does not say how consent was collected. Describe where the user opted in, naming your business and what they agreed to receive.',
        fr: '`opt_in: {value}` ne dit pas comment l\'accord a été recueilli. Décrivez où l\'utilisateur a donné son accord, en nommant votre entreprise et ce qu\'il a accepté de recevoir.',
      },
    },
    fix: 'none',
  },
  check(ctx) {
    const flow = ctx.flow!;
    if (flow.optIn !== undefined) {
      if (isVague(flow.optIn)) ctx.report({ messageId: 'vague', data: { value: JSON.stringify(flow.optIn) }, path: ['opt_in'], target: 'value' });
      return;
    }
    if (ctx.file.yaml.pair(['opt_in'])) return; // present but not a string: flow/schema reports it
    const marketing = marketingSteps(ctx.workspace, flow);
    if (flow.trigger === 'business') {
      ctx.report({ messageId: 'missing', data: { why: ctx.locale === 'fr' ? 'écrit en premier (`trigger: business`)' : 'writes first (`trigger: business`)' }, path: ['trigger'], target: 'value' });
    } else if (marketing.length) {
      const name = marketing[0].template.name;
      ctx.report({
        messageId: 'missing',
        data: { why: ctx.locale === 'fr' ? `envoie le template MARKETING « ${name} »` : `sends MARKETING template "${name}"` },
        path: ['steps', marketing[0].id, 'template'],
        target: 'value',
      });
    }
  },
});
