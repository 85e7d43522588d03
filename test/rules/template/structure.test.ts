import rule from '../../../server/src/core/rules/template/structure';
import { ruleTests } from '../../helpers/ruleTester';

const head = (cat = 'UTILITY') => `name: shipped\nlanguage: fr\ncategory: ${cat}\ncomponents:\n`;

ruleTests(rule, {
  valid: [
    `${head()}  - type: HEADER\n    format: TEXT\n    text: Commande expédiée\n  - type: BODY\n    text: Votre colis est parti.\n  - type: FOOTER\n    text: Service client\n  - type: BUTTONS\n    buttons: [{ type: QUICK_REPLY, text: Merci }]\n`,
    `${head()}  - { type: header, format: location }\n  - { type: body, text: Rendez-vous ici. }\n`,
    { name: 'authentication body has no text', code: `${head('AUTHENTICATION')}  - { type: BODY, add_security_recommendation: true }\n  - { type: BUTTONS, buttons: [{ type: OTP, otp_type: COPY_CODE }] }\n` },
    { name: 'JSON list layout', filename: 'l.templates.json', code: '{"templates": [{"name": "a", "language": "fr", "category": "MARKETING", "components": [{"type": "header", "format": "gif", "example": {"header_handle": ["4::x"]}}, {"type": "body", "text": "Regardez ça."}]}]}' },
  ],
  invalid: [
    { name: 'no body', code: `${head()}  - type: FOOTER\n    text: Merci\n`, errors: [{ line: 4, column: 1, endColumn: 11, message: 'no BODY component' }] },
    {
      name: 'two bodies and two headers',
      code: `${head()}  - type: HEADER\n    format: TEXT\n    text: A\n  - type: BODY\n    text: Un.\n  - type: header\n    format: TEXT\n    text: B\n  - type: BODY\n    text: Deux.\n`,
      errors: [{ line: 10, column: 11, message: 'Second HEADER' }, { line: 13, column: 11, message: 'Second BODY' }],
    },
    { name: 'body and footer without text', code: `${head()}  - type: BODY\n  - type: FOOTER\n`, errors: [{ line: 5, column: 11, message: 'BODY has no `text`' }, { line: 6, column: 11, message: 'FOOTER has no `text`' }] },
    {
      name: 'header without format; TEXT header without text',
      code: `templates:\n  - ${'name: a\n    language: fr\n    category: MARKETING\n    components:\n      - type: HEADER\n        text: Hi\n      - { type: BODY, text: Ok. }'}\n  - name: b\n    language: fr\n    category: MARKETING\n    components:\n      - { type: HEADER, format: TEXT }\n      - { type: BODY, text: Ok. }\n`,
      errors: [{ line: 6, column: 15, message: 'no `format`' }, { line: 13, column: 33, message: 'TEXT header needs `text`' }],
    },
    { name: 'LOCATION header in AUTHENTICATION', code: `${head('AUTHENTICATION')}  - { type: HEADER, format: LOCATION }\n  - { type: BODY }\n`, errors: [{ line: 5, column: 29, message: 'LOCATION header is only allowed' }] },
    { name: 'GIF outside MARKETING; media header with text', code: `${head()}  - { type: HEADER, format: GIF, text: Hello }\n  - { type: BODY, text: Ok. }\n`, errors: [{ line: 5, column: 29, message: 'GIF headers' }, { line: 5, column: 34, message: 'carries no `text`' }] },
  ],
});
