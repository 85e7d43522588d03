import { LANGUAGE_CODE_RE, LANGUAGES_VERSION, TEMPLATE_LANGUAGES } from '../../data/languages';
import { closest } from '../../util/strings';
import { defineRule } from '../types';
import { templatePath } from './util';

export default defineRule({
  meta: {
    id: 'template/language-known',
    severity: 'warning',
    appliesTo: ['templates'],
    title: { en: 'The language code is one WhatsApp supports for templates', fr: 'Le code de langue fait partie de ceux que WhatsApp accepte pour les templates' },
    explanation: {
      en: 'Templates can only be created in the languages on Meta\'s supported list; another code is refused at creation. walint ships that list as dated data (server/src/core/data/languages.ts); Meta adds regional variants over time, so a recent code may be missing: add it under this rule\'s `languages` option. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview',
      fr: 'Un template ne peut être créé que dans une langue de la liste de Meta ; un autre code est refusé à la création. walint embarque cette liste datée (server/src/core/data/languages.ts) ; Meta ajoute des variantes régionales au fil du temps, un code récent peut donc manquer : ajoutez-le dans l\'option `languages` de cette règle. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview',
    messages: {
      unknown: { en: 'Language "{code}" is not on WhatsApp\'s supported list (walint data {version}).{hint} If Meta added it recently, list it under `rules: template/language-known: languages:`.', fr: 'La langue « {code} » n\'est pas dans la liste de WhatsApp (données walint {version}).{hint} Si Meta l\'a ajoutée récemment, déclarez-la sous `rules: template/language-known: languages:`.' },
    },
    fix: 'suggestion',
    fixTitles: { replace: { en: 'Use "{to}"', fr: 'Utiliser « {to} »' } },
  },
  check(ctx) {
    const extra = Array.isArray(ctx.options.languages) ? ctx.options.languages.filter((l): l is string => typeof l === 'string') : [];
    const known = new Set([...TEMPLATE_LANGUAGES, ...extra]);
    for (const t of ctx.templates) {
      const code = t.language;
      // Badly written codes are template/language's business.
      if (typeof t.raw.language !== 'string' || !LANGUAGE_CODE_RE.test(code) || known.has(code)) continue;
      const base = code.split('_')[0];
      const near = base !== code && known.has(base) ? base : closest(code, known, 0.34);
      const hint = near ? (ctx.locale === 'fr' ? ` Vouliez-vous dire « ${near} » ?` : ` Did you mean "${near}"?`) : '';
      const path = templatePath(t, 'language');
      ctx.report({
        messageId: 'unknown',
        data: { code, version: LANGUAGES_VERSION, hint },
        path,
        target: 'value',
        suggest: near
          ? () => {
              const r = ctx.file.yaml.innerRange(path);
              return r ? [{ title: 'replace', titleData: { to: near }, edits: [{ ...r, newText: near }] }] : [];
            }
          : undefined,
      });
    }
  },
});
