import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'flow/duplicate-step',
    severity: 'error',
    appliesTo: ['flow'],
    title: { en: 'Two steps with the same id', fr: 'Deux étapes avec le même identifiant' },
    explanation: {
      en: 'Step ids are how steps reach each other. With two steps of the same id, only one of them exists at run time and every reference is ambiguous. Rename one.',
      fr: 'Les identifiants d\'étape servent à relier les étapes. Avec deux étapes du même nom, une seule existe à l\'exécution et chaque référence devient ambiguë. Renommez-en une.',
    },
    source: 'docs/flow-format.md',
    messages: {
      duplicate: { en: 'Step "{id}" is already defined on line {line}. Rename one of them.', fr: 'L\'étape « {id} » est déjà définie ligne {line}. Renommez l\'une des deux.' },
    },
    fix: 'none',
  },
  check(ctx) {
    for (const d of ctx.file.yaml.duplicates) {
      if (d.mapPath.length !== 1 || d.mapPath[0] !== 'steps') continue;
      ctx.report({ messageId: 'duplicate', data: { id: d.key, line: ctx.file.yaml.lines.positionAt(d.firstRange.start).line + 1 }, range: d.range });
    }
  },
});
