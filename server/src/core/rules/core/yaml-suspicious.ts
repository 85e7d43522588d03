import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'yaml/suspicious',
    severity: 'warning',
    appliesTo: ['any'],
    title: { en: 'YAML that parses but probably does not mean what it says', fr: 'Du YAML valide qui ne dit probablement pas ce que vous pensez' },
    explanation: {
      en: 'The YAML parser accepted this, with a warning: an unknown tag, a second document in the same file, or a construct that other tools read differently.',
      fr: 'Le parseur YAML l\'accepte, avec un avertissement : une étiquette inconnue, un second document dans le même fichier, ou une construction que d\'autres outils lisent autrement.',
    },
    source: 'https://yaml.org/spec/1.2.2/',
    messages: {},
    fix: 'none',
  },
  check(ctx) {
    for (const p of ctx.file.yaml.problems) if (p.severity === 'warning') ctx.report({ message: p.message, range: p.range });
  },
});
