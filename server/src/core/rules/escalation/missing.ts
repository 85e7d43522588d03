import { isInteractive, reachableFrom, type FlowModel } from '../../model/flowModel';
import { joinOr } from '../../i18n';
import { defineRule } from '../types';
import { baseLanguage } from '../data/texts';
import { acceptedKinds, channelsOf } from './channels';
import { addAgentButton, addGlobalIntent, addHandoffStep, freshStepId } from './fixes';

export default defineRule({
  meta: {
    id: 'escalation/missing',
    severity: 'error',
    appliesTo: ['flow'],
    title: { en: 'An automated flow with no direct path to a human', fr: 'Un flow automatisé sans accès direct à un humain' },
    explanation: {
      en: 'WhatsApp\'s Business Messaging Policy lets a business answer with automation only if the user also has a prompt, clear and direct way to reach a person: a hand-over to a human agent in the chat, a phone number, an email address, a support form on the business\'s website, or a visit to a store or branch. WhatsApp reviews bots and may warn a business without such a path and limit its ability to send messages through the API. Add a `handoff: agent` step with a global intent, or declare a channel under `escalation:`. Flows with `automated: false` are not checked.',
      fr: 'La politique de messagerie WhatsApp Business n\'autorise une réponse automatisée que si l\'utilisateur dispose aussi d\'un moyen rapide, clair et direct de joindre une personne : transfert à un conseiller dans la conversation, numéro de téléphone, adresse e-mail, formulaire d\'assistance sur le site de l\'entreprise, ou visite en magasin ou en agence. WhatsApp examine les bots et peut avertir une entreprise qui n\'en propose pas, puis limiter sa capacité à envoyer des messages via l\'API. Ajoutez une étape `handoff: agent` avec une intention globale, ou déclarez un canal sous `escalation:`. Les flows `automated: false` ne sont pas vérifiés.',
    },
    source: 'https://business.whatsapp.com/policy (automation: escalation paths)',
    messages: {
      none: {
        en: 'Automated flow "{flow}" gives the user no direct way to reach a human. Add a `handoff: agent` step reachable from every question (a global intent does it), or declare a channel under `escalation:` ({accepted}).',
        fr: 'Le flow automatisé « {flow} » ne donne aucun moyen direct de joindre un humain. Ajoutez une étape `handoff: agent` accessible depuis chaque question (une intention globale suffit), ou déclarez un canal sous `escalation:` ({accepted}).',
      },
      indirectOnly: {
        en: 'Automated flow "{flow}" only offers escalation paths that do not count as direct ({kinds}). Add a `handoff: agent` step or a channel WhatsApp accepts ({accepted}).',
        fr: 'Le flow automatisé « {flow} » ne propose que des voies d\'escalade qui ne comptent pas comme directes ({kinds}). Ajoutez une étape `handoff: agent` ou un canal accepté par WhatsApp ({accepted}).',
      },
      unreachableHandoff: {
        en: 'Step "{step}" hands over to a human, but no path from "{start}" leads to it. Link it from a button, or add a global intent such as `match: [agent, conseiller]`.',
        fr: 'L\'étape « {step} » passe la main à un humain, mais aucun chemin depuis « {start} » n\'y mène. Reliez-la depuis un bouton, ou ajoutez une intention globale comme `match: [agent, conseiller]`.',
      },
    },
    fix: 'suggestion',
    fixTitles: {
      addPath: { en: 'Add a handoff step "{step}", a global intent and an agent button', fr: 'Ajouter une étape de transfert « {step} », une intention globale et un bouton conseiller' },
      linkPath: { en: 'Add a global intent that leads to "{step}"', fr: 'Ajouter une intention globale qui mène à « {step} »' },
    },
  },
  check(ctx) {
    const flow = ctx.flow!;
    if (!flow.automated || flow.stepOrder.length === 0) return;
    const interactive = flow.stepOrder.filter((id) => isInteractive(flow.steps.get(id)!));
    // a business-initiated notification the user cannot answer is not automation answering users
    if (flow.trigger === 'business' && interactive.length === 0) return;
    const channels = channelsOf(flow, ctx.config);
    const start = flow.start && flow.steps.has(flow.start) ? flow.start : undefined;
    const reached = start ? reachableFrom(flow, [start]) : new Set<string>();
    if (channels.some((c) => c.direct && (c.source === 'declared' || reached.has(c.step!)))) return;
    const yaml = ctx.file.yaml;
    const language = baseLanguage(flow.language);
    const acceptedList = acceptedKinds(ctx.config);
    const accepted = joinOr([...acceptedList], ctx.locale);
    const lost = channels.find((c) => c.direct && c.source === 'step');
    if (lost && start) {
      ctx.report({
        messageId: 'unreachableHandoff',
        data: { step: lost.step, start },
        path: ['steps', lost.step!],
        target: 'key',
        suggest: () => {
          const e = addGlobalIntent(yaml, lost.step!, language);
          return e ? [{ title: 'linkPath', titleData: { step: lost.step }, edits: [e] }] : [];
        },
      });
      return;
    }
    const kinds = [...new Set(channels.map((c) => (c.accepted ? c.cls ?? c.type : `${c.type} (${ctx.locale === 'fr' ? 'non accepté' : 'not accepted'})`)))];
    ctx.report({
      messageId: kinds.length ? 'indirectOnly' : 'none',
      data: { flow: flow.id || '?', accepted, kinds: kinds.join(', ') },
      path: ['flow'],
      target: 'key',
      suggest: () => {
        // only when an agent hand-over is an accepted kind
        if (!acceptedList.includes('agent')) return [];
        const id = freshStepId(flow);
        const edits = [addHandoffStep(yaml, id, language), addGlobalIntent(yaml, id, language)];
        const menu = orderedFirstInteractive(flow, start);
        if (menu) edits.push(addAgentButton(yaml, flow, menu, id, language, ctx.facts.replyButtonsMax));
        const ok = edits.filter((e) => e !== undefined);
        return ok.length ? [{ title: 'addPath', titleData: { step: id }, edits: ok }] : [];
      },
    });
  },
});

/** The first interactive step met walking from the start, breadth first. */
function orderedFirstInteractive(flow: FlowModel, start: string | undefined): string | undefined {
  if (!start) return undefined;
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const id = queue.shift()!;
    if (isInteractive(flow.steps.get(id)!)) return id;
    for (const e of flow.out.get(id) ?? []) if (flow.steps.has(e.to) && !seen.has(e.to)) {
      seen.add(e.to);
      queue.push(e.to);
    }
  }
  return undefined;
}
