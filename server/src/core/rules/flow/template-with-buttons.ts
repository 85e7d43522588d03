import { fold } from '../../util/strings';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'flow/template-with-buttons',
    severity: 'warning',
    appliesTo: ['flow'],
    title: { en: 'Reply buttons or a list on a template step', fr: 'Boutons de réponse ou liste sur une étape de template' },
    explanation: {
      en: 'A template is sent exactly as Meta approved it: its buttons are the ones in the template (QUICK_REPLY, URL...), and it cannot carry an interactive list. Buttons or a list declared on a `template:` step are never shown to the user. The only useful buttons on such a step are routes for the template\'s own quick replies: give each one the exact text of a QUICK_REPLY of the template and a `next:`. To show other choices, send them in a following step, once the user has replied and the service window is open.',
      fr: 'Un template est envoyé tel que Meta l\'a approuvé : ses boutons sont ceux du template (QUICK_REPLY, URL...), et il ne peut pas porter de liste interactive. Des boutons ou une liste déclarés sur une étape `template:` ne sont jamais affichés. Les seuls boutons utiles sur une telle étape servent à router les réponses rapides du template : donnez à chacun le texte exact d\'un QUICK_REPLY du template et un `next:`. Pour proposer d\'autres choix, envoyez-les dans une étape suivante, une fois que l\'utilisateur a répondu et que la fenêtre de service est ouverte.',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
    messages: {
      list: { en: 'Step "{id}" sends template "{name}" and declares a `list:`: a template cannot carry a list, so it is never shown. Move the list to a following step.', fr: 'L\'étape « {id} » envoie le template « {name} » et déclare une `list:` : un template ne peut pas porter de liste, elle n\'est jamais affichée. Déplacez la liste dans une étape suivante.' },
      noQuickReplies: { en: 'Step "{id}" declares reply buttons but template "{name}" has no QUICK_REPLY button: these buttons are never shown. Remove them, or add the quick replies to the template.', fr: 'L\'étape « {id} » déclare des boutons de réponse mais le template « {name} » n\'a aucun bouton QUICK_REPLY : ces boutons ne sont jamais affichés. Supprimez-les, ou ajoutez les réponses rapides au template.' },
      unknownReply: { en: 'Template "{name}" has no quick reply "{title}", so this button is never shown or matched. Use one of: {choices}.', fr: 'Le template « {name} » n\'a pas de réponse rapide « {title} » : ce bouton n\'est jamais affiché ni reconnu. Utilisez l\'une de : {choices}.' },
    },
    fix: 'suggestion',
    fixTitles: { rename: { en: 'Change to "{to}"', fr: 'Remplacer par « {to} »' } },
  },
  check(ctx) {
    const flow = ctx.flow!;
    for (const id of flow.stepOrder) {
      const step = flow.steps.get(id)!;
      if (typeof step.template !== 'string') continue;
      const name = step.template;
      if (step.list !== undefined) ctx.report({ messageId: 'list', data: { id, name }, path: ['steps', id, 'list'], target: 'key' });
      if (!Array.isArray(step.buttons) || step.buttons.length === 0) continue;
      const entry = ctx.workspace.findTemplate(name, step.language ?? flow.language);
      if (!entry) continue; // an unknown template is template/*'s business
      const replies = (entry.template.buttons?.buttons ?? []).filter((b) => b?.type === 'QUICK_REPLY' && typeof b.text === 'string').map((b) => b.text!);
      if (replies.length === 0) {
        ctx.report({ messageId: 'noQuickReplies', data: { id, name }, path: ['steps', id, 'buttons'], target: 'key' });
        continue;
      }
      const folded = new Map(replies.map((r) => [fold(r.trim()), r]));
      step.buttons.forEach((b, i) => {
        if (!b || typeof b.title !== 'string' || folded.has(fold(b.title.trim()))) return;
        const path = ['steps', id, 'buttons', i, 'title'];
        const unused = replies.filter((r) => !step.buttons!.some((o) => typeof o?.title === 'string' && fold(o.title.trim()) === fold(r.trim())));
        ctx.report({
          messageId: 'unknownReply',
          data: { name, title: b.title, choices: replies.map((r) => `"${r}"`).join(', ') },
          path,
          target: 'value',
          suggest: () => {
            const r = ctx.file.yaml.innerRange(path);
            return r ? unused.map((to) => ({ title: 'rename', titleData: { to }, edits: [{ ...r, newText: to }] })) : [];
          },
        });
      });
    }
  },
});
