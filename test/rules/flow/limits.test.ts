import replyButtons from '../../../server/src/core/rules/flow/reply-buttons';
import listLimits from '../../../server/src/core/rules/flow/list-limits';
import textLength from '../../../server/src/core/rules/flow/text-length';
import templateWithButtons from '../../../server/src/core/rules/flow/template-with-buttons';
import { ruleTests } from '../../helpers/ruleTester';

const menuFr = `flow: sav_boutique
language: fr
steps:
  accueil:
    say: Bonjour 👋 Que puis-je faire pour vous ?
    buttons:
      - { title: Suivre ma commande, next: suivi }
      - { title: Retour produit 📦, next: retour }
      - { title: Un conseiller, next: humain }
  suivi:
    ask: Quel est votre numéro de commande ?
    list:
      button: Choisir
      sections:
        - rows:
            - { id: c1, title: Dernière commande, description: "Passée il y a moins de 30 jours", next: fin }
            - { id: c2, title: Autre commande, next: fin }
  retour:
    media: { type: image, url: "https://cdn.example.fr/retours.png", caption: "Comment emballer votre retour" }
    next: fin
  humain:
    handoff: agent
  fin:
    end: true
`;

ruleTests(replyButtons, {
  valid: [menuFr],
  invalid: [
    {
      name: 'a 4th button (es)',
      code: `flow: menu_es
steps:
  inicio:
    say: ¿En qué te ayudo?
    buttons:
      - { title: Mi pedido, next: fin }
      - { title: Devoluciones, next: fin }
      - { title: Facturas, next: fin }
      - { title: Hablar con alguien, next: fin }
  fin:
    end: true
`,
      errors: [{ line: 9, column: 9, message: '4 reply buttons; WhatsApp allows 3' }],
    },
    {
      name: 'long, duplicate and formatted titles, bad id (en)',
      code: `flow: menu
steps:
  start:
    say: Hi!
    buttons:
      - title: Track my order and delivery
        next: done
      - title: "*Refunds*"
        id: " refunds"
        next: done
      - title: "*Refunds*"
        next: done
  done:
    end: true
`,
      errors: [
        { line: 6, column: 16, endColumn: 43, message: '27 characters; the limit is 20' },
        { line: 8, column: 16, message: 'formatting marks' },
        { line: 9, column: 13, message: 'starts/ends with a space' },
        { line: 11, column: 16, message: 'Two buttons are titled "*Refunds*"' },
        { line: 11, column: 16, message: 'formatting marks' },
      ],
    },
    {
      name: 'empty list of buttons, and buttons with a list (de, French messages)',
      locale: 'fr',
      code: `flow: menu_de
steps:
  a:
    say: Hallo
    buttons: []
    list:
      button: Auswahl
      sections:
        - rows: [{ title: Bestellung, next: b }]
  b:
    end: true
`,
      errors: [
        { line: 5, column: 5, endColumn: 12, message: 'à la fois `buttons:` et `list:`' },
        { line: 5, column: 5, message: 'liste `buttons:` vide' },
      ],
    },
    {
      name: 'limits come from facts',
      config: 'facts:\n  replyButtonTitleMax: 10\n',
      code: `flow: menu
steps:
  a:
    say: Hi
    buttons:
      - { title: Commander, next: b }
      - { title: Suivre un colis, next: b }
  b:
    end: true
`,
      errors: [{ line: 7, column: 18, message: 'limit is 10' }],
    },
  ],
});

const rows = (n: number, prefix = 'Option') => Array.from({ length: n }, (_, i) => `            - { title: ${prefix} ${i + 1}, next: fin }`).join('\n');

ruleTests(listLimits, {
  valid: [
    menuFr,
    {
      name: 'exactly 10 rows over two titled sections',
      code: `flow: carte
steps:
  menu:
    say: Notre carte
    list:
      button: Voir la carte
      sections:
        - title: Entrées
          rows:
${rows(5, 'Entrée')}
        - title: Plats
          rows:
${rows(5, 'Plat')}
  fin:
    end: true
`,
    },
  ],
  invalid: [
    {
      name: '11 rows in total across sections: reported on the 11th row',
      code: `flow: carte
steps:
  menu:
    say: Notre carte
    list:
      button: Voir la carte
      sections:
        - title: Entrées
          rows:
${rows(6, 'Entrée')}
        - title: Plats
          rows:
${rows(5, 'Plat')}
  fin:
    end: true
`,
      errors: [{ line: 22, column: 15, message: '11 rows in total' }],
    },
    {
      name: 'lengths, missing section title, duplicate row id, empty button (pt)',
      code: `flow: loja
steps:
  menu:
    say: Escolha uma opção
    list:
      button: ""
      sections:
        - title: Pedidos e entregas em andamento
          rows:
            - id: p1
              title: Acompanhar meu pedido atual
              description: Veja em que etapa está o seu pedido, a previsão de entrega e o código de rastreio.
              next: fim
        - rows:
            - { id: p1, title: Trocas, next: fim }
  fim:
    end: true
`,
      errors: [
        { line: 6, column: 15, endColumn: 17, message: 'List button label is empty' },
        { line: 8, column: 18, message: 'Section title "Pedidos e entregas em andamento" has 31 characters; the limit is 24' },
        { line: 11, column: 22, message: 'Row title "Acompanhar meu pedido atual" has 27 characters' },
        { line: 12, column: 28, message: 'the limit is 72' },
        { line: 14, column: 11, message: 'Section 2 of step "menu" has no title' },
        { line: 15, column: 21, endColumn: 23, message: 'Row id "p1" is already used' },
      ],
    },
    {
      name: 'no rows and no sections',
      code: `flow: vide
steps:
  a:
    say: Choisissez
    list: { button: Choisir, sections: [] }
    next: b
  b:
    say: Choisissez encore
    list:
      button: Choisir
      sections:
        - title: Vide
          rows: []
    next: c
  c:
    end: true
`,
      errors: [
        { line: 5, column: 30, message: 'has no section' },
        { line: 11, column: 7, message: 'has no row' },
      ],
    },
  ],
});

