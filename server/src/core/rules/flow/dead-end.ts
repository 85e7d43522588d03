import { appendToMap } from '../../fix/edits';
import { defineRule } from '../types';
import type { Step } from '../../model/flow';

/** A step that ends the conversation on purpose or hands it over. */
function isTerminal(step: Step): boolean {
  return step.end === true || step.handoff !== undefined || step.opt_out === true;
}

export default defineRule({
  meta: {
    id: 'flow/dead-end',
    severity: 'warning',
    appliesTo: ['flow'],
    title: { en: 'A step where the user is stuck', fr: 'Une étape où l\'utilisateur reste bloqué' },
    explanation: {
      en: 'After this step the bot neither continues, nor waits for a choice, nor ends, nor hands over to a human. The user is left with no answer. Add `next:`, buttons, or `end: true`.',
      fr: 'Après cette étape, le bot ne continue pas, n\'attend pas de choix, ne termine pas et ne passe pas la main à un humain. L\'utilisateur reste sans réponse. Ajoutez `next:`, des boutons, ou `end: true`.',
    },
    source: 'docs/flow-format.md',
    messages: {
      deadEnd: { en: 'Step "{id}" leads nowhere: add `next:`, reply buttons, or `end: true` if the conversation really ends here.', fr: 'L\'étape « {id} » ne mène nulle part : ajoutez `next:`, des boutons de réponse, ou `end: true` si la conversation s\'arrête vraiment ici.' },
    },
    fix: 'suggestion',
    fixTitles: { addEnd: { en: 'Mark "{id}" as the end of the conversation (end: true)', fr: 'Marquer « {id} » comme fin de conversation (end: true)' } },
  },
  check(ctx) {
    const flow = ctx.flow!;
    for (const id of flow.stepOrder) {
      const step = flow.steps.get(id)!;
      if (isTerminal(step)) continue;
      if ((flow.out.get(id) ?? []).length > 0) continue;
      // A question with global intents still leaves the user a way out, but the answer itself goes nowhere.
      ctx.report({
        messageId: 'deadEnd',
        data: { id },
        path: ['steps', id],
        target: 'key',
        // A suggestion, not a safe fix: the author may have forgotten a `next:`.
        suggest: () => {
          const edit = step.end === undefined ? appendToMap(ctx.file.yaml, ['steps', id], ['end: true']) : undefined;
          return edit ? [{ title: 'addEnd', titleData: { id }, edits: [edit] }] : [];
        },
      });
    }
  },
});
