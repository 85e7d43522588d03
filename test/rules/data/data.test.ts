import * as assert from 'node:assert/strict';
import sensitiveRequest from '../../../server/src/core/rules/data/sensitive-request';
import sensitiveExpect from '../../../server/src/core/rules/data/sensitive-expect';
import cardNumber from '../../../server/src/core/rules/data/card-number';
import { detectSensitiveRequests, kindsOf, sensitiveVariable } from '../../../server/src/core/rules/data/sensitive';
import { findSensitiveNumbers, isCardNumber, isIban, luhnValid, maskCard, maskIban } from '../../../server/src/core/util/luhn';
import { ruleTests } from '../../helpers/ruleTester';

describe('luhn, IBAN and masking', () => {
  it('checks Luhn', () => {
    assert.equal(luhnValid('4111111111111111'), true);
    assert.equal(luhnValid('4111111111111112'), false);
    assert.equal(luhnValid('79927398713'), true);
    assert.equal(luhnValid('12a4'), false);
  });
  it('recognises card numbers', () => {
    assert.equal(isCardNumber('4111 1111 1111 1111'), true);
    assert.equal(isCardNumber('5555-5555-5555-4444'), true);
    assert.equal(isCardNumber('378282246310005'), true);
    assert.equal(isCardNumber('0000 0000 0000 0000'), false, 'repeated digit');
    assert.equal(isCardNumber('1234567890123452'), false, 'no card scheme starts with 1');
    assert.equal(isCardNumber('4111 1111 1111'), false, 'too short');
  });
  it('recognises IBANs', () => {
    assert.equal(isIban('FR76 3000 6000 0112 3456 7890 189'), true);
    assert.equal(isIban('DE89370400440532013000'), true);
    assert.equal(isIban('GB29 NWBK 6016 1331 9268 19'), true);
    assert.equal(isIban('FR76 3000 6000 0112 3456 7890 188'), false, 'checksum');
    assert.equal(isIban('ZZ76 3000 6000 0112 3456 7890 189'), false, 'unknown country');
  });
  it('masks first 6 + last 4, keeping separators', () => {
    assert.equal(maskCard('4111 1111 1111 1111'), '4111 11XX XXXX 1111');
    assert.equal(maskCard('4111111111111111'), '411111XXXXXX1111');
    assert.equal(maskCard('3782-822463-10005'), '3782-82XXXX-X0005');
    assert.equal(maskIban('FR7630006000011234567890189'), 'FR76XXXXXXXXXXXXXXXXXXX0189');
  });
  it('finds numbers in texts but not phones, URLs or masked values', () => {
    assert.deepEqual(findSensitiveNumbers('Carte 4111 1111 1111 1111 !').map((n) => [n.kind, n.start, n.end]), [['card', 6, 25]]);
    assert.deepEqual(findSensitiveNumbers('Appelez le +4111111111111111'), []);
    assert.deepEqual(findSensitiveNumbers('https://pay.example.com/4111111111111111'), []);
    assert.deepEqual(findSensitiveNumbers('4111 11XX XXXX 1111'), []);
    assert.deepEqual(findSensitiveNumbers('IBAN FR76 XXXX XXXX XXXX XXXX XXX0 189'), []);
    assert.deepEqual(findSensitiveNumbers('Commande n° 1234567890123'), []);
  });
});

