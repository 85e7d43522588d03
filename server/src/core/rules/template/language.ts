import { LANGUAGE_CODE_RE, normaliseLanguage } from '../../data/languages';
import { replaceScalar } from '../../fix/edits';
import { defineRule } from '../types';
import { templatePath } from './util';

export default defineRule({
  meta: {
    id: 'template/language',
    severity: 'error',
    appliesTo: ['templates'],
    title: { en: 'Language codes are written the WhatsApp way (en_US, not en-US)', fr: 'Les codes de langue s\'écrivent à la manière de WhatsApp (en_US, pas en-US)' },
    explanation: {
      en: 'WhatsApp identifies a template language by an exact, case-sensitive code: a lowercase language, then optionally an underscore and an uppercase region (`fr`, `en_US`, `pt_BR`). `en-US` or `EN_us` are not the same code: creation fails, or a send looks for a variant that does not exist (error 132001). Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview',
      fr: 'WhatsApp identifie la langue d\'un template par un code exact, sensible à la casse : la langue en minuscules, puis éventuellement un underscore et la région en majuscules (`fr`, `en_US`, `pt_BR`). `en-US` ou `EN_us` ne sont pas le même code : la création échoue, ou l\'envoi cherche une variante qui n\'existe pas (erreur 132001). Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview',
    messages: {
      format: { en: 'Language code "{code}" is not in WhatsApp\'s format; write "{fixed}" (lowercase language, underscore, uppercase region).', fr: 'Le code de langue « {code} » n\'est pas au format de WhatsApp ; écrivez « {fixed} » (langue en minuscules, underscore, région en majuscules).' },
      invalid: { en: '"{code}" is not a language code. Use a code such as fr, en_US or pt_BR.', fr: '« {code} » n\'est pas un code de langue. Utilisez un code comme fr, en_US ou pt_BR.' },
    },
    fix: 'safe',
    fixTitles: { normalise: { en: 'Write "{to}"', fr: 'Écrire « {to} »' } },
  },
  check(ctx) {
    for (const t of ctx.templates) {
      if (typeof t.raw.language !== 'string') continue;
      const code = t.language;
      if (LANGUAGE_CODE_RE.test(code)) continue;
      const path = templatePath(t, 'language');
      const fixed = normaliseLanguage(code);
      if (!LANGUAGE_CODE_RE.test(fixed)) {
        ctx.report({ messageId: 'invalid', data: { code }, path, target: 'value' });
        continue;
      }
      ctx.report({
        messageId: 'format',
        data: { code, fixed },
        path,
        target: 'value',
        fix: () => {
          const e = replaceScalar(ctx.file.yaml, path, fixed);
          return e ? { title: 'normalise', titleData: { to: fixed }, edits: [e] } : undefined;
        },
      });
    }
  },
});
