import type { Path } from '../../parse/yamlFile';
import { charLength } from '../../util/strings';
import { defineRule } from '../types';

/** Media types WhatsApp lets carry a caption. */
const CAPTIONED = new Set(['image', 'video', 'document']);

export default defineRule({
  meta: {
    id: 'flow/text-length',
    severity: 'error',
    appliesTo: ['flow'],
    title: { en: 'Message text outside WhatsApp\'s limits', fr: 'Texte de message hors des limites de WhatsApp' },
    explanation: {
      en: 'WhatsApp caps each part of a message: a text message at 4096 characters; the body of a message with reply buttons or a list at 1024 (Meta\'s list page says 4096 but its API schema says 1024, so walint uses the safe value; change `interactiveBodyMax` if you rely on 4096); its header and footer at 60; a media caption at 1024, on images, videos and documents only. An interactive message needs a body, and a media message needs a `url` or an uploaded media `id`. The Cloud API rejects anything else and the user receives nothing. All limits come from `facts` (textMessageMax, interactiveBodyMax, interactiveHeaderMax, interactiveFooterMax, captionMax).',
      fr: 'WhatsApp plafonne chaque partie d\'un message : un message texte à 4096 caractères ; le corps d\'un message à boutons ou à liste à 1024 (la page de Meta sur les listes dit 4096 mais son schéma d\'API dit 1024 : walint prend la valeur sûre ; changez `interactiveBodyMax` si vous comptez sur 4096) ; son en-tête et son pied de page à 60 ; une légende de média à 1024, seulement sur les images, vidéos et documents. Un message interactif exige un corps, et un média une `url` ou un `id` de média téléversé. La Cloud API refuse le reste et l\'utilisateur ne reçoit rien. Toutes les limites viennent des `facts` (textMessageMax, interactiveBodyMax, interactiveHeaderMax, interactiveFooterMax, captionMax).',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages',
    messages: {
      tooLong: { en: '{what} has {length} characters; WhatsApp allows {max}. Shorten it or split it over several steps.', fr: '{what} fait {length} caractères ; WhatsApp en autorise {max}. Raccourcissez-le ou répartissez-le sur plusieurs étapes.' },
      empty: { en: '{what} is empty: WhatsApp rejects an empty text. Write the message or remove the key.', fr: '{what} est vide : WhatsApp refuse un texte vide. Écrivez le message ou supprimez la clé.' },
      noBody: { en: 'Step "{id}" sends {kind} without a body text. Add `say:` or `ask:` with the question the choices answer.', fr: 'L\'étape « {id} » envoie {kind} sans texte de corps. Ajoutez `say:` ou `ask:` avec la question à laquelle répondent les choix.' },
      noCaption: { en: 'A {type} cannot carry a caption: WhatsApp only shows captions on images, videos and documents. Send the text in `say:` instead.', fr: 'Un média {type} ne peut pas avoir de légende : WhatsApp n\'en affiche que sur les images, vidéos et documents. Envoyez le texte dans `say:`.' },
      noSource: { en: 'The {type} of step "{id}" has neither `url` nor `id`: WhatsApp has nothing to send. Add the media URL (https) or the id of an uploaded media.', fr: 'Le média {type} de l\'étape « {id} » n\'a ni `url` ni `id` : WhatsApp n\'a rien à envoyer. Ajoutez l\'URL du média (https) ou l\'id d\'un média téléversé.' },
    },
    fix: 'none',
  },
  check(ctx) {
    const flow = ctx.flow!;
    const f = ctx.facts;
    const fr = ctx.locale === 'fr';
    /** Checks the text at `key` (`say`, `list.body`, `media.caption`...) of step `id`; names and paths are built only when reporting. */
    const check = (id: string, key: string, text: unknown, max: number, isBody = false) => {
      if (typeof text !== 'string' || fits(text, max)) return;
      const path: Path = ['steps', id, ...key.split('.')];
      const what =
        key === 'media.caption'
          ? fr ? `La légende du média de l'étape « ${id} »` : `The media caption of step "${id}"`
          : (fr ? `Le texte \`${key}\` de l'étape « ${id} »` : `The \`${key}\` text of step "${id}"`) + (isBody ? (fr ? ' (corps du message interactif)' : ' (body of the interactive message)') : '');
      if (!text.trim()) {
        ctx.report({ messageId: 'empty', data: { what }, path, target: 'value' });
        return;
      }
      const length = charLength(text);
      if (length > max) ctx.report({ messageId: 'tooLong', data: { what, length, max }, path, target: 'value' });
    };
    for (const id of flow.stepOrder) {
      const step = flow.steps.get(id)!;
      const interactive = Array.isArray(step.buttons) || (!!step.list && typeof step.list === 'object');
      // Which text is the body of the interactive message: list.body, else ask, else say.
      const listBody = step.list && typeof step.list === 'object' ? step.list.body : undefined;
      const bodyKey = !interactive ? undefined : typeof listBody === 'string' ? 'list.body' : typeof step.ask === 'string' ? 'ask' : typeof step.say === 'string' ? 'say' : undefined;
      check(id, 'say', step.say, bodyKey === 'say' ? f.interactiveBodyMax : f.textMessageMax, bodyKey === 'say');
      check(id, 'ask', step.ask, bodyKey === 'ask' ? f.interactiveBodyMax : f.textMessageMax, bodyKey === 'ask');
      if (interactive) {
        if (typeof listBody === 'string') check(id, 'list.body', listBody, f.interactiveBodyMax);
        if (!bodyKey && typeof step.template !== 'string') {
          const kind = Array.isArray(step.buttons) ? (fr ? 'des boutons de réponse' : 'reply buttons') : (fr ? 'une liste' : 'a list');
          ctx.report({ messageId: 'noBody', data: { id, kind }, path: Array.isArray(step.buttons) ? ['steps', id, 'buttons'] : ['steps', id, 'list'], target: 'key' });
        }
        check(id, 'header', step.header, f.interactiveHeaderMax);
        check(id, 'footer', step.footer, f.interactiveFooterMax);
        if (step.list && typeof step.list === 'object') {
          check(id, 'list.header', step.list.header, f.interactiveHeaderMax);
          check(id, 'list.footer', step.list.footer, f.interactiveFooterMax);
        }
      }
      const media = step.media;
      if (media && typeof media === 'object' && typeof media.type === 'string') {
        if (typeof media.caption === 'string') {
          if (!CAPTIONED.has(media.type)) ctx.report({ messageId: 'noCaption', data: { type: media.type }, path: ['steps', id, 'media', 'caption'], target: 'key' });
          else check(id, 'media.caption', media.caption, f.captionMax);
        }
        if (!hasText(media.url) && !hasText(media.id)) ctx.report({ messageId: 'noSource', data: { type: media.type, id }, path: ['steps', id, 'media'], target: 'key' });
      }
    }
  },
});

/** Not blank and at most `max` characters (UTF-16 units bound the code points from above). */
function fits(text: string, max: number): boolean {
  return text.trim() !== '' && (text.length <= max || charLength(text) <= max);
}

function hasText(v: unknown): boolean {
  return typeof v === 'string' && v.trim() !== '';
}
