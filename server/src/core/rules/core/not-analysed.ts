import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'walint/not-analysed',
    severity: 'warning',
    appliesTo: ['any'],
    title: { en: 'A file walint could not analyse', fr: 'Un fichier que walint n\'a pas pu analyser' },
    explanation: {
      en: 'walint skips files that are too large, binary, or that expand beyond safe limits (alias bombs), so the editor never hangs. Nothing in the file was checked.',
      fr: 'walint ignore les fichiers trop gros, binaires, ou qui s\'étendent au-delà de limites sûres (bombes d\'alias), pour que l\'éditeur ne bloque jamais. Rien n\'a été vérifié dans ce fichier.',
    },
    source: 'docs/configuration.md',
    messages: { skipped: { en: 'Not analysed: {reason}.', fr: 'Non analysé : {reason}.' } },
    fix: 'none',
  },
  check(ctx) {
    if (ctx.file.notAnalysed) ctx.report({ messageId: 'skipped', data: { reason: ctx.file.notAnalysed }, range: { start: 0, end: 0 } });
  },
});
