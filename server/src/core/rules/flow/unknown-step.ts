import { closest } from '../../util/strings';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'flow/unknown-step',
    severity: 'error',
    appliesTo: ['flow'],
    title: { en: 'A reference to a step that does not exist', fr: 'Une référence à une étape qui n\'existe pas' },
    explanation: {
      en: '`next`, `on_timeout`, button and list targets, branches, global intents, escalation and `start` must name a step of this flow. A dangling reference leaves the user stuck when the bot reaches it.',
      fr: '`next`, `on_timeout`, les cibles des boutons et des listes, les branches, les intentions globales, l\'escalade et `start` doivent nommer une étape de ce flow. Une référence orpheline bloque l\'utilisateur quand le bot y arrive.',
    },
    source: 'docs/flow-format.md',
    messages: {
      unknown: { en: 'Step "{id}" does not exist in this flow.{hint}', fr: 'L\'étape « {id} » n\'existe pas dans ce flow.{hint}' },
    },
    fix: 'suggestion',
    fixTitles: { rename: { en: 'Change to "{to}"', fr: 'Remplacer par « {to} »' } },
  },
  check(ctx) {
    const flow = ctx.flow!;
    for (const ref of flow.refs) {
      if (flow.steps.has(ref.id)) continue;
      const near = closest(ref.id, flow.stepOrder);
      const hint = near ? (ctx.locale === 'fr' ? ` Vouliez-vous dire « ${near} » ?` : ` Did you mean "${near}"?`) : '';
      ctx.report({
        messageId: 'unknown',
        data: { id: ref.id, hint },
        path: ref.path,
        target: 'value',
        suggest: near
          ? () => {
              const r = ctx.file.yaml.innerRange(ref.path);
              return r ? [{ title: 'rename', titleData: { to: near }, edits: [{ ...r, newText: near }] }] : [];
            }
          : undefined,
      });
    }
  },
});
