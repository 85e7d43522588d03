import { DEFAULT_THRESHOLD } from '../../category/classifier';
import { defineRule } from '../types';
import { CATEGORY_SOURCE, categoryOf, isUnclear, price, setCategory, thresholdOption, utilityProblem, verdictOf, MARKETING_FIX_TITLE } from './shared';

const MESSAGE_BY_SIGNAL: Record<string, string> = {
  'vague/only-parameter': 'onlyParameter',
  'vague/greeting-only': 'greetingOnly',
  'vague/too-short': 'tooShort',
  'vague/parameter-heavy': 'parameterHeavy',
};

const TAIL = {
  en: 'Meta treats unclear content as MARKETING and bills it as such ({marketingPrice} instead of {utilityPrice} per message). Say in fixed words what the message is about and for which order, booking or account (for example "Your order {{1}} has shipped and arrives on {{2}}."), or declare the template MARKETING.',
  fr: 'Meta traite un contenu flou comme du MARKETING et le facture comme tel ({marketingPrice} au lieu de {utilityPrice} par message). Écrivez en toutes lettres l\'objet du message et la commande, la réservation ou le compte concerné (par exemple « Votre commande {{1}} est expédiée et arrivera le {{2}}. »), ou déclarez le template MARKETING.',
};

export default defineRule({
  meta: {
    id: 'category/vague-content',
    severity: 'warning',
    appliesTo: ['templates'],
    title: {
      en: 'A UTILITY template too vague to be utility',
      fr: 'Un template UTILITY trop flou pour être utility',
    },
    explanation: {
      en:
        'Meta must be able to tell, from the fixed text of a template, that it serves a specific order, booking or account or an essential notice. A body that is only a parameter ("{{1}}"), only a greeting or a congratulation ("Congratulations {{1}}!"), or a couple of words around parameters says nothing: Meta classifies such unclear content as MARKETING, and since April 2025 approves it as MARKETING and bills it at the marketing rate instead of rejecting it. Source: ' +
        CATEGORY_SOURCE,
      fr:
        "Meta doit pouvoir comprendre, à la lecture du texte fixe d'un template, qu'il sert une commande, une réservation ou un compte précis, ou une information essentielle. Un corps qui n'est qu'un paramètre (« {{1}} »), qu'une salutation ou des félicitations (« Félicitations {{1}} ! »), ou quelques mots autour de paramètres ne dit rien : Meta classe ce contenu flou en MARKETING et, depuis avril 2025, l'approuve en MARKETING et le facture au tarif marketing au lieu de le rejeter. Source : " +
        CATEGORY_SOURCE,
    },
    source: CATEGORY_SOURCE,
    messages: {
      onlyParameter: {
        en: 'The body of this UTILITY template is only parameters, with no words of its own. ' + TAIL.en,
        fr: "Le corps de ce template UTILITY n'est fait que de paramètres, sans texte propre. " + TAIL.fr,
      },
      greetingOnly: {
        en: 'The body of this UTILITY template is only a greeting or a congratulation. ' + TAIL.en,
        fr: "Le corps de ce template UTILITY n'est qu'une salutation ou des félicitations. " + TAIL.fr,
      },
      tooShort: {
        en: 'The body of this UTILITY template has too little content to tell what it is about. ' + TAIL.en,
        fr: 'Le corps de ce template UTILITY a trop peu de contenu pour savoir de quoi il parle. ' + TAIL.fr,
      },
      parameterHeavy: {
        en: 'Most of the content of this UTILITY template is in its parameters, not in its fixed text. ' + TAIL.en,
        fr: "L'essentiel du contenu de ce template UTILITY est dans ses paramètres, pas dans son texte fixe. " + TAIL.fr,
      },
    },
    fix: 'suggestion',
    fixTitles: { marketing: MARKETING_FIX_TITLE },
  },
  check(ctx) {
    const threshold = thresholdOption(ctx, DEFAULT_THRESHOLD);
    for (const t of ctx.templates) {
      if (categoryOf(t) !== 'UTILITY') continue;
      const text = t.body?.raw.text;
      if (typeof text !== 'string' || text.trim() === '') continue; // a missing body is template/structure's finding
      const v = verdictOf(t);
      if (utilityProblem(v, threshold) !== 'vague') continue;
      const unclear = v.signals.filter(isUnclear).sort((a, b) => b.weight - a.weight)[0];
      const data = { marketingPrice: price(ctx, 'marketing'), utilityPrice: price(ctx, 'utility') };
      ctx.report({
        messageId: MESSAGE_BY_SIGNAL[unclear.id] ?? 'tooShort',
        data,
        path: [...t.body!.path, 'text'],
        target: 'value',
        suggest: () => {
          const e = setCategory(ctx, t, 'MARKETING');
          return e ? [{ title: 'marketing', titleData: data, edits: [e] }] : [];
        },
      });
    }
  },
});
