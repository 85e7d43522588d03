import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'flow/missing-start',
    severity: 'error',
    appliesTo: ['flow'],
    title: { en: 'The flow has no step to start from', fr: 'Le flow n\'a pas d\'étape de départ' },
    explanation: {
      en: 'A flow starts at `start:` or, without it, at its first step. A flow without steps, or whose `start` names no step, cannot run.',
      fr: 'Un flow commence à `start:` ou, à défaut, à sa première étape. Un flow sans étapes, ou dont `start` ne nomme aucune étape, ne peut pas s\'exécuter.',
    },
    source: 'docs/flow-format.md',
    messages: {
      noSteps: { en: 'The flow has no steps. Add at least one step under `steps:`.', fr: 'Le flow n\'a aucune étape. Ajoutez au moins une étape sous `steps:`.' },
    },
    fix: 'none',
  },
  check(ctx) {
    const flow = ctx.flow!;
    // A `start` naming a missing step is reported by flow/unknown-step.
    if (flow.stepOrder.length === 0) ctx.report({ messageId: 'noSteps', path: ['steps'], target: 'key' });
  },
});
