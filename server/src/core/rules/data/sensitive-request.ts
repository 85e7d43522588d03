import { replaceScalar } from '../../fix/edits';
import { defineRule } from '../types';
import { alternativeOf, detectSensitiveRequests, groupOf, kindsOf, labelOf, safeText } from './sensitive';
import { baseLanguage, flowTexts, locate, templateTexts, type SentText } from './texts';

export default defineRule({
  meta: {
    id: 'data/sensitive-request',
    severity: 'warning',
    appliesTo: ['flow', 'templates'],
    title: { en: 'A message asks the user for sensitive identifiers', fr: 'Un message demande des identifiants sensibles à l\'utilisateur' },
    explanation: {
      en: 'WhatsApp\'s Business Messaging Policy forbids asking people to share full payment card numbers, bank account numbers, national ID numbers or other sensitive identifiers in a chat; passwords and PINs belong to the same family. Template review applies the same rule: a template that requests them is likely to be rejected, and a bot that does it puts the number\'s quality and sending rights at risk. Partial identifiers such as the last 4 digits are allowed. Take payments through a payment link or a WhatsApp Flow with a PCI-DSS provider, and identity or bank details through a secure web form.',
      fr: 'La politique de messagerie WhatsApp Business interdit de demander dans une conversation un numéro de carte complet, un numéro de compte bancaire, un numéro d\'identité ou tout autre identifiant sensible ; mots de passe et codes PIN relèvent de la même famille. L\'examen des templates applique la même règle : un template qui les demande risque le rejet, et un bot qui le fait met en jeu la qualité du numéro et ses droits d\'envoi. Les identifiants partiels, comme les 4 derniers chiffres, sont permis. Encaissez par lien de paiement ou WhatsApp Flow avec un prestataire PCI-DSS, et recueillez identité ou coordonnées bancaires via un formulaire web sécurisé.',
    },
    source: 'https://business.whatsapp.com/policy ; https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review',
    messages: {
      flowRequest: {
        en: 'Step "{step}" asks for {what}. WhatsApp forbids collecting this in a chat: {alternative}.',
        fr: 'L\'étape « {step} » demande {what}. WhatsApp interdit de recueillir cela dans une conversation : {alternative}.',
      },
      templateRequest: {
        en: 'Template "{template}" asks for {what}: Meta is likely to reject it at review. Instead, {alternative}.',
        fr: 'Le template « {template} » demande {what} : Meta risque de le rejeter à l\'examen. À la place, {alternative}.',
      },
    },
    fix: 'suggestion',
    fixTitles: { replace: { en: 'Replace the text with a safe alternative', fr: 'Remplacer le texte par une alternative sûre' } },
  },
  check(ctx) {
    const yaml = ctx.file.yaml;
    const check = (t: SentText, language: string): void => {
      const matches = detectSensitiveRequests(t.text, { question: t.kind === 'ask' });
      if (!matches.length) return;
      const kinds = kindsOf(matches);
      const group = groupOf(kinds);
      const what = joinAnd(kinds.map((k) => labelOf(k, ctx.locale)), ctx.locale === 'fr' ? ' et ' : ' and ');
      const first = matches[0];
      const range = locate(yaml, t.path, t.text.slice(first.start, first.end));
      ctx.report({
        messageId: t.template !== undefined ? 'templateRequest' : 'flowRequest',
        data: { step: t.step, template: t.template, what, alternative: alternativeOf(group, ctx.locale) },
        range,
        // a suggestion: the new text changes what the bot says
        suggest: () => {
          const edit = replaceScalar(yaml, t.path, safeText(group, language));
          return edit ? [{ title: 'replace', edits: [edit] }] : [];
        },
      });
    };
    if (ctx.flow) {
      const language = baseLanguage(ctx.flow.language);
      for (const t of flowTexts(ctx.flow)) check(t, language);
    }
    for (const tpl of ctx.templates) {
      const language = baseLanguage(tpl.language);
      for (const t of templateTexts(tpl)) check(t, language);
    }
  },
});

function joinAnd(items: string[], and: string): string {
  return items.length <= 1 ? items.join('') : items.slice(0, -1).join(', ') + and + items[items.length - 1];
}
