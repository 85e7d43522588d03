import { reachableFrom } from '../../model/flowModel';
import { defineRule } from '../types';
import { sentTemplate } from './shared';

export default defineRule({
  meta: {
    id: 'marketing/after-opt-out',
    severity: 'warning',
    appliesTo: ['flow'],
    title: { en: 'Marketing sent after the user opted out', fr: 'Du marketing envoyé après la désinscription' },
    explanation: {
      en: 'Once a person has asked to stop, the business must not send them marketing again. WhatsApp\'s policy requires honouring stop requests, and Meta also lets users stop marketing from a business in the app: a MARKETING template sent to them afterwards fails with error 131050 and must not be retried. A path that continues from an `opt_out: true` step to a MARKETING template breaks both. End the conversation after the opt-out, or send only service or utility messages.',
      fr: 'Une personne qui a demandé l\'arrêt ne doit plus recevoir de marketing. La politique WhatsApp impose de respecter ces demandes, et Meta permet aussi à l\'utilisateur d\'arrêter le marketing d\'une entreprise dans l\'application : un template MARKETING envoyé ensuite échoue avec l\'erreur 131050 et ne doit pas être réessayé. Un chemin qui continue d\'une étape `opt_out: true` vers un template MARKETING enfreint les deux. Terminez la conversation après la désinscription, ou n\'envoyez que des messages de service ou utilitaires.',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/user_preferences',
    messages: {
      afterOptOut: {
        en: 'Marketing template "{name}" can be sent after opt-out step "{optOut}". Stop the path at the opt-out, or send a non-marketing message instead.',
        fr: 'Le template marketing « {name} » peut être envoyé après l\'étape de désinscription « {optOut} ». Arrêtez le chemin à la désinscription, ou envoyez un message non marketing.',
      },
    },
    fix: 'none',
  },
  check(ctx) {
    const flow = ctx.flow!;
    const reported = new Set<string>();
    for (const optOut of flow.stepOrder) {
      if (flow.steps.get(optOut)!.opt_out !== true) continue;
      // Only what the opt-out step leads to (not the opt-out step itself, nor global intents).
      const next = (flow.out.get(optOut) ?? []).map((e) => e.to);
      const reached = reachableFrom(flow, next, false);
      for (const id of flow.stepOrder) {
        if (!reached.has(id) || reported.has(id)) continue;
        const t = sentTemplate(ctx.workspace, flow, flow.steps.get(id)!);
        if (t?.category !== 'MARKETING') continue;
        reported.add(id);
        ctx.report({ messageId: 'afterOptOut', data: { name: t.name, optOut }, path: ['steps', id, 'template'], target: 'value' });
      }
    }
  },
});
