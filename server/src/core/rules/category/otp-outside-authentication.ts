import type { TemplateModel } from '../../model/template';
import { defineRule } from '../types';
import { CATEGORY_SOURCE, categoryOf, listSignals, relatedOf, setCategory, strongestFirst, verdictOf } from './shared';

/**
 * Only when the template already has the shape Meta presets for AUTHENTICATION (a BODY
 * without text, one OTP button, no header, no footer text) does changing the category alone
 * give a valid template; otherwise no edit is offered.
 */
function hasAuthenticationShape(t: TemplateModel): boolean {
  if (!t.body || typeof t.body.raw.text === 'string' && t.body.raw.text.trim() !== '') return false;
  if (t.components.some((c) => c.type === 'HEADER' || c.type === 'CAROUSEL' || c.type === 'LIMITED_TIME_OFFER')) return false;
  if (typeof t.footer?.raw.text === 'string' && t.footer.raw.text.trim() !== '') return false;
  const groups = t.components.filter((c) => c.type === 'BUTTONS');
  if (groups.length !== 1) return false;
  const buttons = groups[0].raw.buttons;
  return Array.isArray(buttons) && buttons.length === 1 && String((buttons[0] as { type?: unknown })?.type ?? '').toUpperCase() === 'OTP';
}

export default defineRule({
  meta: {
    id: 'category/otp-outside-authentication',
    severity: 'warning',
    appliesTo: ['templates'],
    title: {
      en: 'A one-time passcode sent from a MARKETING or UTILITY template',
      fr: 'Un code à usage unique envoyé par un template MARKETING ou UTILITY',
    },
    explanation: {
      en:
        'WhatsApp reserves one-time passcodes (login, verification, confirmation codes) to AUTHENTICATION templates. A MARKETING or UTILITY template that carries one breaks the policy: Meta rejects it, or later pulls it, with the reason INCORRECT_CATEGORY. An AUTHENTICATION template is not free text: Meta presets its body ("<code> is your verification code", with an optional security sentence), it has one OTP button (copy code, one-tap or zero-tap) and an optional expiry footer. So the fix is to rebuild the message as such a template and to send anything else in a separate one. Source: ' +
        CATEGORY_SOURCE,
      fr:
        "WhatsApp réserve les codes à usage unique (codes de connexion, de vérification, de confirmation) aux templates AUTHENTICATION. Un template MARKETING ou UTILITY qui en contient enfreint la règle : Meta le rejette, ou le retire plus tard, avec le motif INCORRECT_CATEGORY. Un template AUTHENTICATION n'est pas du texte libre : Meta fixe son corps (« <code> est votre code de vérification », avec une phrase de sécurité facultative), il a un bouton OTP (copier le code, one-tap ou zero-tap) et un pied de page d'expiration facultatif. Il faut donc reconstruire le message sous cette forme et envoyer le reste dans un autre template. Source : " +
        CATEGORY_SOURCE,
    },
    source: CATEGORY_SOURCE,
    messages: {
      otp: {
        en: 'This {category} template sends a one-time passcode ({triggers}); only AUTHENTICATION templates may, and Meta rejects this one as INCORRECT_CATEGORY. Rebuild it as an AUTHENTICATION template: no custom body text (Meta writes "<code> is your verification code"), one OTP button (copy code or one-tap), optionally `code_expiration_minutes` in the footer; send any other content in a separate template.',
        fr: 'Ce template {category} envoie un code à usage unique ({triggers}) ; seuls les templates AUTHENTICATION le peuvent et Meta rejettera celui-ci (INCORRECT_CATEGORY). Reconstruisez-le en template AUTHENTICATION : pas de texte de corps personnalisé (Meta écrit « <code> est votre code de vérification »), un bouton OTP (copier le code ou one-tap), éventuellement `code_expiration_minutes` dans le pied de page ; envoyez le reste dans un autre template.',
      },
    },
    fix: 'suggestion',
    fixTitles: {
      authentication: {
        en: 'Declare the template AUTHENTICATION (it already has the preset shape)',
        fr: 'Déclarer le template AUTHENTICATION (il a déjà la forme imposée)',
      },
    },
  },
  check(ctx) {
    for (const t of ctx.templates) {
      const category = categoryOf(t);
      if (category !== 'UTILITY' && category !== 'MARKETING') continue;
      const v = verdictOf(t);
      if (!v.otp) continue;
      const cues = strongestFirst(v.signals.filter((s) => s.kind === 'otp'));
      ctx.report({
        messageId: 'otp',
        data: { category, triggers: listSignals(cues, ctx.locale, 3, t) },
        path: [...t.path, 'category'],
        target: 'value',
        related: relatedOf(ctx, t, cues, undefined),
        suggest: () => {
          if (!hasAuthenticationShape(t)) return [];
          const e = setCategory(ctx, t, 'AUTHENTICATION');
          return e ? [{ title: 'authentication', edits: [e] }] : [];
        },
      });
    }
  },
});
