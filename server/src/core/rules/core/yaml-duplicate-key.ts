import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'yaml/duplicate-key',
    severity: 'error',
    appliesTo: ['any'],
    title: { en: 'A key appears twice in the same mapping', fr: 'Une clé apparaît deux fois dans la même table' },
    explanation: {
      en: 'When a key is repeated, only one of the values survives (which one depends on the tool), so part of what you wrote is silently lost. Keep one and merge the values.',
      fr: 'Quand une clé est répétée, une seule des valeurs est gardée (laquelle dépend de l\'outil) : une partie de ce que vous avez écrit disparaît sans bruit. Gardez-en une et fusionnez les valeurs.',
    },
    source: 'https://yaml.org/spec/1.2.2/#mapping',
    messages: {
      duplicate: { en: 'Duplicate key "{key}" (first defined on line {line}). Remove or rename one of them.', fr: 'Clé « {key} » en double (déjà définie ligne {line}). Supprimez ou renommez l\'une des deux.' },
    },
    fix: 'none',
  },
  check(ctx) {
    for (const d of ctx.file.yaml.duplicates) {
      // Duplicate step ids have their own rule with a better message.
      if (ctx.flow && d.mapPath.length === 1 && d.mapPath[0] === 'steps') continue;
      ctx.report({ messageId: 'duplicate', data: { key: d.key, line: ctx.file.yaml.lines.positionAt(d.firstRange.start).line + 1 }, range: d.range });
    }
  },
});
