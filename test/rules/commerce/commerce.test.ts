import prohibited from '../../../server/src/core/rules/commerce/prohibited-goods';
import regulated from '../../../server/src/core/rules/commerce/regulated-vertical';
import { ruleTests } from '../../helpers/ruleTester';

const pharmacy = 'vertical: pharmacy\n';
const alcohol = 'vertical: alcohol\n';
const gambling = 'vertical: gambling\n';

/** A pharmacy bot that stays on services: allowed. */
const pharmacyServices = `flow: pharmacie_rdv
language: fr
steps:
  accueil:
    say: Bonjour ! Pharmacie du Centre, que souhaitez-vous ?
    buttons:
      - { title: Vaccin grippe, next: vaccin }
      - { title: Test antigénique, next: test }
      - { title: Mon ordonnance, next: ordonnance }
  vaccin:
    ask: Quel jour souhaitez-vous venir pour votre vaccination (25 €) ?
    next: fin
  test:
    say: Prenez rendez-vous pour un test, résultat en 15 minutes.
    next: fin
  ordonnance:
    say: Votre ordonnance est prête, vous pouvez la retirer au comptoir.
    next: fin
  fin:
    end: true
`;

ruleTests(prohibited, {
  valid: [
    { name: 'pharmacy services only (appointments, tests, prescription ready)', code: pharmacyServices, config: pharmacy },
    {
      name: 'no vertical: ambiguous words are not flagged ("gin" rummy, "pills" of a game)',
      code: `flow: game_shop
steps:
  menu:
    say: "Buy the new gin rummy deck and power-up pills for 5 €."
    end: true
`,
    },
    {
      name: 'alcohol vertical promoting without selling',
      config: alcohol,
      code: `flow: cave
language: fr
steps:
  promo:
    say: Découvrez nos nouveaux vins du Rhône lors de la dégustation samedi.
    end: true
`,
    },
    {
      name: 'a shop selling ordinary goods',
      code: `flow: shoes
language: en
steps:
  s:
    say: Order the new running shoes for $89 today.
    end: true
`,
    },
    {
      name: 'utility template about medicines in a pharmacy, no sale',
      config: pharmacy,
      filename: 'pharma.template.yaml',
      code: `name: rappel_traitement
language: fr
category: UTILITY
components:
  - type: BODY
    text: Rappel : pensez à renouveler votre ordonnance chez votre médecin.
`,
    },
  ],
  invalid: [
    {
      name: 'pharmacy: delivery of medicines (fr)',
      config: pharmacy,
      code: `flow: pharmacie_livraison
language: fr
steps:
  menu:
    say: Commandez vos médicaments, livraison à domicile en 2 h.
    end: true
`,
      errors: [{ line: 5, column: 10, endColumn: 65, message: "medicines" }],
    },
    {
      name: 'no vertical: unambiguous alcohol sale, term in a list row and sale in the button label (es)',
      code: `flow: licores
language: es
steps:
  catalogo:
    say: ¿Qué te apetece?
    list:
      button: Comprar
      sections:
        - rows:
            - { title: Vodka premium, next: fin }
            - { title: Agua mineral, next: fin }
  fin:
    end: true
`,
      errors: [{ line: 10, column: 24, endColumn: 37, message: '"vodka" with "comprar"' }],
    },
    {
      name: 'pharmacy vertical: weak word "ordonnance" with a payment',
      config: pharmacy,
      locale: 'fr',
      code: `flow: pharmacie
language: fr
steps:
  payer:
    say: Payez votre ordonnance ici et nous la préparons.
    end: true
`,
      errors: [{ line: 5, column: 10, message: 'propose à la vente des médicaments' }],
    },
    {
      name: 'gambling: "place your bets" is a sale by itself',
      config: gambling,
      filename: 'bets.template.yaml',
      code: `name: match_night
language: en
category: MARKETING
components:
  - type: BODY
    text: Big match tonight, place your bets before kick-off!
  - type: FOOTER
    text: Reply STOP to unsubscribe
`,
      errors: [{ line: 6, column: 11, message: 'real-money gambling' }],
    },
    {
      name: 'live animals for sale (de) and e-cigarettes (pt) in one flow',
      code: `flow: shop
steps:
  a:
    say: Welpen zu verkaufen, jetzt melden!
    next: b
  b:
    say: "Cigarros eletrônicos: compre já com entrega grátis."
    end: true
`,
      errors: [
        { line: 4, column: 10, message: 'live animals' },
        { line: 7, column: 10, message: 'tobacco' },
      ],
    },
    {
      name: 'template with a payment link button (it)',
      filename: 'vini.template.yaml',
      code: `name: offerta_vini
language: it
category: MARKETING
components:
  - type: BODY
    text: I nostri vini rossi della Toscana, ordina ora.
  - type: BUTTONS
    buttons:
      - { type: URL, text: Acquista, url: "https://shop.example.it/checkout" }
`,
      errors: [{ line: 6, column: 11, message: 'alcohol' }],
    },
  ],
});

ruleTests(regulated, {
  valid: [
    { name: 'no vertical configured', filename: 'cat.template.yaml', code: `name: catalogue\nlanguage: en\ncategory: MARKETING\ncomponents:\n  - { type: BODY, text: "Browse our catalog" }\n  - { type: BUTTONS, buttons: [{ type: CATALOG, text: View catalog }] }\n` },
    { name: 'pharmacy services', code: pharmacyServices, config: pharmacy },
    {
      name: 'retail may use a catalog',
      config: 'vertical: retail\n',
      filename: 'cat.template.yaml',
      code: `name: catalogue\nlanguage: en\ncategory: MARKETING\ncomponents:\n  - { type: BODY, text: "Browse our catalog" }\n  - { type: BUTTONS, buttons: [{ type: CATALOG, text: View catalog }] }\n`,
    },
  ],
  invalid: [
    {
      name: 'alcohol: catalog button',
      config: alcohol,
      filename: 'cat.template.yaml',
      code: `name: catalogue
language: en
category: MARKETING
components:
  - { type: BODY, text: "Our wines of the month" }
  - { type: BUTTONS, buttons: [{ type: CATALOG, text: View catalog }] }
`,
      errors: [{ line: 6, column: 40, endColumn: 47, message: 'CATALOG button in template "catalogue"' }],
    },
    {
      name: 'gambling: payment link in a say and a payment action (fr)',
      config: gambling,
      locale: 'fr',
      code: `flow: depot
language: fr
steps:
  lien:
    say: "Rechargez votre compte : https://pay.example-bets.fr/depot"
    next: encaisser
  encaisser:
    call: { action: create_payment, on_error: fin }
    next: fin
  fin:
    end: true
`,
      errors: [
        { line: 5, column: 10, message: 'Lien de paiement' },
        { line: 8, column: 21, endColumn: 35, message: 'secteur « jeux d\'argent »' },
      ],
    },
  ],
});
