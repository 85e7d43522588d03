import { isInteractive, reachableFrom } from '../../model/flowModel';
import { defineRule } from '../types';
import { baseLanguage } from '../data/texts';
import { agentKeywords, channelsOf, escalationTargets, stepsReaching } from './channels';
import { addGlobalIntent } from './fixes';

export default defineRule({
  meta: {
    id: 'escalation/unreachable',
    severity: 'warning',
    appliesTo: ['flow'],
    title: { en: 'A question from which no human can be reached', fr: 'Une question d\'où aucun humain n\'est joignable' },
    explanation: {
      en: 'The flow has a path to a human, but not from this step: no button, list row, `next` or global intent leads from here to the hand-over. WhatsApp expects the escalation path to be available when the user needs it, not only on the first menu, and reviewers test bots from inside the conversation; a user stuck in a sub-menu without a way back counts as no path. A global intent (keywords such as "agent" or "conseiller" typed at any step) fixes it for every step at once.',
      fr: 'Le flow a un chemin vers un humain, mais pas depuis cette étape : aucun bouton, ligne de liste, `next` ou intention globale ne mène d\'ici au transfert. WhatsApp attend que la voie d\'escalade soit disponible quand l\'utilisateur en a besoin, pas seulement au premier menu, et ses équipes testent les bots depuis la conversation ; un utilisateur bloqué dans un sous-menu sans retour n\'a pas d\'accès. Une intention globale (des mots comme « agent » ou « conseiller » tapés à n\'importe quelle étape) règle le problème pour toutes les étapes.',
    },
    source: 'https://business.whatsapp.com/policy (automation: escalation paths)',
    messages: {
      unreachable: {
        en: 'From step "{step}" the user cannot reach a human: no path leads to "{target}". Add a button to it, or a global intent: `global: [{ match: [{keywords}], next: {target} }]`.',
        fr: 'Depuis l\'étape « {step} », l\'utilisateur ne peut pas joindre un humain : aucun chemin ne mène à « {target} ». Ajoutez-y un bouton, ou une intention globale : `global: [{ match: [{keywords}], next: {target} }]`.',
      },
    },
    fix: 'suggestion',
    fixTitles: { addGlobal: { en: 'Add a global intent that leads to "{target}"', fr: 'Ajouter une intention globale qui mène à « {target} »' } },
  },
  check(ctx) {
    const flow = ctx.flow!;
    if (!flow.automated || !flow.start || !flow.steps.has(flow.start)) return;
    const targets = escalationTargets(flow, channelsOf(flow, ctx.config));
    const reached = reachableFrom(flow, [flow.start]);
    // no hand-over reachable from the start at all: escalation/missing reports it
    if (![...targets].some((t) => reached.has(t))) return;
    const ok = stepsReaching(flow, targets);
    const target = flow.stepOrder.find((id) => targets.has(id) && reached.has(id))!;
    const language = baseLanguage(flow.language);
    const keywords = agentKeywords(language).join(', ');
    for (const id of flow.stepOrder) {
      if (!reached.has(id) || ok.has(id) || !isInteractive(flow.steps.get(id)!)) continue;
      ctx.report({
        messageId: 'unreachable',
        data: { step: id, target, keywords },
        path: ['steps', id],
        target: 'key',
        suggest: () => {
          const e = addGlobalIntent(ctx.file.yaml, target, language);
          return e ? [{ title: 'addGlobal', titleData: { target }, edits: [e] }] : [];
        },
      });
    }
  },
});
