import flowNoStop from '../../../server/src/core/rules/optout/flow-no-stop-intent';
import stepUnreachable from '../../../server/src/core/rules/optout/step-unreachable';
import optinMissing from '../../../server/src/core/rules/optout/optin-missing';
import afterOptOut from '../../../server/src/core/rules/optout/marketing-after-opt-out';
import { ruleTests } from '../../helpers/ruleTester';

const templates = {
  'promos.templates.yaml': `templates:
  - name: soldes_hiver
    language: fr
    category: MARKETING
    components:
      - { type: BODY, text: "Les soldes d'hiver sont là !" }
      - { type: FOOTER, text: "Répondez STOP pour vous désinscrire" }
  - name: suivi_colis
    language: fr
    category: UTILITY
    components:
      - { type: BODY, text: "Votre colis {{1}} est en route.", example: { body_text: [["C42"]] } }
  - name: weekly_deals
    language: en
    category: MARKETING
    components:
      - { type: BODY, text: "This week's deals are here." }
`,
};

const goodFr = `flow: campagne_soldes
language: fr
trigger: business
opt_in: "case cochée lors de la création du compte sur boutique.example.fr (offres et suivi)"
global:
  - match: [STOP, ARRET, désinscription]
    next: desinscrire
steps:
  annonce:
    template: soldes_hiver
    next: attente
  attente:
    ask: Voulez-vous voir la sélection ?
    next: fin
  desinscrire:
    opt_out: true
    say: C'est noté.
  fin:
    end: true
`;

ruleTests(flowNoStop, {
  valid: [
    { code: goodFr, files: templates },
    {
      name: 'utility-only business flow needs no STOP intent',
      files: templates,
      code: `flow: suivi
language: fr
trigger: business
opt_in: "case cochée au paiement sur boutique.example.fr"
steps:
  notif:
    template: suivi_colis
    params: ["{{colis}}"]
    end: true
`,
    },
    {
      name: 'STOP intent through a confirmation step',
      files: templates,
      code: `flow: deals
language: en
trigger: business
opt_in: "Newsletter form on shop.example.com, weekly deals"
global:
  - match: [stop, unsubscribe]
    next: confirm
steps:
  send:
    template: weekly_deals
    end: true
  confirm:
    say: Stop all promotions?
    buttons:
      - { title: Yes, next: bye }
      - { title: No, next: send }
  bye:
    opt_out: true
`,
    },
  ],
  invalid: [
    {
      name: 'marketing template, no global intent: the suggestion adds one and an opt-out step',
      files: templates,
      code: `flow: campagne_soldes
language: fr
trigger: business
opt_in: "case cochée lors de la création du compte sur boutique.example.fr"
steps:
  annonce:
    template: soldes_hiver   # envoyé à toute la base
    end: true
`,
      errors: [{ line: 7, column: 15, endColumn: 27, message: 'MARKETING template "soldes_hiver"' }],
      suggestion: `flow: campagne_soldes
language: fr
trigger: business
opt_in: "case cochée lors de la création du compte sur boutique.example.fr"
global:
  - match: [STOP, ARRET, DESINSCRIPTION]
    next: opt_out
steps:
  annonce:
    template: soldes_hiver   # envoyé à toute la base
    end: true
  opt_out:
    opt_out: true
    say: "C'est noté : vous ne recevrez plus nos messages promotionnels."
`,
    },
    {
      name: 'existing globals and opt-out step: the intent is appended and reuses the step',
      files: templates,
      code: `flow: deals
language: en
global:
  - match: [agent, human]
    next: human
steps:
  menu:
    ask: What are you looking for?
    next: deals
  deals:
    template: weekly_deals
    end: true
  human:
    handoff: agent
  leave:
    opt_out: true
`,
      errors: [{ line: 11, column: 15 }],
      suggestion: `flow: deals
language: en
global:
  - match: [agent, human]
    next: human
  - match: [STOP, UNSUBSCRIBE]
    next: leave
steps:
  menu:
    ask: What are you looking for?
    next: deals
  deals:
    template: weekly_deals
    end: true
  human:
    handoff: agent
  leave:
    opt_out: true
`,
    },
    {
      name: 'business-initiated promotional free text, in Spanish',
      code: `flow: promo_es
language: es
trigger: business
opt_in: "Formulario web de tienda.example.es"
steps:
  inicio:
    say: ¡Hoy 30% de descuento en toda la tienda!
    end: true
`,
      errors: [{ line: 7, column: 10, message: 'promotional content' }],
    },
    {
      name: '"cancelar" cancelling an order is not a STOP intent (es)',
      files: { 'ofertas.template.yaml': `name: ofertas\nlanguage: es\ncategory: MARKETING\ncomponents:\n  - { type: BODY, text: "Ofertas de la semana" }\n  - { type: FOOTER, text: "Responde BAJA para darte de baja" }\n` },
      code: `flow: pedidos
language: es
global:
  - match: [cancelar]
    next: cancelar_pedido
steps:
  ofertas:
    template: ofertas
    next: pregunta
  pregunta:
    ask: ¿Algo más?
    end: true
  cancelar_pedido:
    say: Pedido cancelado.
    end: true
`,
      errors: [{ line: 8, column: 15, message: 'users cannot stop it' }],
    },
    {
      name: 'STOP intent that never records the opt-out',
      files: templates,
      code: `flow: deals
language: en
global:
  - match: [STOP]
    next: goodbye
steps:
  send:
    template: weekly_deals
    end: true
  goodbye:
    say: Bye!
    end: true
  optout:
    opt_out: true
`,
      errors: [{ line: 5, column: 11, endColumn: 18, message: 'never records the opt-out' }],
      suggestion: `flow: deals
language: en
global:
  - match: [STOP]
    next: optout
steps:
  send:
    template: weekly_deals
    end: true
  goodbye:
    say: Bye!
    end: true
  optout:
    opt_out: true
`,
    },
  ],
});

