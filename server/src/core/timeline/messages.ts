import type { Msg } from '../i18n';

/**
 * Texts shared by the window rules and the timeline, so the preview and the
 * diagnostics say the same thing.
 */
export const WINDOW_MESSAGES = {
  freeformLate: {
    en: 'Step "{id}" sends a free-form message that can go out {delay} after the user\'s last message (path: {path}). The {window}h service window is closed by then and WhatsApp rejects the send (error 131047): send an approved template instead, or shorten the wait.',
    fr: 'L\'étape « {id} » envoie un message libre qui peut partir {delay} après le dernier message de l\'utilisateur (chemin : {path}). La fenêtre de service de {window} h est alors fermée et WhatsApp refuse l\'envoi (erreur 131047) : envoyez plutôt un template approuvé, ou raccourcissez l\'attente.',
  },
  freeformNoUser: {
    en: 'Step "{id}" sends a free-form message before the user has written anything (path: {path}). In a business-initiated flow no service window is open yet (error 131047): send an approved template, and free-form messages only after the user replies.',
    fr: 'L\'étape « {id} » envoie un message libre avant que l\'utilisateur ait écrit quoi que ce soit (chemin : {path}). Dans un flux initié par l\'entreprise, aucune fenêtre de service n\'est encore ouverte (erreur 131047) : envoyez un template approuvé, puis des messages libres seulement après la réponse de l\'utilisateur.',
  },
  unboundedWait: {
    en: 'Step "{id}" sends a free-form message after a loop ({loop}) that can repeat waits or timeouts without the user ever writing, so the {window}h service window may be long closed. Send a template here, or leave the loop once the user has been silent for too long.',
    fr: 'L\'étape « {id} » envoie un message libre après une boucle ({loop}) qui peut répéter attentes ou délais sans que l\'utilisateur n\'écrive, donc la fenêtre de service de {window} h peut être fermée depuis longtemps. Envoyez un template ici, ou sortez de la boucle quand l\'utilisateur reste silencieux trop longtemps.',
  },
  businessFirst: {
    en: 'This flow is business-initiated, but its first message (step "{id}") is free-form. No service window is open before the user writes (error 131047): start with an approved template.',
    fr: 'Ce flux est initié par l\'entreprise, mais son premier message (étape « {id} ») est un message libre. Aucune fenêtre de service n\'est ouverte avant que l\'utilisateur écrive (erreur 131047) : commencez par un template approuvé.',
  },
  adEntry: {
    en: 'Click-to-WhatsApp entry point: if the business answers within {window}h of the user\'s first message, every message is free for {fep}h. This does not extend the {window}h service window: free-form messages still need a user message less than {window}h old.',
    fr: 'Point d\'entrée publicitaire (Click-to-WhatsApp) : si l\'entreprise répond dans les {window} h suivant le premier message de l\'utilisateur, tous les messages sont gratuits pendant {fep} h. Cela ne prolonge pas la fenêtre de service de {window} h : un message libre exige toujours un message de l\'utilisateur datant de moins de {window} h.',
  },
  templateInWindow: {
    en: 'Template "{name}" is MARKETING and is sent while the service window is surely open (at most {delay} after the user\'s last message): it is billed about {price} {currency} per message, whereas a free-form message here would be free. Consider a free-form message if the content allows it.',
    fr: 'Le template « {name} » est MARKETING et part alors que la fenêtre de service est forcément ouverte (au plus {delay} après le dernier message de l\'utilisateur) : il est facturé environ {price} {currency} par message, alors qu\'un message libre serait gratuit ici. Envisagez un message libre si le contenu le permet.',
  },
} satisfies Record<string, Msg>;

export const TIMELINE_NOTES = {
  loopGuard: { en: 'Step "{id}" was reached {count} times: the preview stops here (the path loops).', fr: 'L\'étape « {id} » a été atteinte {count} fois : l\'aperçu s\'arrête ici (le chemin boucle).' },
  missingTemplate: { en: 'Template "{name}" is not in the workspace: its category and price are unknown.', fr: 'Le template « {name} » n\'est pas dans l\'espace de travail : sa catégorie et son prix sont inconnus.' },
  badChoice: { en: 'Path choice "{choice}" does not match any way out of step "{id}"; the default was used.', fr: 'Le choix « {choice} » ne correspond à aucune sortie de l\'étape « {id} » ; le choix par défaut a été utilisé.' },
  missingStart: { en: 'The flow has no start step.', fr: 'Le flux n\'a pas d\'étape de départ.' },
} satisfies Record<string, Msg>;
