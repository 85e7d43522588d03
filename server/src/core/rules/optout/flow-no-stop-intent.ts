import { reachableFrom } from '../../model/flowModel';
import type { Path } from '../../parse/yamlFile';
import { defineRule } from '../types';
import { addStopIntentEdits, isStopKeyword, isStrongStopKeyword, marketingSteps, optOutStepIds, promotionalStep } from './shared';

export default defineRule({
  meta: {
    id: 'optout/flow-no-stop-intent',
    severity: 'warning',
    appliesTo: ['flow'],
    title: { en: 'A marketing flow with no STOP intent', fr: 'Un flow marketing sans intention STOP' },
    explanation: {
      en: 'WhatsApp\'s Business Messaging Policy requires businesses to respect every request to stop receiving messages, made on or off WhatsApp. A flow that sends marketing must understand "STOP" (and its equivalents in the user\'s language) from any step and record the opt-out; since Meta added the marketing stop/resume preference, marketing sent after a stop also fails with error 131050. Users who cannot stop block or report the number, which lowers its quality rating and can cap its sending. Add a `global` intent matching STOP words that leads to a step with `opt_out: true`.',
      fr: 'La politique WhatsApp Business Messaging impose de respecter toute demande d\'arrêt des messages, faite sur WhatsApp ou ailleurs. Un flow qui envoie du marketing doit comprendre « STOP » (et ses équivalents dans la langue de l\'utilisateur) depuis n\'importe quelle étape et enregistrer la désinscription ; depuis la préférence « stop/resume » de Meta, un envoi marketing après un arrêt échoue d\'ailleurs avec l\'erreur 131050. Un utilisateur qui ne peut pas arrêter bloque ou signale le numéro : sa note de qualité baisse et ses envois peuvent être plafonnés. Ajoutez une intention `global` qui reconnaît les mots STOP et mène à une étape `opt_out: true`.',
    },
    source: 'https://business.whatsapp.com/policy',
    messages: {
      noIntent: {
        en: 'This flow sends marketing ({why}) but users cannot stop it: add a `global` intent matching STOP/unsubscribe that leads to a step with `opt_out: true`.',
        fr: 'Ce flow envoie du marketing ({why}) mais l\'utilisateur ne peut pas l\'arrêter : ajoutez une intention `global` reconnaissant STOP/désinscription qui mène à une étape `opt_out: true`.',
      },
      noOptOutStep: {
        en: 'The STOP intent leads to "{id}", which never records the opt-out: point it to a step with `opt_out: true`.',
        fr: 'L\'intention STOP mène à « {id} », qui n\'enregistre jamais la désinscription : faites-la pointer vers une étape `opt_out: true`.',
      },
    },
    fix: 'suggestion',
    fixTitles: {
      addIntent: { en: 'Add a global STOP intent and an opt-out step', fr: 'Ajouter une intention globale STOP et une étape de désinscription' },
      addIntentTo: { en: 'Add a global STOP intent leading to "{id}"', fr: 'Ajouter une intention globale STOP menant à « {id} »' },
      retarget: { en: 'Point the STOP intent to "{id}"', fr: 'Faire pointer l\'intention STOP vers « {id} »' },
    },
  },
  check(ctx) {
    const flow = ctx.flow!;
    const marketing = marketingSteps(ctx.workspace, flow);
    let why: string;
    let path: Path;
    if (marketing.length) {
      why = ctx.locale === 'fr' ? `template MARKETING « ${marketing[0].template.name} »` : `MARKETING template "${marketing[0].template.name}"`;
      path = ['steps', marketing[0].id, 'template'];
    } else if (flow.trigger === 'business') {
      const promo = promotionalStep(flow);
      if (!promo) return;
      why = ctx.locale === 'fr' ? `contenu promotionnel dans « ${promo.id} »` : `promotional content in "${promo.id}"`;
      path = ['steps', promo.id, promo.key];
    } else return;

    const optOuts = optOutStepIds(flow);
    const matching = (test: (w: string) => boolean) =>
      flow.global.map((g, i) => ({ g, i })).filter(({ g }) => Array.isArray(g.match) && g.match.some((m) => typeof m === 'string' && test(m)));
    const stopIntents = matching(isStopKeyword);
    // An intent on "cancelar" or "annulla" alone may cancel an order: only a clear stop word makes it a STOP intent to repair.
    const strongIntents = matching(isStrongStopKeyword);
    const leadsToOptOut = ({ g }: { g: (typeof flow.global)[number] }) => {
      if (typeof g.next !== 'string') return false;
      const reached = reachableFrom(flow, [g.next], false);
      return optOuts.some((id) => reached.has(id));
    };
    if (stopIntents.some(leadsToOptOut)) return;
    if (strongIntents.length === 0) {
      ctx.report({
        messageId: 'noIntent',
        data: { why },
        path,
        target: 'value',
        suggest: () => {
          const edits = addStopIntentEdits(ctx.file.yaml, flow, optOuts[0]);
          return edits ? [{ title: optOuts[0] ? 'addIntentTo' : 'addIntent', titleData: { id: optOuts[0] }, edits }] : [];
        },
      });
      return;
    }
    // A STOP intent exists but leads (even through a confirmation) to no opt-out step.
    const { g, i } = strongIntents[0];
    if (typeof g.next !== 'string' || !flow.steps.has(g.next)) return; // flow/unknown-step reports it
    ctx.report({
      messageId: 'noOptOutStep',
      data: { id: g.next },
      path: ['global', i, 'next'],
      target: 'value',
      suggest: optOuts[0]
        ? () => {
            const r = ctx.file.yaml.innerRange(['global', i, 'next']);
            return r ? [{ title: 'retarget', titleData: { id: optOuts[0] }, edits: [{ ...r, newText: optOuts[0] }] }] : [];
          }
        : undefined,
    });
  },
});