const long = (n: number) => 'a'.repeat(n);

ruleTests(textLength, {
  valid: [
    menuFr,
    { name: 'a say of exactly 4096 characters', code: `flow: t\nsteps:\n  a:\n    say: ${long(4096)}\n    end: true\n` },
    { name: 'emoji count as one character each', code: `flow: t\nsteps:\n  a:\n    say: "${'🎉'.repeat(1024)}"\n    buttons: [{ title: OK, next: b }]\n  b:\n    end: true\n` },
  ],
  invalid: [
    {
      name: 'text message over 4096',
      code: `flow: t\nsteps:\n  a:\n    say: ${long(4097)}\n    end: true\n`,
      errors: [{ line: 4, column: 10, endColumn: 4107, message: '4097 characters; WhatsApp allows 4096' }],
    },
    {
      name: 'body of a button message over 1024, long footer',
      code: `flow: t\nsteps:\n  a:\n    ask: ${long(1025)}\n    footer: Réponse sous 24 h ouvrées, du lundi au vendredi, hors jours fériés\n    buttons: [{ title: OK, next: b }]\n  b:\n    end: true\n`,
      errors: [
        { line: 4, column: 10, message: '(body of the interactive message) has 1025 characters; WhatsApp allows 1024' },
        { line: 5, column: 13, message: 'allows 60' },
      ],
    },
    {
      name: 'list without body, empty say elsewhere',
      code: `flow: t
steps:
  a:
    list:
      button: Choisir
      sections:
        - rows: [{ title: Un, next: b }]
  b:
    say: "  "
    end: true
`,
      errors: [
        { line: 4, column: 5, endColumn: 9, message: 'sends a list without a body text' },
        { line: 9, column: 10, message: 'is empty' },
      ],
    },
    {
      name: 'media: caption on audio, no url nor id, long caption',
      code: `flow: t
steps:
  a:
    media: { type: audio, caption: Écoutez notre message }
    next: b
  b:
    media:
      type: document
      id: "1234567890"
      caption: ${long(1030)}
    end: true
`,
      errors: [
        { line: 4, column: 5, endColumn: 10, message: 'has neither `url` nor `id`' },
        { line: 4, column: 27, message: 'cannot carry a caption' },
        { line: 10, column: 16, message: '1030 characters; WhatsApp allows 1024' },
      ],
    },
  ],
});

const tpl = {
  'rdv.templates.yaml': `templates:
  - name: rappel_rdv
    language: fr
    category: UTILITY
    components:
      - { type: BODY, text: "Rappel : rendez-vous demain à {{1}}.", example: { body_text: [["10h"]] } }
      - type: BUTTONS
        buttons:
          - { type: QUICK_REPLY, text: Je confirme }
          - { type: QUICK_REPLY, text: Annuler }
  - name: facture
    language: fr
    category: UTILITY
    components:
      - { type: BODY, text: "Votre facture est disponible." }
`,
};

ruleTests(templateWithButtons, {
  valid: [
    menuFr,
    {
      name: 'buttons that route the template quick replies (case and accents ignored)',
      files: tpl,
      code: `flow: rappel
language: fr
trigger: business
steps:
  rappel:
    template: rappel_rdv
    params: ["{{heure}}"]
    buttons:
      - { title: je confirme, next: ok }
      - { title: Annuler, next: annule }
  ok:
    end: true
  annule:
    end: true
`,
    },
    {
      name: 'unknown template: left to template rules',
      code: `flow: x\nsteps:\n  a:\n    template: nowhere\n    buttons: [{ title: Oui, next: b }]\n  b:\n    end: true\n`,
    },
  ],
  invalid: [
    {
      name: 'a button the template does not have, with a suggestion',
      files: tpl,
      code: `flow: rappel
language: fr
steps:
  rappel:
    template: rappel_rdv
    buttons:
      - { title: Je confirme, next: ok }
      - { title: Reporter, next: ok }
  ok:
    end: true
`,
      errors: [{ line: 8, column: 18, endColumn: 26, message: 'no quick reply "Reporter"' }],
      suggestion: `flow: rappel
language: fr
steps:
  rappel:
    template: rappel_rdv
    buttons:
      - { title: Je confirme, next: ok }
      - { title: Annuler, next: ok }
  ok:
    end: true
`,
    },
    {
      name: 'template without quick replies, and a list',
      files: tpl,
      code: `flow: facture
language: fr
steps:
  envoi:
    template: facture
    buttons: [{ title: Merci, next: fin }]
    list:
      button: Options
      sections: [{ rows: [{ title: Payer, next: fin }] }]
  fin:
    end: true
`,
      errors: [
        { line: 6, column: 5, message: 'has no QUICK_REPLY button' },
        { line: 7, column: 5, message: 'cannot carry a list' },
      ],
    },
  ],
});
