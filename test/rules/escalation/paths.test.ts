import notDirect from '../../../server/src/core/rules/escalation/not-direct';
import unreachable from '../../../server/src/core/rules/escalation/unreachable';
import invalidContact from '../../../server/src/core/rules/escalation/invalid-contact';
import * as assert from 'node:assert/strict';
import { classifyUrl } from '../../../server/src/core/rules/escalation/channels';
import { contactProblem } from '../../../server/src/core/rules/escalation/invalid-contact';
import { ruleTests } from '../../helpers/ruleTester';
import { supportFr } from './missing.test';

describe('escalation destinations', () => {
  const cases: [string, string][] = [
    ['https://www.facebook.com/maboutique', 'social'],
    ['https://m.me/maboutique', 'social'],
    ['fb.me/shop', 'social'],
    ['https://t.me/shop_support', 'social'],
    ['https://x.com/shop', 'social'],
    ['https://www.instagram.com/shop/', 'social'],
    ['https://www.linkedin.com/company/shop', 'social'],
    ['https://chat.whatsapp.com/AbCdEf123', 'social'],
    ['https://wa.me/33612345678', 'whatsapp'],
    ['https://apps.apple.com/fr/app/shop/id123', 'app'],
    ['https://play.google.com/store/apps/details?id=com.shop', 'app'],
    ['myshop://support', 'app'],
    ['https://support.shop.com/hc/fr/articles/360001', 'help'],
    ['https://shop.com/faq', 'help'],
    ['https://shop.fr/aide/livraison', 'help'],
    ['https://help.shop.com/returns', 'help'],
    ['https://support.shop.com/hc/fr/requests/new', 'form'],
    ['https://shop.fr/contact', 'form'],
    ['https://shop.de/kontakt', 'form'],
    ['https://shop.com', 'home'],
    ['https://shop.com/', 'home'],
    ['https://shop.com/stores', 'web'],
    ['tel:+33123456789', 'tel'],
    ['mailto:sav@shop.fr', 'mail'],
  ];
  for (const [url, cls] of cases) it(`${url} -> ${cls}`, () => assert.equal(classifyUrl(url), cls));

  it('checks contact values', () => {
    assert.equal(contactProblem('phone', '+33 1 23 45 67 89'), undefined);
    assert.equal(contactProblem('phone', '01 23 45 67 89'), undefined);
    assert.equal(contactProblem('phone', '(555) 010-0199'), undefined);
    assert.equal(contactProblem('phone', '3949'), undefined);
    assert.equal(contactProblem('phone', 'tel:+442079460958'), undefined);
    assert.equal(contactProblem('phone', '+33 1 23'), 'phone');
    assert.equal(contactProblem('phone', '+0 123 456 789'), 'phone');
    assert.equal(contactProblem('phone', '+1234567890123456'), 'phone');
    assert.equal(contactProblem('phone', 'appelez-nous'), 'phone');
    assert.equal(contactProblem('email', 'sav@boutique.fr'), undefined);
    assert.equal(contactProblem('email', 'mailto:help@shop.co.uk'), undefined);
    assert.equal(contactProblem('email', 'sav@boutique'), 'email');
    assert.equal(contactProblem('email', 'sav boutique.fr'), 'email');
    assert.equal(contactProblem('web_form', 'https://shop.fr/contact'), undefined);
    assert.equal(contactProblem('web_form', 'http://shop.fr/contact'), 'notHttps');
    assert.equal(contactProblem('web_form', 'shop.fr/contact'), 'notUrl');
  });
});

