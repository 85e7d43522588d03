import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'yaml/syntax',
    severity: 'error',
    appliesTo: ['any'],
    title: { en: 'The file must be valid YAML or JSON', fr: 'Le fichier doit être du YAML ou du JSON valide' },
    explanation: {
      en: 'walint reads flows and templates as YAML (JSON is valid YAML). A syntax error stops the file from being understood: fix it first, the other checks depend on it.',
      fr: 'walint lit les flows et les templates en YAML (le JSON est du YAML valide). Une erreur de syntaxe empêche de comprendre le fichier : corrigez-la d\'abord, les autres vérifications en dépendent.',
    },
    source: 'https://yaml.org/spec/1.2.2/',
    messages: {},
    fix: 'none',
  },
  check(ctx) {
    for (const p of ctx.file.yaml.problems) {
      if (p.severity === 'error') ctx.report({ message: p.message, range: p.range });
    }
  },
});
