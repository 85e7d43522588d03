import type { Msg } from '../i18n';

/**
 * Plain-words explanations of the flow and template keys that carry a WhatsApp
 * policy (shown when hovering the key). Pure data, English and French.
 * Numbers that change over time come from `facts` and are filled in by the caller
 * through `{serviceWindowHours}` / `{freeEntryPointHours}` placeholders.
 */
export interface KeywordDoc {
  title: Msg;
  body: Msg;
  /** Where the policy is written down. */
  source?: string;
}

export const POLICY_KEYWORDS: Readonly<Record<string, KeywordDoc>> = {
  category: {
    title: { en: 'Template category', fr: 'Catégorie du template' },
    body: {
      en: 'MARKETING, UTILITY or AUTHENTICATION. The category decides what each delivered message costs. UTILITY is only for messages tied to something the user did or asked for (an order, an appointment, an account) and with no promotion in them; Meta moves templates that promote anything to MARKETING and bills them as such.',
      fr: 'MARKETING, UTILITY ou AUTHENTICATION. La catégorie fixe le prix de chaque message délivré. UTILITY est réservé aux messages liés à une action ou une demande de l\'utilisateur (commande, rendez-vous, compte) et sans aucune promotion ; Meta reclasse en MARKETING, et facture comme tel, tout template qui fait de la promotion.',
    },
    source: 'https://developers.facebook.com/docs/whatsapp/updates-to-pricing/new-template-guidelines',
  },
  trigger: {
    title: { en: 'Who writes first', fr: 'Qui écrit en premier' },
    body: {
      en: '`user`: the customer writes first, which opens the {serviceWindowHours}-hour customer-service window. `business`: the business writes first, so the first message must be an approved template. `ad`: the user arrives from a Click-to-WhatsApp ad or a Page button; answering in time opens a {freeEntryPointHours}-hour window where messages are free.',
      fr: '`user` : le client écrit en premier, ce qui ouvre la fenêtre de service client de {serviceWindowHours} heures. `business` : l\'entreprise écrit en premier, le premier message doit donc être un template approuvé. `ad` : l\'utilisateur vient d\'une publicité Click-to-WhatsApp ou d\'un bouton de Page ; répondre à temps ouvre une fenêtre gratuite de {freeEntryPointHours} heures.',
    },
    source: 'https://developers.facebook.com/docs/whatsapp/pricing',
  },
  handoff: {
    title: { en: 'Hand over to a human', fr: 'Passer la main à un humain' },
    body: {
      en: 'Gives the user a person to talk to: `agent` transfers the chat to a human agent; `phone`, `email`, `web_form` and `store` give a contact (put it in `value:`). WhatsApp requires automated conversations to offer a prompt, clear and direct way to reach a human. Links to social networks, other apps or a help-centre page do not count.',
      fr: 'Donne à l\'utilisateur une personne à qui parler : `agent` transfère la conversation à un conseiller ; `phone`, `email`, `web_form` et `store` donnent un contact (à mettre dans `value:`). WhatsApp exige que les conversations automatisées offrent un moyen rapide, clair et direct de joindre un humain. Un lien vers un réseau social, une autre application ou une page d\'aide ne compte pas.',
    },
    source: 'https://business.whatsapp.com/policy',
  },
  escalation: {
    title: { en: 'Escalation channels', fr: 'Canaux d\'escalade' },
    body: {
      en: 'The direct ways this flow offers to reach a human: in-chat agent transfer, phone, email, a support form on the business website, or a store visit. An automated flow needs at least one, reachable from every step where the user can type.',
      fr: 'Les moyens directs de joindre un humain que propose ce flow : transfert à un conseiller dans la conversation, téléphone, e-mail, formulaire d\'assistance sur le site de l\'entreprise, ou visite en magasin. Un flow automatisé en demande au moins un, accessible depuis chaque étape où l\'utilisateur peut écrire.',
    },
    source: 'https://business.whatsapp.com/policy',
  },
  automated: {
    title: { en: 'Automated conversation', fr: 'Conversation automatisée' },
    body: {
      en: 'True by default. A bot may answer on its own inside the service window, but WhatsApp then requires a direct path to a human (see `escalation`). Set `false` only when a person writes every reply.',
      fr: 'Vrai par défaut. Un bot peut répondre seul pendant la fenêtre de service, mais WhatsApp exige alors un accès direct à un humain (voir `escalation`). Mettez `false` seulement si une personne rédige chaque réponse.',
    },
    source: 'https://business.whatsapp.com/policy',
  },
  opt_in: {
    title: { en: 'Where the opt-in was collected', fr: 'Où le consentement a été recueilli' },
    body: {
      en: 'Before a business writes first, the person must have agreed to receive its messages. The opt-in names the business and says what the person will receive; it may be collected on or off WhatsApp. Write here where and how it was collected (for example "checkbox at checkout").',
      fr: 'Avant qu\'une entreprise écrive en premier, la personne doit avoir accepté de recevoir ses messages. Le consentement nomme l\'entreprise et dit ce que la personne recevra ; il peut être recueilli sur WhatsApp ou ailleurs. Indiquez ici où et comment il a été recueilli (par exemple « case cochée au paiement »).',
    },
    source: 'https://developers.facebook.com/docs/whatsapp/overview/getting-opt-in',
  },
  opt_out: {
    title: { en: 'Opt-out', fr: 'Désinscription' },
    body: {
      en: 'Records that the person no longer wants messages from you and stops marketing to them. Requests made on or off WhatsApp must be honoured. Marketing sent after the person asked to stop fails and harms the number\'s quality rating.',
      fr: 'Enregistre que la personne ne veut plus de vos messages et arrête le marketing à son égard. Les demandes faites sur WhatsApp ou ailleurs doivent être respectées. Un message marketing envoyé après une demande d\'arrêt échoue et dégrade la note de qualité du numéro.',
    },
    source: 'https://business.whatsapp.com/policy',
  },
  wait: {
    title: { en: 'The business waits', fr: 'L\'entreprise attend' },
    body: {
      en: 'The bot pauses for this long without any message from the user. The customer-service window ({serviceWindowHours} h) counts from the user\'s last message, and replies from the business do not extend it: after a long wait only an approved template may be sent.',
      fr: 'Le bot patiente pendant cette durée sans message de l\'utilisateur. La fenêtre de service client ({serviceWindowHours} h) court depuis le dernier message de l\'utilisateur, et les réponses de l\'entreprise ne la prolongent pas : après une longue attente, seul un template approuvé peut être envoyé.',
    },
    source: 'https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-messages#customer-service-windows',
  },
  timeout: {
    title: { en: 'How long to wait for an answer', fr: 'Délai d\'attente de la réponse' },
    body: {
      en: 'If the user has not answered after this long, the flow goes to `on_timeout`. The user\'s silence lets the {serviceWindowHours}-hour window run out: a step reached after the timeout can only send free-form text while the window is still open, otherwise it needs a template.',
      fr: 'Si l\'utilisateur n\'a pas répondu au bout de cette durée, le flow passe à `on_timeout`. Le silence de l\'utilisateur laisse la fenêtre de {serviceWindowHours} heures s\'écouler : une étape atteinte après le délai ne peut envoyer du texte libre que si la fenêtre est encore ouverte, sinon il lui faut un template.',
    },
    source: 'https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-messages#customer-service-windows',
  },
  on_timeout: {
    title: { en: 'Step after a timeout', fr: 'Étape après le délai' },
    body: {
      en: 'The step the flow goes to when the user has not answered within `timeout`. Time has passed since the user\'s last message: check that the window is still open if this step sends free-form text.',
      fr: 'L\'étape où va le flow quand l\'utilisateur n\'a pas répondu dans le `timeout`. Du temps s\'est écoulé depuis son dernier message : vérifiez que la fenêtre est encore ouverte si cette étape envoie du texte libre.',
    },
  },
  template: {
    title: { en: 'Send an approved template', fr: 'Envoyer un template approuvé' },
    body: {
      en: 'Sends a message template approved by Meta, found by name (and the flow\'s language) in the workspace. Templates are the only messages allowed outside the customer-service window; each delivered template is billed by its category.',
      fr: 'Envoie un template approuvé par Meta, trouvé par son nom (et la langue du flow) dans l\'espace de travail. Les templates sont les seuls messages permis hors de la fenêtre de service client ; chaque template délivré est facturé selon sa catégorie.',
    },
  },
  ai: {
    title: { en: 'Reply generated by a model', fr: 'Réponse générée par un modèle' },
    body: {
      en: 'Allowed when the AI is an incidental, task-specific part of a business bot (order tracking, bookings). Since {aiProviderBanDate}, WhatsApp forbids bots whose main purpose is a general-purpose AI assistant.',
      fr: 'Permis quand l\'IA est une partie accessoire et limitée à une tâche d\'un bot d\'entreprise (suivi de commande, réservations). Depuis le {aiProviderBanDate}, WhatsApp interdit les bots dont la fonction principale est un assistant IA généraliste.',
    },
    source: 'https://www.whatsapp.com/legal/business-solution-terms',
  },
};

/** The explanation of a key, or undefined when the key carries no policy. */
export function keywordDoc(key: string): KeywordDoc | undefined {
  return Object.prototype.hasOwnProperty.call(POLICY_KEYWORDS, key) ? POLICY_KEYWORDS[key] : undefined;
}