ruleTests(notDirect, {
  valid: [
    supportFr,
    {
      name: 'a web support form and a wa.me link to a human team',
      code: `flow: help
language: en
escalation:
  - { type: web_form, value: "https://support.shop.com/hc/en-us/requests/new" }
  - { type: phone, value: "https://wa.me/442079460958" }
steps:
  q:
    ask: How can we help?
    next: done
  done:
    end: true
`,
    },
    {
      name: 'a social link in a message of a flow that has an agent hand-over',
      code: `flow: promo_info
language: it
global:
  - match: [operatore]
    next: operatore
steps:
  menu:
    say: Seguici su Instagram https://instagram.com/negozio per le novità. Hai bisogno di aiuto?
    buttons:
      - { title: Operatore, next: operatore }
  operatore:
    handoff: agent
`,
    },
    {
      name: 'a link unrelated to getting help, in a flow with a phone channel',
      code: `flow: news
escalation:
  - { type: phone, value: "+33 1 23 45 67 89" }
steps:
  a:
    say: Découvrez la collection https://boutique.fr/printemps
    end: true
`,
    },
  ],
  invalid: [
    {
      name: 'declared channels pointing to Messenger, an app and a FAQ page',
      code: `flow: sav
language: fr
escalation:
  - type: agent
    value: https://m.me/maboutique
  - type: web_form
    value: "https://support.maboutique.com/hc/fr/articles/360001"
  - { type: store, value: "https://apps.apple.com/fr/app/maboutique/id123" }
steps:
  q:
    ask: Votre question ?
    next: q
`,
      errors: [
        { line: 5, column: 12, endColumn: 35, message: 'social-media account' },
        { line: 7, column: 13, endColumn: 65, message: 'help-centre or FAQ page' },
        { line: 8, column: 28, endColumn: 74, message: 'another app or an app-store link' },
      ],
      output: null,
    },
    {
      name: 'the only help is a Telegram link in a message (English)',
      code: `flow: crypto_news
language: en
steps:
  menu:
    say: Need help? Contact our support team on Telegram at https://t.me/coin_support
    buttons:
      - { title: Prices, next: prices }
  prices:
    say: BTC is up today.
    end: true
`,
      errors: [{ line: 5, column: 61, endColumn: 86, message: 'Step "menu" sends users to "https://t.me/coin_support"' }],
    },
    {
      name: 'a button to a step that sends users to the help centre (Spanish)',
      code: `flow: tienda
language: es
steps:
  inicio:
    say: ¿Qué necesitas?
    buttons:
      - { title: Hablar con alguien, next: ayuda }
  ayuda:
    say: "Visita nuestro centro de ayuda: https://tienda.es/ayuda/pedidos"
    end: true
`,
      errors: [{ line: 9, column: 43, endColumn: 74, message: 'help-centre or FAQ page' }],
    },
    {
      name: 'a handoff step whose value is a social account, in French',
      locale: 'fr',
      code: `flow: sav
steps:
  a:
    handoff: web_form
    value: "https://www.facebook.com/maboutique"
`,
      errors: [{ line: 5, column: 13, endColumn: 48, message: 'compte de réseau social' }],
    },
  ],
});

