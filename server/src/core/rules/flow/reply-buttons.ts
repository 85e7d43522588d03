import type { Path } from '../../parse/yamlFile';
import { charLength } from '../../util/strings';
import { defineRule } from '../types';

/** WhatsApp shows button titles as plain text: *bold*, _italic_, ~strike~ and `code` marks stay visible. */
const MARKDOWN_RE = /(^|[\s(])([*_~])\S(?:.*?\S)?\2(?=$|[\s).,!?])|`/u;

export default defineRule({
  meta: {
    id: 'flow/reply-buttons',
    severity: 'error',
    appliesTo: ['flow'],
    title: { en: 'Reply buttons outside WhatsApp\'s limits', fr: 'Boutons de réponse hors des limites de WhatsApp' },
    explanation: {
      en: 'An interactive reply-button message carries 1 to 3 buttons. Each title is required, at most 20 characters, unique within the message, and plain text (formatting marks are not rendered; emojis are fine). A button `id` is at most 256 characters, unique, without leading or trailing spaces. A message with a 4th button, a long or duplicate title is rejected by the Cloud API and the user receives nothing. For more than 3 choices, use a list (up to 10 rows). Limits come from `facts` (replyButtonsMax, replyButtonTitleMax).',
      fr: 'Un message interactif à boutons de réponse porte 1 à 3 boutons. Chaque titre est obligatoire, fait au plus 20 caractères, est unique dans le message et en texte brut (les marques de mise en forme ne sont pas rendues ; les emojis sont permis). Un `id` de bouton fait au plus 256 caractères, est unique et sans espace au début ni à la fin. Un message avec un 4e bouton, un titre trop long ou en double est refusé par la Cloud API et l\'utilisateur ne reçoit rien. Au-delà de 3 choix, utilisez une liste (jusqu\'à 10 lignes). Les limites viennent des `facts` (replyButtonsMax, replyButtonTitleMax).',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages',
    messages: {
      none: { en: 'Step "{id}" has an empty `buttons:` list. Add 1 to {max} buttons or remove the key.', fr: 'L\'étape « {id} » a une liste `buttons:` vide. Ajoutez 1 à {max} boutons ou supprimez la clé.' },
      tooMany: { en: 'Step "{id}" has {count} reply buttons; WhatsApp allows {max}. Move the choices into a `list:` (up to 10 rows) or split the step.', fr: 'L\'étape « {id} » a {count} boutons de réponse ; WhatsApp en autorise {max}. Passez les choix dans une `list:` (jusqu\'à 10 lignes) ou découpez l\'étape.' },
      emptyTitle: { en: 'Button title is empty. Give it a short label (at most {max} characters).', fr: 'Le titre du bouton est vide. Donnez-lui un libellé court (au plus {max} caractères).' },
      longTitle: { en: 'Button title "{title}" has {length} characters; the limit is {max}. Shorten it.', fr: 'Le titre de bouton « {title} » fait {length} caractères ; la limite est {max}. Raccourcissez-le.' },
      duplicateTitle: { en: 'Two buttons are titled "{title}". Titles must be unique within a message.', fr: 'Deux boutons s\'intitulent « {title} ». Les titres doivent être uniques dans un message.' },
      markdown: { en: 'Button title "{title}" uses formatting marks, which buttons show as plain characters. Remove them.', fr: 'Le titre de bouton « {title} » utilise des marques de mise en forme, que les boutons affichent telles quelles. Retirez-les.' },
      badId: { en: 'Button id "{value}" {problem}.', fr: 'L\'id de bouton « {value} » {problem}.' },
      withList: { en: 'Step "{id}" has both `buttons:` and `list:`: one WhatsApp message carries one or the other. Keep one, or split the step.', fr: 'L\'étape « {id} » a à la fois `buttons:` et `list:` : un message WhatsApp porte l\'un ou l\'autre. Gardez-en un, ou découpez l\'étape.' },
    },
    fix: 'none',
  },
  check(ctx) {
    const flow = ctx.flow!;
    const { replyButtonsMax: max, replyButtonTitleMax: titleMax } = ctx.facts;
    const fr = ctx.locale === 'fr';
    for (const id of flow.stepOrder) {
      const step = flow.steps.get(id)!;
      const buttons = step.buttons;
      if (!Array.isArray(buttons)) continue;
      // On a template step, buttons route the template's own quick replies (checked by
      // template/buttons and flow/template-with-buttons), not an interactive message.
      if (step.template !== undefined) continue;
      const base = ['steps', id, 'buttons'];
      if (step.list !== undefined) ctx.report({ messageId: 'withList', data: { id }, path: base, target: 'key' });
      if (buttons.length === 0) ctx.report({ messageId: 'none', data: { id, max }, path: base, target: 'key' });
      if (buttons.length > max) ctx.report({ messageId: 'tooMany', data: { id, count: buttons.length, max }, path: [...base, max], target: 'auto' });
      const titles = new Set<string>();
      const ids = new Set<string>();
      // paths are built only for what is reported
      const titlePath = (i: number): Path => ['steps', id, 'buttons', i, 'title'];
      buttons.forEach((b, i) => {
        if (!b || typeof b.title !== 'string') return; // flow/schema
        const title = b.title.trim();
        if (!title) ctx.report({ messageId: 'emptyTitle', data: { max: titleMax }, path: titlePath(i), target: 'value' });
        else if (title.length > titleMax) {
          // UTF-16 units bound the characters from above: only a long text needs counting
          const length = charLength(title);
          if (length > titleMax) ctx.report({ messageId: 'longTitle', data: { title, length, max: titleMax }, path: titlePath(i), target: 'value' });
        }
        if (title && titles.has(title)) ctx.report({ messageId: 'duplicateTitle', data: { title }, path: titlePath(i), target: 'value' });
        titles.add(title);
        if (title && MARKDOWN_RE.test(title)) ctx.report({ messageId: 'markdown', data: { title }, path: titlePath(i), target: 'value' });
        if (typeof b.id === 'string') {
          const idPath = [...base, i, 'id'];
          let problem: string | undefined;
          if (b.id.length > ctx.facts.replyButtonIdMax) problem = fr ? `dépasse ${ctx.facts.replyButtonIdMax} caractères` : `is longer than ${ctx.facts.replyButtonIdMax} characters`;
          else if (b.id !== b.id.trim() || !b.id) problem = fr ? 'est vide ou commence/finit par un espace' : 'is empty or starts/ends with a space';
          else if (ids.has(b.id)) problem = fr ? 'est déjà utilisé par un autre bouton de l\'étape' : 'is already used by another button of the step';
          ids.add(b.id);
          if (problem) ctx.report({ messageId: 'badId', data: { value: b.id.length > 40 ? b.id.slice(0, 40) + '…' : b.id, problem }, path: idPath, target: 'value' });
        }
      });
    }
  },
});
