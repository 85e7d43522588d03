import { replaceScalar } from '../../fix/edits';
import { charLength } from '../../util/strings';
import { defineRule } from '../types';
import { templatePath } from './util';

export const NAME_RE = /^[a-z0-9_]+$/;

/** Lowercase, accents stripped, every other invalid character replaced by `_`. */
export function sanitizeName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

export default defineRule({
  meta: {
    id: 'template/name',
    severity: 'error',
    appliesTo: ['templates'],
    title: { en: 'Template names use lowercase letters, digits and underscores, within the length limit', fr: 'Les noms de templates n\'utilisent que minuscules, chiffres et underscores, dans la longueur permise' },
    explanation: {
      en: 'Meta only accepts template names made of lowercase letters a–z, digits and underscores (`^[a-z0-9_]+$`), at most 512 characters. Capitals, spaces, hyphens or accents make the creation call fail, so the template never reaches review. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview',
      fr: 'Meta n\'accepte comme nom de template que des minuscules a–z, des chiffres et des underscores (`^[a-z0-9_]+$`), 512 caractères au plus. Majuscules, espaces, tirets ou accents font échouer l\'appel de création : le template n\'arrive jamais en revue. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview',
    messages: {
      charset: { en: 'Template name "{name}" may only contain lowercase letters, digits and underscores; Meta rejects it at creation. Rename it to "{fixed}".', fr: 'Le nom de template « {name} » ne peut contenir que des minuscules, chiffres et underscores ; Meta le refuse à la création. Renommez-le en « {fixed} ».' },
      empty: { en: 'The template name is empty. Give it a name of lowercase letters, digits and underscores.', fr: 'Le nom du template est vide. Donnez-lui un nom en minuscules, chiffres et underscores.' },
      tooLong: { en: 'Template name has {length} characters; Meta allows at most {max}. Shorten it.', fr: 'Le nom du template fait {length} caractères ; Meta en permet au plus {max}. Raccourcissez-le.' },
    },
    fix: 'safe',
    fixTitles: { rename: { en: 'Rename the template to "{to}"', fr: 'Renommer le template en « {to} »' } },
  },
  check(ctx) {
    for (const t of ctx.templates) {
      if (typeof t.raw.name !== 'string') continue;
      const path = templatePath(t, 'name');
      const name = t.name;
      if (name === '') {
        ctx.report({ messageId: 'empty', path, target: 'value' });
        continue;
      }
      const length = charLength(name);
      if (length > ctx.facts.templateNameMax) ctx.report({ messageId: 'tooLong', data: { length, max: ctx.facts.templateNameMax }, path, target: 'value' });
      if (NAME_RE.test(name)) continue;
      const fixed = sanitizeName(name);
      const rename = () => {
        const e = replaceScalar(ctx.file.yaml, path, fixed);
        return e ? { title: 'rename', titleData: { to: fixed }, edits: [e] } : undefined;
      };
      // Renaming is safe only when nothing else depends on the old name or already uses the new one.
      const referenced = ctx.workspace.flowsUsing(new Set([name])).length > 0;
      const taken = ctx.workspace.templates(fixed).some((e) => e.template.language === t.language);
      const safe = !referenced && !taken;
      ctx.report({
        messageId: 'charset',
        data: { name, fixed },
        path,
        target: 'value',
        fix: safe ? rename : undefined,
        suggest: safe ? undefined : () => {
          const f = rename();
          return f ? [f] : [];
        },
      });
    }
  },
});
