import missing from '../../../server/src/core/rules/escalation/missing';
import { ruleTests } from '../../helpers/ruleTester';

/** A French support bot with a global intent and an agent hand-over: the reference clean flow. */
export const supportFr = `flow: order_support
description: Suivi de commande et SAV
language: fr
escalation:
  - type: agent
    step: handoff
global:
  - match: [conseiller, agent, humain]
    next: handoff
steps:
  welcome:
    say: "Bonjour ! Que puis-je faire pour vous ?"
    buttons:
      - { title: Suivre ma commande, next: ask_order }
      - { title: Un conseiller, next: handoff }
  ask_order:
    ask: "Quel est votre numéro de commande ?"
    save: order_id
    next: status
  status:
    say: "Votre commande {{order_id}} est en route."
    end: true
  handoff:
    handoff: agent
    say: "Je vous mets en relation avec un conseiller."
`;

ruleTests(missing, {
  valid: [
    supportFr,
    {
      name: 'English bot with a phone channel declared (no agent step)',
      code: `flow: store_info
language: en
escalation:
  - type: phone
    value: "+44 20 7946 0958"
steps:
  menu:
    say: Hi! What would you like to know?
    buttons:
      - { title: Opening hours, next: hours }
  hours:
    say: We are open 9am-6pm, Monday to Saturday.
    end: true
`,
    },
    {
      name: 'Spanish bot reaching a web-form handoff step through a button',
      code: `flow: soporte
language: es
steps:
  inicio:
    say: ¡Hola! ¿En qué podemos ayudarte?
    buttons:
      - { title: Formulario, next: form }
  form:
    handoff: web_form
    value: https://tienda.example.es/contacto
    say: Rellena nuestro formulario y te respondemos en 24 h.
`,
    },
    {
      name: 'automated: false is not checked',
      code: `flow: live_team
automated: false
steps:
  hello:
    ask: Un membre de l'équipe vous répond. Votre question ?
    next: done
  done:
    end: true
`,
    },
    {
      name: 'business-initiated notification the user cannot answer',
      code: `flow: delivery_notice
trigger: business
opt_in: checkout checkbox
steps:
  notify:
    template: delivery_update
    end: true
`,
    },
    {
      name: 'a store channel declared in German',
      code: `flow: filiale
language: de
escalation:
  - { type: store, value: "Hauptstraße 5, 10115 Berlin" }
steps:
  start:
    ask: Wie können wir helfen?
    next: ende
  ende:
    end: true
`,
    },
  ],
  invalid: [
    {
      name: 'French FAQ bot with no escalation at all, with the suggestion',
      code: `flow: faq_bot
language: fr
steps:
  # menu principal
  welcome:
    say: "Bonjour ! Choisissez un sujet :"
    buttons:
      - { title: Livraison, next: delivery }
      - { title: Retours, next: returns }
  delivery:
    say: "Livraison en 48 h."
    end: true
  returns:
    say: "Retours gratuits sous 30 jours."
    end: true
`,
      errors: [{ line: 1, column: 1, endColumn: 5, message: 'Automated flow "faq_bot" gives the user no direct way to reach a human' }],
      suggestion: `flow: faq_bot
language: fr
global:
  - match: [conseiller, humain, agent]
    next: handoff
steps:
  # menu principal
  welcome:
    say: "Bonjour ! Choisissez un sujet :"
    buttons:
      - { title: Livraison, next: delivery }
      - { title: Retours, next: returns }
      - { title: Parler à un humain, next: handoff }
  delivery:
    say: "Livraison en 48 h."
    end: true
  returns:
    say: "Retours gratuits sous 30 jours."
    end: true
  handoff:
    handoff: agent
    say: Je vous mets en relation avec un conseiller.
`,
    },
    {
      name: 'English bot whose only escalation is a Facebook page',
      code: `flow: shop_help
language: en
escalation:
  - type: web_form
    value: https://www.facebook.com/myshop
steps:
  ask_question:
    ask: How can we help?
    next: bye
  bye:
    say: Thanks!
    end: true
`,
      errors: [{ line: 1, column: 1, message: 'only offers escalation paths that do not count as direct (social)' }],
      output: null,
      suggestion: `flow: shop_help
language: en
escalation:
  - type: web_form
    value: https://www.facebook.com/myshop
global:
  - match: [agent, human, representative]
    next: handoff
steps:
  ask_question:
    ask: How can we help?
    next: bye
  bye:
    say: Thanks!
    end: true
  handoff:
    handoff: agent
    say: I am connecting you with one of our agents.
`,
    },
    {
      name: 'a handoff step no path leads to',
      code: `flow: pedidos
language: pt
steps:
  menu:
    say: Olá! Como podemos ajudar?
    buttons:
      - { title: Meu pedido, next: pedido }
  pedido:
    ask: Qual é o número do pedido?
    next: fim
  fim:
    end: true
  atendente:
    handoff: agent
    say: Vou transferir você.
`,
      errors: [{ line: 13, column: 3, endColumn: 12, message: 'Step "atendente" hands over to a human, but no path from "menu" leads to it' }],
      suggestion: `flow: pedidos
language: pt
global:
  - match: [atendente, humano, agente]
    next: atendente
steps:
  menu:
    say: Olá! Como podemos ajudar?
    buttons:
      - { title: Meu pedido, next: pedido }
  pedido:
    ask: Qual é o número do pedido?
    next: fim
  fim:
    end: true
  atendente:
    handoff: agent
    say: Vou transferir você.
`,
    },
    {
      name: 'config accepts only agent hand-overs: a phone channel does not count',
      config: 'escalation:\n  accepted: [agent]\n',
      code: `flow: billing
escalation:
  - { type: phone, value: "+33 1 23 45 67 89" }
steps:
  q:
    ask: Quelle est votre question ?
    next: done
  done:
    end: true
`,
      errors: [{ line: 1, column: 1, message: 'phone (not accepted)' }],
    },
    {
      name: 'messages in French',
      locale: 'fr',
      code: `flow: x
steps:
  a:
    ask: Question ?
    next: b
  b:
    end: true
`,
      errors: [{ line: 1, column: 1, message: 'Le flow automatisé « x » ne donne aucun moyen direct de joindre un humain' }],
    },
  ],
});