ruleTests(unreachable, {
  valid: [
    supportFr,
    {
      name: 'every question leads back to the menu, which has an agent option (German)',
      code: `flow: bestellung
language: de
steps:
  menu:
    say: Willkommen! Was möchten Sie tun?
    buttons:
      - { title: Bestellstatus, next: nummer }
      - { title: Mitarbeiter, next: mensch }
  nummer:
    ask: Wie lautet Ihre Bestellnummer?
    next: status
  status:
    say: Ihre Bestellung ist unterwegs.
    next: menu
  mensch:
    handoff: agent
`,
    },
    {
      name: 'a global intent to a menu that offers the agent counts from everywhere',
      code: `flow: x
global:
  - match: [menu]
    next: menu
steps:
  menu:
    say: Choose
    buttons:
      - { title: Help, next: deep }
      - { title: Agent, next: human }
  deep:
    ask: Describe the issue
    next: deeper
  deeper:
    ask: Anything else?
    end: true
  human:
    handoff: agent
`,
    },
    {
      name: 'no escalation at all is escalation/missing, not this rule',
      code: `flow: x
steps:
  a:
    ask: Q?
    end: true
`,
    },
  ],
  invalid: [
    {
      name: 'a sub-menu without a way back (French), with the global-intent suggestion',
      code: `flow: banque
language: fr
steps:
  accueil:
    say: Bonjour, que souhaitez-vous faire ?
    buttons:
      - { title: Mes comptes, next: comptes }
      - { title: Un conseiller, next: conseiller }
  comptes:
    say: Quel compte ?
    buttons:
      - { title: Courant, next: courant }
      - { title: Épargne, next: epargne }
  courant:
    ask: Quelle opération ?
    end: true
  epargne:
    say: Votre livret est à jour.
    end: true
  conseiller:
    handoff: agent
    say: Un conseiller va vous répondre.
`,
      errors: [
        { line: 9, column: 3, endColumn: 10, message: 'From step "comptes" the user cannot reach a human: no path leads to "conseiller"' },
        { line: 14, column: 3, endColumn: 10, message: 'From step "courant"' },
      ],
      suggestion: `flow: banque
language: fr
global:
  - match: [conseiller, humain, agent]
    next: conseiller
steps:
  accueil:
    say: Bonjour, que souhaitez-vous faire ?
    buttons:
      - { title: Mes comptes, next: comptes }
      - { title: Un conseiller, next: conseiller }
  comptes:
    say: Quel compte ?
    buttons:
      - { title: Courant, next: courant }
      - { title: Épargne, next: epargne }
  courant:
    ask: Quelle opération ?
    end: true
  epargne:
    say: Votre livret est à jour.
    end: true
  conseiller:
    handoff: agent
    say: Un conseiller va vous répondre.
`,
    },
    {
      name: 'an AI step with no way out; existing global list gets the intent appended',
      code: `flow: assistant_commandes
language: en
global:
  - match: [STOP]
    next: stop
steps:
  menu:
    say: Hi!
    buttons:
      - { title: Ask about an order, next: bot }
      - { title: Agent, next: agent }
  bot:
    ai: { prompt: Answer order questions, scope: order tracking questions }
    next: bot
  agent:
    handoff: agent
  stop:
    opt_out: true
`,
      errors: [{ line: 12, column: 3, endColumn: 6, message: 'From step "bot"' }],
      suggestion: `flow: assistant_commandes
language: en
global:
  - match: [STOP]
    next: stop
  - match: [agent, human, representative]
    next: agent
steps:
  menu:
    say: Hi!
    buttons:
      - { title: Ask about an order, next: bot }
      - { title: Agent, next: agent }
  bot:
    ai: { prompt: Answer order questions, scope: order tracking questions }
    next: bot
  agent:
    handoff: agent
  stop:
    opt_out: true
`,
    },
  ],
});

ruleTests(invalidContact, {
  valid: [
    supportFr,
    `flow: contacts
escalation:
  - { type: phone, value: "+33 1 23 45 67 89" }
  - { type: email, value: sav@boutique.fr }
  - { type: web_form, value: "https://boutique.fr/contact" }
  - { type: store, value: "12 rue de la Paix, 75002 Paris" }
  - { type: phone, step: call }
steps:
  call:
    handoff: phone
    value: "01 23 45 67 89"
`,
  ],
  invalid: [
    {
      name: 'a short phone number, a broken email, an http form, a store without address',
      code: `flow: contacts
escalation:
  - { type: phone, value: "+33 1 23" }
  - type: email
    value: sav@boutique
  - { type: web_form, value: "http://boutique.fr/contact" }
  - type: store
steps:
  a:
    handoff: web_form
    value: boutique.fr/contact
`,
      errors: [
        { line: 3, column: 27, endColumn: 37, message: '"+33 1 23" is not a plausible phone number' },
        { line: 5, column: 12, endColumn: 24, message: 'not a valid email address' },
        { line: 6, column: 30, endColumn: 58, message: 'uses http://' },
        { line: 7, column: 11, endColumn: 16, message: 'This store escalation has no `value`' },
        { line: 11, column: 12, endColumn: 31, message: 'not a web address' },
      ],
    },
    {
      name: 'a phone handoff step without number, in French',
      locale: 'fr',
      code: `flow: rappel
steps:
  appel:
    handoff: phone
    say: Appelez-nous !
`,
      errors: [{ line: 4, column: 14, endColumn: 19, message: 'ajoutez le numéro de téléphone' }],
    },
  ],
});
