import { isMap } from 'yaml';
import { appendToMap, replaceScalar, yamlScalar } from '../../fix/edits';
import { defineRule } from '../types';
import { assessAiSteps } from './assess';

export default defineRule({
  meta: {
    id: 'ai/missing-scope',
    severity: 'info',
    appliesTo: ['flow'],
    title: { en: 'An AI step without a task scope', fr: 'Une étape IA sans périmètre de tâche' },
    explanation: {
      en: 'WhatsApp allows AI in a business bot when it is incidental to the business service (WhatsApp Business Solution Terms §4.7, "AI Providers", in force since 15 January 2026). Writing the one task the model handles in `scope:` (and `role: ancillary`) documents that, lets walint tell the step apart from a general-purpose assistant, and is a reminder to restrict the model to that task in your backend.',
      fr: 'WhatsApp autorise l\'IA dans un bot d\'entreprise quand elle est accessoire au service (conditions de la WhatsApp Business Solution §4.7, « AI Providers », en vigueur depuis le 15 janvier 2026). Écrire dans `scope:` la seule tâche confiée au modèle (et `role: ancillary`) le documente, permet à walint de distinguer l\'étape d\'un assistant généraliste, et rappelle de restreindre le modèle à cette tâche côté serveur.',
    },
    source: 'https://www.whatsapp.com/legal/business-solution-terms (§4.7 AI Providers)',
    messages: {
      missing: {
        en: 'AI step "{step}" has no `scope`. Say which task the model handles, e.g. `scope: "order tracking questions"`.',
        fr: 'L\'étape IA « {step} » n\'a pas de `scope`. Indiquez la tâche confiée au modèle, par ex. `scope: "questions de suivi de commande"`.',
      },
    },
    fix: 'suggestion',
    fixTitles: { addScope: { en: 'Add a `scope:` to "{step}"', fr: 'Ajouter un `scope:` à « {step} »' } },
  },
  check(ctx) {
    const flow = ctx.flow!;
    const yaml = ctx.file.yaml;
    for (const { step, verdict } of assessAiSteps(flow)) {
      if (verdict.kind !== 'unscoped') continue;
      const s = flow.steps.get(step)!;
      const placeholder = typeof s.description === 'string' && s.description.trim() ? s.description.trim() : ctx.locale === 'fr' ? 'TODO: la seule tâche de cette étape' : 'TODO: the one task of this step';
      ctx.report({
        messageId: 'missing',
        data: { step },
        path: ['steps', step, 'ai'],
        target: 'key',
        suggest: () => {
          const node = yaml.node(['steps', step, 'ai']);
          if (typeof s.ai === 'string') {
            const e = replaceScalar(yaml, ['steps', step, 'ai'], '');
            return e ? [{ title: 'addScope', titleData: { step }, edits: [{ ...e, newText: `{ prompt: ${JSON.stringify(s.ai)}, scope: ${yamlScalar(placeholder)} }` }] }] : [];
          }
          if (node && isMap(node) && s.ai && typeof s.ai === 'object' && s.ai.scope === undefined) {
            const e = appendToMap(yaml, ['steps', step, 'ai'], [`scope: ${yamlScalar(placeholder)}`]);
            return e ? [{ title: 'addScope', titleData: { step }, edits: [e] }] : [];
          }
          return [];
        },
      });
    }
  },
});