ruleTests(stepUnreachable, {
  valid: [
    { code: goodFr, files: templates },
    {
      name: 'reached by a reply button',
      code: `flow: menu
steps:
  welcome:
    say: Hello
    buttons:
      - { title: Orders, next: done }
      - { title: Stop messages, next: stop }
  stop:
    opt_out: true
  done:
    end: true
`,
    },
  ],
  invalid: [
    {
      name: 'only reached by an automatic next',
      code: `flow: notif
language: de
steps:
  hello:
    say: Hallo!
    next: abmelden
  abmelden:
    opt_out: true
`,
      errors: [{ line: 7, column: 3, endColumn: 11, message: 'users cannot ask to stop' }],
      suggestion: `flow: notif
language: de
global:
  - match: [STOP, ABMELDEN]
    next: abmelden
steps:
  hello:
    say: Hallo!
    next: abmelden
  abmelden:
    opt_out: true
`,
    },
  ],
});

ruleTests(optinMissing, {
  valid: [
    goodFr,
    {
      name: 'user-initiated service flow',
      code: `flow: sav
steps:
  q:
    ask: Quel est votre problème ?
    end: true
`,
    },
  ],
  invalid: [
    {
      name: 'business trigger without opt_in',
      code: `flow: relance
trigger: business
steps:
  t:
    template: suivi_colis
    end: true
`,
      errors: [{ line: 2, column: 10, endColumn: 18, message: 'writes first' }],
    },
    {
      name: 'user flow sending a marketing template',
      files: templates,
      code: `flow: deals
language: en
steps:
  t:
    template: weekly_deals
    end: true
`,
      errors: [{ line: 5, column: 15, message: 'sends MARKETING template "weekly_deals"' }],
    },
    {
      name: 'vague opt-in, French message',
      locale: 'fr',
      code: `flow: relance
trigger: business
opt_in: oui
steps:
  t:
    template: suivi_colis
    end: true
`,
      errors: [{ line: 3, column: 9, endColumn: 12, message: 'ne dit pas comment' }],
    },
    {
      name: 'empty opt-in',
      code: `flow: relance
trigger: business
opt_in: ""
steps:
  t:
    template: suivi_colis
    end: true
`,
      errors: [{ line: 3, column: 9 }],
    },
  ],
});

ruleTests(afterOptOut, {
  valid: [{ code: goodFr, files: templates }],
  invalid: [
    {
      name: 'opt-out then a marketing template',
      files: templates,
      code: `flow: deals
language: en
global:
  - match: [STOP]
    next: leave
steps:
  menu:
    ask: Anything else?
    end: true
  leave:
    opt_out: true
    next: last_chance
  last_chance:
    template: weekly_deals
    end: true
`,
      errors: [{ line: 14, column: 15, message: 'after opt-out step "leave"' }],
    },
  ],
});