describe('sensitive request detection', () => {
  const asks: [string, string][] = [
    ['Quel est votre numéro de carte bancaire ?', 'card'],
    ['Merci de nous indiquer les 16 chiffres au recto de votre carte.', 'card'],
    ['Please type the long number on the front of your card', 'card'],
    ['Indica el número completo de la tarjeta', 'card'],
    ['Informe o número do cartão e a data de validade', 'card,expiry'],
    ['Bitte geben Sie Ihre Kartennummer ein.', 'card'],
    ['Inserisci il numero della carta e il CVV', 'card,cvv'],
    ['Donnez-moi le cryptogramme au dos de votre carte', 'cvv'],
    ['Envoyez-nous votre RIB pour le remboursement.', 'bank'],
    ["What's your IBAN?", 'bank'],
    ['Wie lautet Ihre Kontonummer?', 'bank'],
    ['Quel est votre numéro de sécurité sociale ?', 'nationalId'],
    ['Can you share your SSN?', 'nationalId'],
    ['Indique su DNI, por favor', 'nationalId'],
    ['Informe seu CPF', 'nationalId'],
    ['Inserisci il tuo codice fiscale', 'nationalId'],
    ['Envoyez une photo de votre passeport', 'passport'],
    ['Please send your passport number', 'passport'],
    ['Tapez votre mot de passe pour continuer', 'password'],
    ['Please enter your PIN', 'password'],
    ['Qual é a sua senha?', 'password'],
  ];
  for (const [text, kinds] of asks) it(`asks: ${text}`, () => assert.equal(kindsOf(detectSensitiveRequests(text)).join(','), kinds));

  const fine = [
    'Quel est votre numéro de commande ?',
    'What is your order number?',
    'Quel est votre numéro de téléphone ?',
    'Please enter the last 4 digits of your card',
    'Indiquez les 4 derniers chiffres de votre carte',
    'Informe os últimos 4 dígitos do cartão',
    'Nous ne vous demanderons jamais votre mot de passe.',
    'Never share your PIN with anyone.',
    'Quel est le numéro de votre carte de fidélité ?',
    'Enter your gift card number',
    'Mot de passe oublié ? Réinitialisez-le ici : https://ex.com/reset',
    'Send us a pin of your location',
    'Votre abonnement expire bientôt. Quelle date d\'expiration préférez-vous ?',
    'Présentez votre carte d\'identité au retrait.',
    'Your card ending in 1234 was charged.',
    'Enter the security code we sent you by SMS',
    'Avez-vous un passeport valide ?',
    'Enter your order ID number',
    'Payez avec votre carte bancaire sur notre site.',
    'Pour payer en toute sécurité, utilisez le lien de paiement que nous vous envoyons.',
  ];
  for (const text of fine) it(`fine: ${text}`, () => assert.deepEqual(detectSensitiveRequests(text), []));

  it('an ask step is a request even without a verb', () => {
    assert.equal(kindsOf(detectSensitiveRequests('Votre numéro de carte', { question: true })).join(), 'card');
    assert.deepEqual(detectSensitiveRequests('Votre numéro de carte'), []);
  });

  it('names sensitive variables', () => {
    const yes: [string, string][] = [['card_number', 'card'], ['cardNumber', 'card'], ['cc_num', 'card'], ['cvv', 'cvv'], ['iban', 'bank'], ['bank_account', 'bank'], ['ssn', 'nationalId'], ['numero_secu', 'nationalId'], ['passport_no', 'passport'], ['password', 'password'], ['user_pin', 'password'], ['mot_de_passe', 'password']];
    for (const [n, k] of yes) assert.equal(sensitiveVariable(n), k, n);
    for (const n of ['order_id', 'phone_number', 'card_last4', 'card_type', 'cardHolderName', 'email', 'pincode', 'order_number', 'tracking_number']) assert.equal(sensitiveVariable(n), undefined, n);
  });
});

ruleTests(sensitiveRequest, {
  valid: [
    `flow: order_support
language: fr
steps:
  ask_order:
    ask: "Quel est votre numéro de commande ?"
    save: order_id
    next: card
  card:
    ask: Indiquez les 4 derniers chiffres de la carte utilisée.
    next: phone
  phone:
    ask: Quel est votre numéro de téléphone ?
    end: true
`,
    `flow: pay
language: en
steps:
  pay:
    say: To pay securely, open the payment link below. We will never ask for your card number or password in this chat.
    end: true
`,
    {
      name: 'a UTILITY template showing the last 4 digits',
      filename: 'billing.template.yaml',
      code: `name: payment_receipt
language: en_US
category: UTILITY
components:
  - type: BODY
    text: "Payment received with your card ending in {{1}}. Thank you!"
    example: { body_text: [["4242"]] }
`,
    },
  ],
  invalid: [
    {
      name: 'French ask for the card number, with the suggestion',
      code: `flow: paiement
language: fr
steps:
  carte:
    ask: "Quel est le numéro de votre carte bancaire ?"   # à remplacer
    next: fin
  fin:
    end: true
`,
      errors: [{ line: 5, column: 23, endColumn: 44, message: 'Step "carte" asks for a full card number. WhatsApp forbids collecting this in a chat: take the payment through a payment link' }],
      suggestion: `flow: paiement
language: fr
steps:
  carte:
    ask: "Pour payer en toute sécurité, utilisez le lien de paiement que nous vous envoyons."   # à remplacer
    next: fin
  fin:
    end: true
`,
    },
    {
      name: 'several languages, several kinds; buttons and list texts too',
      code: `flow: onboarding
language: es
steps:
  datos:
    say: Para continuar, escribe el número completo de la tarjeta y el CVV.
    next: banco
  banco:
    ask: Wie lautet Ihre IBAN?
    next: id
  id:
    say: Scegli un'opzione
    list:
      button: Opzioni
      sections:
        - rows:
            - { title: Codice fiscale, description: Inserisci il tuo codice fiscale, next: pwd }
  pwd:
    ask: Qual é a sua senha?
    end: true
`,
      errors: [
        { line: 5, column: 37, endColumn: 66, message: 'asks for a full card number and the card security code (CVV)' },
        { line: 8, column: 26, endColumn: 30, message: 'a bank account number (IBAN, RIB)' },
        { line: 16, column: 70, endColumn: 84, message: 'a national ID, tax or social security number' },
        { line: 18, column: 23, endColumn: 28, message: 'a password or PIN' },
      ],
    },
    {
      name: 'a MARKETING template asking for a passport number (rejection risk), in French',
      filename: 'travel.templates.yaml',
      locale: 'fr',
      code: `templates:
  - name: visa_reminder
    language: fr
    category: UTILITY
    components:
      - type: BODY
        text: "Bonjour {{1}}, pour finaliser votre visa, envoyez-nous une photo de votre passeport."
        example: { body_text: [["Marie"]] }
`,
      errors: [{ line: 7, column: 75, endColumn: 99, message: 'Le template « visa_reminder » demande un passeport ou une pièce d\'identité (numéro ou photo) : Meta risque de le rejeter' }],
      suggestion: `templates:
  - name: visa_reminder
    language: fr
    category: UTILITY
    components:
      - type: BODY
        text: "Pour vérifier votre identité, utilisez le formulaire sécurisé de notre site."
        example: { body_text: [["Marie"]] }
`,
    },
  ],
});

