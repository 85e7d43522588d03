import rule from '../../../server/src/core/rules/template/examples';
import { ruleTests } from '../../helpers/ruleTester';
import { pos } from './_helpers';

const head = (extra = '') => `name: a\nlanguage: fr\ncategory: UTILITY\n${extra}components:\n`;
const noExample = `${head()}  - type: BODY # the body\n    text: Bonjour {{1}}, commande {{2}} partie.\n  - type: FOOTER\n    text: Merci\n`;
const wrongCount = `${head()}  - type: BODY\n    text: Bonjour {{1}}, commande {{2}} partie.\n    example:\n      body_text: [["Marie"]]\n`;
const flat = `${head()}  - type: BODY\n    text: Bonjour {{1}}, à bientôt.\n    example:\n      body_text: ["Marie"]\n`;
const exampleWithoutBody = `${head()}  - type: HEADER\n    format: TEXT\n    text: Commande {{1}}\n    example:\n      header_handle: []\n  - type: BODY\n    text: Merci pour votre achat.\n`;
const named = `${head('parameter_format: NAMED\n')}  - type: BODY\n    text: Bonjour {{first_name}}, commande {{order_id}} partie.\n    example:\n      body_text_named_params:\n        - { param_name: first_name, example: Marie }\n        - { param_name: order, example: A-1 }\n`;
const json = '{"name": "a", "language": "fr", "category": "MARKETING", "components": [{"type": "body", "text": "Salut {{1}}, à bientôt."}]}';
const media = `${head()}  - { type: HEADER, format: IMAGE }\n  - { type: BODY, text: Voici votre facture. }\n  - type: BUTTONS\n    buttons:\n      - { type: URL, text: Suivre, url: "https://example.com/t/{{1}}" }\n`;

const urlBlock = `${head()}  - { type: BODY, text: Suivez votre colis. }\n  - type: BUTTONS\n    buttons:\n      - type: URL\n        text: Suivre\n        url: "https://example.com/t/{{1}}"\n`;

ruleTests(rule, {
  valid: [
    `${head()}  - type: HEADER\n    format: TEXT\n    text: Commande {{1}}\n    example:\n      header_text: ["A-1042"]\n  - type: body\n    text: Bonjour {{1}}, commande {{2}} partie.\n    example:\n      body_text: [["Marie", "A-1042"]]\n`,
    `${head('parameter_format: named\n')}  - type: BODY\n    text: Bonjour {{first_name}}, à bientôt.\n    example:\n      body_text_named_params: [{ param_name: first_name, example: Marie }]\n`,
    { name: 'URL example as the value only (Meta spec style)', code: `${head()}  - { type: BODY, text: Suivez votre colis. }\n  - type: BUTTONS\n    buttons:\n      - { type: URL, text: Suivre, url: "https://example.com/t?id={{1}}", example: [A1042] }\n  - { type: HEADER, format: DOCUMENT, example: { header_handle: ["4::abc"] } }\n` },
    { name: 'Graph API read-back without samples', filename: 'live.template.json', code: '{"data": [{"name": "a", "language": "fr", "status": "APPROVED", "category": "UTILITY", "components": [{"type": "HEADER", "format": "IMAGE"}, {"type": "BODY", "text": "Salut {{1}}, à bientôt."}]}]}' },
  ],
  invalid: [
    {
      name: 'missing body examples: suggestion inserts the block, keeping the comment',
      code: noExample,
      errors: [{ ...pos(noExample, 'text: Bonjour'), message: 'has 2 parameter(s) but no `example.body_text`' }],
      output: null,
      suggestion: `${head()}  - type: BODY # the body\n    text: Bonjour {{1}}, commande {{2}} partie.\n    example: {"body_text": [["TODO_1", "TODO_2"]]}\n  - type: FOOTER\n    text: Merci\n`,
    },
    {
      name: 'JSON: suggestion in JSON syntax',
      filename: 'a.template.json',
      code: json,
      errors: [{ ...pos(json, '"text"') }],
      suggestion: '{"name": "a", "language": "fr", "category": "MARKETING", "components": [{"type": "body", "text": "Salut {{1}}, à bientôt.", "example": {"body_text": [["TODO_1"]]}}]}',
    },
    {
      name: 'example map without header_text: added inside it',
      code: exampleWithoutBody,
      errors: [{ ...pos(exampleWithoutBody, 'text: Commande'), message: 'no `example.header_text`' }],
      suggestion: exampleWithoutBody.replace('      header_handle: []\n', '      header_handle: []\n      header_text: ["TODO_1"]\n'),
    },
    { name: 'count mismatch', code: wrongCount, errors: [{ ...pos(wrongCount, '[["Marie"]]'), message: 'gives 1 value(s) but the body has 2' }] },
    { name: 'body_text not nested', code: flat, errors: [{ ...pos(flat, '["Marie"]'), message: 'a list of one list' }] },
    {
      name: 'named: missing and extra entries',
      code: named,
      errors: [{ ...pos(named, 'body_text_named_params'), message: '{{order_id}} has no entry' }, { ...pos(named, 'order,'), message: 'entry for "order"' }],
    },
    {
      name: 'media header and URL parameter',
      code: media,
      errors: [{ ...pos(media, 'IMAGE'), message: 'IMAGE header needs a sample' }, { ...pos(media, '"https'), message: 'URL has a parameter but no `example`' }],
    },
    {
      name: 'URL example suggestion (block button map)',
      code: urlBlock,
      errors: [{ ...pos(urlBlock, '"https') }],
      suggestion: urlBlock + '        example: ["https://example.com/t/TODO"]\n',
    },
    {
      name: 'templates list layout, French',
      locale: 'fr',
      code: 'templates:\n  - name: a\n    language: fr\n    category: UTILITY\n    components:\n      - { type: BODY, text: "Salut {{1}}, à plus." }\n',
      errors: [{ line: 6, column: 23, message: 'pas d\'`example.body_text`' }],
      suggestion: 'templates:\n  - name: a\n    language: fr\n    category: UTILITY\n    components:\n      - { type: BODY, text: "Salut {{1}}, à plus.", example: {"body_text": [["TODO_1"]]} }\n',
    },
  ],
});
