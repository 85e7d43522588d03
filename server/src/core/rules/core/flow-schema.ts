import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'flow/schema',
    severity: 'error',
    appliesTo: ['flow'],
    title: { en: 'Flow keys must have values of the right type', fr: 'Les clés d\'un flow doivent avoir des valeurs du bon type' },
    explanation: {
      en: 'A flow follows walint\'s flow language v1: `flow`, `trigger`, `steps` and the step keys (say, ask, buttons, template, wait...). A value of the wrong type or outside its allowed values cannot be checked or run.',
      fr: 'Un flow suit le langage de flow v1 de walint : `flow`, `trigger`, `steps` et les clés d\'étape (say, ask, buttons, template, wait...). Une valeur du mauvais type ou hors des valeurs permises ne peut être ni vérifiée ni exécutée.',
    },
    source: 'docs/flow-format.md',
    messages: {},
    fix: 'none',
  },
  check(ctx) {
    for (const i of ctx.flow?.issues ?? []) if (i.rule === 'flow/schema') ctx.report({ message: i.message, data: i.data, path: i.path, target: i.target });
  },
});
