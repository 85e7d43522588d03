import { sendsFreeForm } from '../../model/flowModel';
import { WINDOW_MESSAGES } from '../../timeline/messages';
import { defineRule } from '../types';
import { SOURCES, freeFormKey, stepsInOrder, windowAnalysis } from './shared';

export default defineRule({
  meta: {
    id: 'window/unbounded-wait',
    severity: 'warning',
    appliesTo: ['flow'],
    title: { en: 'Free-form message after a loop of waits without user input', fr: 'Message libre après une boucle d\'attentes sans réponse de l\'utilisateur' },
    explanation: {
      en: 'A loop that waits (`wait:`) or times out (`on_timeout`) and can come back to itself without the user writing adds time on every turn, so nothing bounds how long ago the user last wrote. Free-form messages sent after such a loop may fall outside the 24-hour service window and fail (error 131047). Send a template after the loop, or leave the loop after a fixed number of reminders. Source: Meta, "Service messages" (customer service windows).',
      fr: 'Une boucle qui attend (`wait:`) ou expire (`on_timeout`) et peut revenir sur elle-même sans que l\'utilisateur écrive ajoute du temps à chaque tour : rien ne borne l\'ancienneté du dernier message de l\'utilisateur. Un message libre envoyé après une telle boucle peut tomber hors de la fenêtre de service de 24 heures et échouer (erreur 131047). Envoyez un template après la boucle, ou sortez-en après un nombre fixe de relances. Source : Meta, « Service messages » (fenêtres de service client).',
    },
    source: SOURCES.service,
    messages: { unbounded: WINDOW_MESSAGES.unboundedWait },
    fix: 'none',
  },
  check(ctx) {
    const flow = ctx.flow!;
    const analysis = windowAnalysis(flow, ctx.facts);
    for (const id of stepsInOrder(flow, analysis)) {
      const step = flow.steps.get(id)!;
      if (!sendsFreeForm(step)) continue;
      const t = analysis.timing.get(id)!;
      if (t.reason !== 'loop') continue;
      const loop = analysis.loopOf(id) ?? [];
      const shown = loop.length > 6 ? [...loop.slice(0, 5), '…'] : loop;
      ctx.report({
        messageId: 'unbounded',
        data: { id, loop: [...shown, shown[0]].filter(Boolean).join(' → '), window: ctx.facts.serviceWindowHours },
        path: ['steps', id, freeFormKey(step)],
        target: 'key',
      });
    }
  },
});
