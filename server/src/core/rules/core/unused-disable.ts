import { defineRule } from '../types';

/** Reported by the engine after suppression; this file holds its metadata. */
export default defineRule({
  meta: {
    id: 'walint/unused-disable',
    severity: 'warning',
    appliesTo: ['any'],
    title: { en: 'A walint-disable comment that hides nothing', fr: 'Un commentaire walint-disable qui ne masque rien' },
    explanation: {
      en: 'The comment names a rule that reports nothing where the comment applies (or a rule that does not exist). Stale suppressions hide future problems: remove it.',
      fr: 'Le commentaire nomme une règle qui ne signale rien là où il s\'applique (ou une règle qui n\'existe pas). Une suppression périmée cache les problèmes à venir : retirez-la.',
    },
    source: 'docs/configuration.md',
    messages: {
      unused: { en: 'Unused walint-disable comment: nothing is reported here. Remove it.', fr: 'Commentaire walint-disable inutile : rien n\'est signalé ici. Retirez-le.' },
      unusedRule: { en: '"{rule}" reports nothing here; remove it from the walint-disable comment.', fr: '« {rule} » ne signale rien ici ; retirez-la du commentaire walint-disable.' },
      unknownRule: { en: 'Unknown rule "{rule}" in walint-disable comment.{hint}', fr: 'Règle inconnue « {rule} » dans le commentaire walint-disable.{hint}' },
    },
    fix: 'safe',
    fixTitles: { remove: { en: 'Remove the unused walint-disable comment', fr: 'Retirer le commentaire walint-disable inutile' } },
  },
  check() {},
});