ruleTests(sensitiveExpect, {
  valid: [
    `flow: f
steps:
  q:
    ask: Les 4 derniers chiffres de votre carte ?
    save: card_last4
    next: s
  s:
    say: "Carte se terminant par {{card_last4}}, commande {{order_id}}."
    end: true
`,
  ],
  invalid: [
    {
      name: 'saving and echoing a card number',
      code: `flow: f
steps:
  q:
    ask: Card?
    save: card_number
    next: s
  s:
    say: "We charged {{card_number}}."
    template: receipt
    params: ["{{ iban }}"]
    end: true
`,
      errors: [
        { line: 5, column: 11, endColumn: 22, message: 'Step "q" saves a full card number into "card_number"' },
        { line: 8, column: 22, endColumn: 37, message: 'sends "card_number"' },
        { line: 10, column: 15, endColumn: 25, message: 'sends "iban"' },
      ],
    },
    {
      name: 'a template with a named parameter for a password',
      filename: 'auth.template.yaml',
      code: `name: account_created
language: en
category: UTILITY
parameter_format: NAMED
components:
  - type: BODY
    text: "Welcome {{name}}! Your password is {{password}}."
    example:
      body_text_named_params:
        - { param_name: name, example: Ana }
        - { param_name: password, example: hunter2 }
`,
      errors: [{ line: 7, column: 47, endColumn: 59, message: 'Template parameter "password" would carry a password or PIN' }],
    },
  ],
});

ruleTests(cardNumber, {
  valid: [
    `flow: f
steps:
  a:
    say: "Commande 1234567890123, colis 6A12345678901, appelez le +33612345678."
    end: true
`,
    {
      filename: 'receipt.template.yaml',
      code: `name: receipt
language: fr
category: UTILITY
components:
  - type: BODY
    text: "Paiement reçu avec la carte {{1}}."
    example: { body_text: [["4111 11XX XXXX 1111"]] }
`,
    },
  ],
  invalid: [
    {
      name: 'a test card in a template example and an IBAN in the body; masked by the safe fix',
      filename: 'refund.template.yaml',
      code: `name: refund_done
language: fr
category: UTILITY
components:
  - type: BODY
    text: "Remboursement envoyé sur FR76 3000 6000 0112 3456 7890 189 pour la carte {{1}}."
    example:
      body_text:
        - ["4111 1111 1111 1111"]
`,
      errors: [
        { line: 6, column: 37, endColumn: 70, message: 'full IBAN (FR76 XXXX XXXX XXXX XXXX XXX0 189)' },
        { line: 9, column: 13, endColumn: 32, message: 'full card number (4111 11XX XXXX 1111)' },
      ],
      output: `name: refund_done
language: fr
category: UTILITY
components:
  - type: BODY
    text: "Remboursement envoyé sur FR76 XXXX XXXX XXXX XXXX XXX0 189 pour la carte {{1}}."
    example:
      body_text:
        - ["4111 11XX XXXX 1111"]
`,
    },
    {
      name: 'an unquoted number in a flow message and a YAML integer',
      code: `flow: f
steps:
  a:
    say: Votre carte 5555-5555-5555-4444 est enregistrée   # oups
    params: [378282246310005]
    end: true
`,
      errors: [
        { line: 4, column: 22, endColumn: 41, message: '5555-55XX-XXXX-4444' },
        { line: 5, column: 14, endColumn: 29, message: '378282XXXXX0005' },
      ],
      output: `flow: f
steps:
  a:
    say: Votre carte 5555-55XX-XXXX-4444 est enregistrée   # oups
    params: [378282XXXXX0005]
    end: true
`,
    },
  ],
});
