import * as assert from 'node:assert/strict';
import generalAssistant from '../../../server/src/core/rules/ai/general-assistant';
import missingScope from '../../../server/src/core/rules/ai/missing-scope';
import { formatDate, openDomainPhrase } from '../../../server/src/core/rules/ai/assess';
import { ruleTests } from '../../helpers/ruleTester';

/** A support bot with one task-scoped AI step: allowed, must stay clean for both rules. */
const scopedSupport = `flow: order_support
language: en
global:
  - match: [agent, human]
    next: agent
steps:
  menu:
    say: Hi! How can we help?
    buttons:
      - { title: Track my order, next: tracking }
      - { title: Agent, next: agent }
  tracking:
    ai:
      prompt: Answer questions about the customer's order status using the order API.
      scope: order tracking questions
      role: ancillary
      fallback: agent
    next: menu
  agent:
    handoff: agent
`;

describe('ai helpers', () => {
  it('formats the ban date', () => {
    assert.equal(formatDate('2026-01-15', 'en'), '15 January 2026');
    assert.equal(formatDate('2026-01-15', 'fr'), '15 janvier 2026');
    assert.equal(formatDate('soon', 'en'), 'soon');
  });
  it('finds open-domain phrases but not scoped ones', () => {
    assert.ok(openDomainPhrase('Ask me anything!'));
    assert.ok(openDomainPhrase('Je réponds à toutes vos questions.'));
    assert.ok(openDomainPhrase('Pregúntame lo que quieras'));
    assert.ok(openDomainPhrase('Frag mich alles'));
    assert.ok(openDomainPhrase('Chiedimi qualsiasi cosa'));
    assert.ok(openDomainPhrase('Use /imagine to create a picture'));
    assert.equal(openDomainPhrase('Je réponds à toutes vos questions sur votre commande.'), undefined);
    assert.equal(openDomainPhrase('If you have any questions, tap Agent.'), undefined);
    assert.equal(openDomainPhrase('order tracking questions'), undefined);
  });
});

ruleTests(generalAssistant, {
  valid: [
    scopedSupport,
    {
      name: 'French booking bot with an unscoped AI step among business steps (missing-scope, not this rule)',
      code: `flow: reservation
language: fr
steps:
  accueil:
    say: Bonjour ! Que souhaitez-vous ?
    buttons:
      - { title: Réserver, next: date }
      - { title: Question, next: faq_ai }
  date:
    ask: Pour quelle date ?
    save: date
    end: true
  faq_ai:
    ai: Réponds aux questions sur les horaires et l'accès du restaurant.
    end: true
`,
    },
  ],
  invalid: [
    {
      name: 'role: primary',
      code: `flow: buddy
steps:
  chat:
    ai:
      prompt: You are a helpful assistant.
      role: primary
    next: chat
`,
      errors: [{ line: 6, column: 13, endColumn: 20, message: 'Step "chat" declares the AI as the primary function (`role: primary`). Since 15 January 2026' }],
    },
    {
      name: 'an open-ended prompt in French (message in French)',
      locale: 'fr',
      code: `flow: assistant
language: fr
steps:
  menu:
    say: Bonjour !
    buttons:
      - { title: Commandes, next: commandes }
      - { title: Discuter, next: ia }
  commandes:
    ask: Numéro de commande ?
    end: true
  ia:
    ai: "Tu es un assistant personnel : réponds à toutes les questions de l'utilisateur."
    next: ia
`,
      errors: [{ line: 13, column: 19, endColumn: 38, message: 'L\'étape « ia » ressemble à un assistant IA ouvert (« assistant personnel »). Depuis le 15 janvier 2026' }],
    },
    {
      name: 'ask-me-anything copy in the welcome text (Spanish)',
      code: `flow: chat_ia
language: es
description: Pregúntame lo que quieras, 24/7
steps:
  hola:
    say: ¡Hola! Soy tu IA.
    next: ia
  ia:
    ai: { prompt: Responde al usuario. }
    next: ia
`,
      errors: [{ line: 9, column: 5, endColumn: 7, message: '("Pregúntame lo que quieras")' }],
    },
    {
      name: 'the AI step is the start and the only function (German)',
      code: `flow: ki_chat
language: de
steps:
  ki:
    ai: Du bist ein freundlicher Chatbot.
    next: ki
`,
      errors: [{ line: 5, column: 5, endColumn: 7, message: 'The AI step "ki" answers everything and the flow has no other business function' }],
    },
    {
      name: 'a scope that is itself open-ended, and /imagine (Italian and English)',
      code: `flow: studio
steps:
  start:
    say: Benvenuto!
    buttons:
      - { title: Ordini, next: ordini }
      - { title: Immagini, next: img }
  ordini:
    ask: Numero d'ordine?
    end: true
  img:
    ai:
      prompt: Use /imagine to draw what the user wants.
      scope: qualsiasi cosa
    end: true
`,
      errors: [{ line: 14, column: 14, endColumn: 28, message: '("qualsiasi cosa")' }],
    },
    {
      name: 'the ban date follows the aiProviderBanDate fact',
      config: 'facts:\n  aiProviderBanDate: "2026-03-01"\n',
      code: `flow: x
steps:
  a:
    ai: { prompt: Chat, role: primary }
`,
      errors: [{ line: 4, column: 31, message: 'Since 1 March 2026' }],
    },
  ],
});

ruleTests(missingScope, {
  valid: [
    scopedSupport,
    {
      name: 'a general assistant is reported by ai/general-assistant only',
      code: `flow: buddy
steps:
  chat:
    ai: { prompt: Ask me anything }
`,
    },
    `flow: no_ai
steps:
  a:
    say: hi
    end: true
`,
  ],
  invalid: [
    {
      name: 'string form, converted to a map by the suggestion',
      code: `flow: reservation
language: fr
steps:
  accueil:
    say: Bonjour ! Que souhaitez-vous ?
    buttons:
      - { title: Réserver, next: date }
      - { title: Question, next: faq_ai }
  date:
    ask: Pour quelle date ?
    end: true
  faq_ai:
    description: questions sur les horaires
    ai: Réponds aux questions sur les horaires.
    end: true
`,
      errors: [{ line: 14, column: 5, endColumn: 7, message: 'AI step "faq_ai" has no `scope`' }],
      suggestion: `flow: reservation
language: fr
steps:
  accueil:
    say: Bonjour ! Que souhaitez-vous ?
    buttons:
      - { title: Réserver, next: date }
      - { title: Question, next: faq_ai }
  date:
    ask: Pour quelle date ?
    end: true
  faq_ai:
    description: questions sur les horaires
    ai: { prompt: "Réponds aux questions sur les horaires.", scope: questions sur les horaires }
    end: true
`,
    },
    {
      name: 'map form, a scope line appended (Portuguese)',
      code: `flow: loja
language: pt
steps:
  menu:
    say: Olá!
    buttons:
      - { title: Pedido, next: pedido }
      - { title: Dúvidas, next: duvidas }
  pedido:
    ask: Número do pedido?
    end: true
  duvidas:
    ai:
      prompt: Responda dúvidas sobre entregas.
      fallback: menu
`,
      errors: [{ line: 13, column: 5, endColumn: 7 }],
      suggestion: `flow: loja
language: pt
steps:
  menu:
    say: Olá!
    buttons:
      - { title: Pedido, next: pedido }
      - { title: Dúvidas, next: duvidas }
  pedido:
    ask: Número do pedido?
    end: true
  duvidas:
    ai:
      prompt: Responda dúvidas sobre entregas.
      fallback: menu
      scope: "TODO: the one task of this step"
`,
    },
  ],
});
