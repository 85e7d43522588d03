import { defineRule } from '../types';
import { channelsOf, INDIRECT } from './channels';

/** What a channel's `value` holds, for the "missing value" message. */
const CONTACT_WHAT: Record<string, { en: string; fr: string }> = {
  phone: { en: 'phone number', fr: 'le numéro de téléphone' },
  email: { en: 'email address', fr: 'l\'adresse e-mail' },
  web_form: { en: 'https:// address of the support form', fr: 'l\'adresse https:// du formulaire' },
  store: { en: 'store address (or store-locator link)', fr: 'l\'adresse du magasin (ou le lien vers la carte des magasins)' },
};

/** Why a contact value is not usable, or undefined when it looks fine. */
export function contactProblem(type: string, value: string): 'phone' | 'email' | 'notHttps' | 'notUrl' | undefined {
  const v = value.trim();
  switch (type) {
    case 'phone': {
      if (/^(?:https?:\/\/)?(?:wa\.me|api\.whatsapp\.com)\//i.test(v)) return undefined;
      const compact = v.replace(/^tel:/i, '').replace(/[\s.\-()/]/g, '');
      const intl = /^(?:\+|00)(\d+)$/.exec(compact);
      if (intl) return intl[1].length >= 7 && intl[1].length <= 15 && intl[1][0] !== '0' ? undefined : 'phone';
      // national numbers, including short service numbers (3949, 3631)
      return /^\d{4,15}$/.test(compact) ? undefined : 'phone';
    }
    case 'email': {
      const e = v.replace(/^mailto:/i, '').replace(/\?.*$/, '');
      return /^[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$/.test(e) && !/\.\./.test(e) && !e.startsWith('.') ? undefined : 'email';
    }
    case 'web_form':
      if (/^https:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i.test(v)) return undefined;
      return /^http:\/\//i.test(v) ? 'notHttps' : 'notUrl';
    default:
      return undefined;
  }
}

export default defineRule({
  meta: {
    id: 'escalation/invalid-contact',
    severity: 'error',
    appliesTo: ['flow'],
    title: { en: 'An escalation contact that cannot work', fr: 'Un contact d\'escalade inutilisable' },
    explanation: {
      en: 'An escalation path only helps if the user can use it: a phone number with a plausible number of digits (international E.164: + and 7 to 15 digits; national: 4 to 15 digits), a well-formed email address, a support form at an https:// address, a store with an address or a store-locator link. A broken contact is, for the user and for WhatsApp\'s reviewers, the same as no escalation path, which can lead to limits on the number\'s sending.',
      fr: 'Une voie d\'escalade n\'aide que si l\'utilisateur peut s\'en servir : un numéro de téléphone au nombre de chiffres plausible (international E.164 : + et 7 à 15 chiffres ; national : 4 à 15 chiffres), une adresse e-mail bien formée, un formulaire d\'assistance à une adresse https://, un magasin avec une adresse ou un lien vers la carte des magasins. Un contact cassé équivaut, pour l\'utilisateur comme pour les équipes de WhatsApp, à une absence de voie d\'escalade, ce qui peut limiter les envois du numéro.',
    },
    source: 'https://business.whatsapp.com/policy (automation: escalation paths); ITU-T E.164',
    messages: {
      phone: { en: '"{value}" is not a plausible phone number. Write it in international form (+33 1 23 45 67 89) or as a national number.', fr: '« {value} » n\'est pas un numéro de téléphone plausible. Écrivez-le au format international (+33 1 23 45 67 89) ou national.' },
      email: { en: '"{value}" is not a valid email address.', fr: '« {value} » n\'est pas une adresse e-mail valide.' },
      notHttps: { en: 'The support form "{value}" uses http://. Use an https:// address so the user\'s data is encrypted.', fr: 'Le formulaire d\'assistance « {value} » utilise http://. Utilisez une adresse https:// pour que les données de l\'utilisateur soient chiffrées.' },
      notUrl: { en: '"{value}" is not a web address. A `web_form` channel needs the https:// address of the support form.', fr: '« {value} » n\'est pas une adresse web. Un canal `web_form` a besoin de l\'adresse https:// du formulaire d\'assistance.' },
      missingValue: { en: 'This {type} escalation has no `value`: add the {what} the user should use.', fr: 'Cette escalade {type} n\'a pas de `value` : ajoutez {what} que l\'utilisateur doit utiliser.' },
    },
    fix: 'none',
  },
  check(ctx) {
    const flow = ctx.flow!;
    const channels = channelsOf(flow, ctx.config);
    for (const c of channels) {
      if (c.type === 'agent') continue;
      if (!c.hasValue) {
        // a declared entry pointing at a step that carries the value is complete
        if (c.source === 'declared' && c.step && channels.some((o) => o.source === 'step' && o.step === c.step && o.hasValue)) continue;
        ctx.report({ messageId: 'missingValue', data: { type: c.type, what: CONTACT_WHAT[c.type][ctx.locale] }, path: c.typePath, target: 'value' });
        continue;
      }
      if (c.cls && INDIRECT.has(c.cls)) continue; // escalation/not-direct says why
      const problem = contactProblem(c.type, c.value!);
      if (problem) ctx.report({ messageId: problem, data: { value: c.value!.trim() }, path: c.valuePath, target: 'value' });
    }
  },
});
