import { isInteractive, reachableFrom } from '../../model/flowModel';
import { defineRule } from '../types';
import { addStopIntentEdits } from './shared';

export default defineRule({
  meta: {
    id: 'optout/step-unreachable',
    severity: 'warning',
    appliesTo: ['flow'],
    title: { en: 'An opt-out step the user cannot ask for', fr: 'Une étape de désinscription que l\'utilisateur ne peut pas demander' },
    explanation: {
      en: 'An `opt_out: true` step only helps if the user can reach it on request: from a global intent (a keyword such as STOP typed at any time), a reply button, a list row, or the answer to a question. When no user choice leads to it, either nobody can opt out, or everyone passing by is opted out without asking. WhatsApp\'s policy requires businesses to honour stop requests; link the step from a global STOP intent.',
      fr: 'Une étape `opt_out: true` n\'est utile que si l\'utilisateur peut l\'atteindre à sa demande : par une intention globale (un mot comme STOP tapé à tout moment), un bouton de réponse, une ligne de liste ou la réponse à une question. Si aucun choix de l\'utilisateur n\'y mène, soit personne ne peut se désinscrire, soit tout le monde l\'est sans l\'avoir demandé. La politique WhatsApp impose de respecter les demandes d\'arrêt ; reliez l\'étape à une intention globale STOP.',
    },
    source: 'https://business.whatsapp.com/policy',
    messages: {
      unreachable: {
        en: 'Opt-out step "{id}" is not reached by any global intent, button, list row or answer: users cannot ask to stop. Add a global STOP intent with `next: {id}`.',
        fr: 'L\'étape de désinscription « {id} » n\'est atteinte par aucune intention globale, aucun bouton, aucune ligne de liste ni aucune réponse : l\'utilisateur ne peut pas demander l\'arrêt. Ajoutez une intention globale STOP avec `next: {id}`.',
      },
    },
    fix: 'suggestion',
    fixTitles: { addIntent: { en: 'Add a global STOP intent leading to "{id}"', fr: 'Ajouter une intention globale STOP menant à « {id} »' } },
  },
  check(ctx) {
    const flow = ctx.flow!;
    const optOuts = flow.stepOrder.filter((id) => flow.steps.get(id)!.opt_out === true);
    if (!optOuts.length) return;
    // Entry points the user chooses: global intents, and every edge out of a step that waits for the user.
    const roots = flow.global.map((g) => g.next).filter((n): n is string => typeof n === 'string');
    for (const id of flow.stepOrder) {
      if (!isInteractive(flow.steps.get(id)!)) continue;
      for (const e of flow.out.get(id) ?? []) if (e.via !== 'timeout') roots.push(e.to);
    }
    const reached = reachableFrom(flow, roots, false);
    for (const id of optOuts) {
      if (reached.has(id)) continue;
      ctx.report({
        messageId: 'unreachable',
        data: { id },
        path: ['steps', id],
        target: 'key',
        suggest: () => {
          const edits = addStopIntentEdits(ctx.file.yaml, flow, id);
          return edits ? [{ title: 'addIntent', titleData: { id }, edits }] : [];
        },
      });
    }
  },
});
