import { reachableFrom } from '../../model/flowModel';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'flow/unreachable-step',
    severity: 'warning',
    appliesTo: ['flow'],
    title: { en: 'A step no path leads to', fr: 'Une étape qu\'aucun chemin n\'atteint' },
    explanation: {
      en: 'No `next`, button, list row, branch, timeout or global intent leads to this step from the start, so users never see it. Link it, or delete it.',
      fr: 'Aucun `next`, bouton, ligne de liste, branche, délai ou intention globale ne mène à cette étape depuis le début : les utilisateurs ne la voient jamais. Reliez-la, ou supprimez-la.',
    },
    source: 'docs/flow-format.md',
    messages: {
      unreachable: { en: 'Step "{id}" can never be reached from "{start}". Link it from another step or remove it.', fr: 'L\'étape « {id} » n\'est jamais atteinte depuis « {start} ». Reliez-la depuis une autre étape ou supprimez-la.' },
    },
    fix: 'none',
  },
  check(ctx) {
    const flow = ctx.flow!;
    if (!flow.start || !flow.steps.has(flow.start)) return;
    const roots = [flow.start];
    // escalation steps are entered by the platform's human handover too
    const reached = reachableFrom(flow, roots);
    for (const id of flow.stepOrder) {
      if (reached.has(id)) continue;
      ctx.report({ messageId: 'unreachable', data: { id, start: flow.start }, path: ['steps', id], target: 'key', tags: ['unnecessary'] });
    }
  },
});
