import { defineRule } from '../types';
import { templatePath } from './util';

export default defineRule({
  meta: {
    id: 'template/duplicate',
    severity: 'error',
    appliesTo: ['templates'],
    title: { en: 'Two templates with the same name and language', fr: 'Deux templates avec le même nom et la même langue' },
    explanation: {
      en: 'A WhatsApp Business Account holds one template per name and language: the same name may exist in several languages, never twice in one. The second creation fails, and a flow that sends the name cannot tell which text it gets. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview',
      fr: 'Un compte WhatsApp Business contient un seul template par nom et par langue : un même nom peut exister en plusieurs langues, jamais deux fois dans la même. La seconde création échoue, et un flow qui envoie ce nom ne sait pas quel texte il obtient. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview',
    messages: {
      sameFile: { en: 'Template "{name}" in language "{language}" is already defined above (line {line}). Rename one of them or change its language.', fr: 'Le template « {name} » en langue « {language} » est déjà défini plus haut (ligne {line}). Renommez l\'un des deux ou changez sa langue.' },
      otherFile: { en: 'Template "{name}" in language "{language}" is also defined in {file}. Keep one definition per name and language.', fr: 'Le template « {name} » en langue « {language} » est aussi défini dans {file}. Gardez une seule définition par nom et par langue.' },
    },
    fix: 'none',
  },
  check(ctx) {
    const seen = new Map<string, number>();
    for (const t of ctx.templates) {
      if (!t.name || !t.language) continue;
      const key = `${t.name}\u0000${t.language}`;
      const path = templatePath(t, 'name');
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.report({ messageId: 'sameFile', data: { name: t.name, language: t.language, line: first }, path, target: 'value' });
        continue;
      }
      seen.set(key, ctx.file.yaml.lines.positionAt(ctx.file.yaml.rangeOf(path, 'value').start).line + 1);
      const others = ctx.workspace.templates(t.name).filter((e) => e.uri !== ctx.file.uri && e.template.language === t.language);
      if (others.length) {
        const files = [...new Set(others.map((e) => e.uri))].sort();
        ctx.report({ messageId: 'otherFile', data: { name: t.name, language: t.language, file: files.join(', ') }, path, target: 'value', related: files.map((f) => ({ file: f, message: `${t.name} (${t.language})` })) });
      }
    }
  },
});
