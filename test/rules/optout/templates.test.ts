import rule from '../../../server/src/core/rules/optout/marketing-template-no-optout';
import { ruleTests } from '../../helpers/ruleTester';

ruleTests(rule, {
  valid: [
    {
      name: 'quick reply "Stop promotions"',
      code: `name: spring_sale
language: en_US
category: MARKETING
components:
  - type: BODY
    text: Our spring sale starts today, 20% off everything.
  - type: BUTTONS
    buttons:
      - type: QUICK_REPLY
        text: Shop now
      - type: QUICK_REPLY
        text: Stop promotions
`,
    },
    {
      name: 'French footer instruction',
      code: `name: soldes_ete
language: fr
category: marketing
components:
  - type: BODY
    text: Les soldes d'été commencent, -30 % sur la collection.
  - type: FOOTER
    text: Répondez STOP pour vous désinscrire
`,
    },
    {
      name: 'Spanish and German quick replies in a templates list',
      code: `templates:
  - name: rebajas
    language: es
    category: MARKETING
    components:
      - { type: BODY, text: "Rebajas de invierno en toda la tienda." }
      - { type: BUTTONS, buttons: [{ type: QUICK_REPLY, text: "No más promociones" }] }
  - name: angebote
    language: de
    category: MARKETING
    components:
      - { type: BODY, text: "Neue Angebote der Woche." }
      - { type: BUTTONS, buttons: [{ type: QUICK_REPLY, text: Abmelden }] }
`,
    },
    {
      name: 'Italian footer phrasing',
      code: `name: saldi
language: it
category: MARKETING
components:
  - { type: BODY, text: "Saldi di fine stagione!" }
  - { type: FOOTER, text: "Non voglio più ricevere offerte? Scrivi ANNULLA" }
`,
    },
    {
      name: 'utility template needs no opt-out',
      code: `name: order_shipped
language: en
category: UTILITY
components:
  - type: BODY
    text: Your order {{1}} has shipped.
    example: { body_text: [["A123"]] }
`,
    },
  ],
  invalid: [
    {
      name: 'no buttons: the suggestion adds a BUTTONS component in the template language',
      code: `name: soldes_ete
language: fr
category: MARKETING   # billed as marketing
components:
  - type: BODY
    text: Les soldes d'été commencent, -30 % sur la collection.
`,
      errors: [{ line: 3, column: 11, endColumn: 20, message: '"Arrêter les promos"' }],
      output: null,
      suggestion: `name: soldes_ete
language: fr
category: MARKETING   # billed as marketing
components:
  - type: BODY
    text: Les soldes d'été commencent, -30 % sur la collection.
  - type: BUTTONS
    buttons:
      - type: QUICK_REPLY
        text: Arrêter les promos
`,
    },
    {
      name: 'quick replies then URL: the new quick reply joins the group',
      code: `name: spring_sale
language: en_US
category: MARKETING
components:
  - type: BODY
    text: Spring sale, 20% off.
  - type: BUTTONS
    buttons:
      - type: QUICK_REPLY
        text: Tell me more
      - type: URL
        text: Shop
        url: https://shop.example.com/sale
`,
      errors: [{ line: 3, column: 11 }],
      suggestion: `name: spring_sale
language: en_US
category: MARKETING
components:
  - type: BODY
    text: Spring sale, 20% off.
  - type: BUTTONS
    buttons:
      - type: QUICK_REPLY
        text: Tell me more
      - type: QUICK_REPLY
        text: Stop promotions
      - type: URL
        text: Shop
        url: https://shop.example.com/sale
`,
    },
    {
      name: 'flow-style buttons in Portuguese',
      code: `name: promo_pt
language: pt_BR
category: MARKETING
components:
  - { type: BODY, text: "Ofertas da semana com até 40% de desconto." }
  - type: BUTTONS
    buttons: [{ type: URL, text: Ver ofertas, url: "https://loja.example.com" }]
`,
      errors: [{ line: 3, column: 11 }],
      suggestion: `name: promo_pt
language: pt_BR
category: MARKETING
components:
  - { type: BODY, text: "Ofertas da semana com até 40% de desconto." }
  - type: BUTTONS
    buttons: [{ type: URL, text: Ver ofertas, url: "https://loja.example.com" }, { type: QUICK_REPLY, text: Parar promoções }]
`,
    },
    {
      name: 'JSON (Graph API export): the label is JSON-quoted',
      filename: 'live.templates.json',
      code: `{"data": [{"name": "promo", "language": "en", "category": "MARKETING", "components": [{"type": "BODY", "text": "Sale!"}, {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Yes"}]}]}]}
`,
      errors: [{ line: 1, column: 59 }],
      suggestion: `{"data": [{"name": "promo", "language": "en", "category": "MARKETING", "components": [{"type": "BODY", "text": "Sale!"}, {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Yes"}, { "type": "QUICK_REPLY", "text": "Stop promotions" }]}]}]}
`,
    },
    {
      name: 'ten buttons already: reported, no button can be added',
      code: `name: big_menu
language: en
category: MARKETING
components:
  - type: BODY
    text: Pick a deal.
  - type: BUTTONS
    buttons:
${Array.from({ length: 10 }, (_, i) => `      - { type: QUICK_REPLY, text: Deal ${i + 1} }`).join('\n')}
`,
      errors: [{ line: 3, column: 11, message: 'big_menu' }],
    },
  ],
});
