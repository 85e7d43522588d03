import rule from '../../../server/src/core/rules/template/parameters';
import { scanTokens } from '../../../server/src/core/rules/template/util';
import * as assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/ruleTester';

const t = (body: string, extra = '') => `name: a\nlanguage: fr\ncategory: UTILITY\n${extra}components:\n  - type: BODY\n    text: ${body}\n`;

describe('scanTokens', () => {
  it('tells well-formed tokens from malformed ones', () => {
    const s = (x: string) => scanTokens(x).map((k) => (k.ok ? `ok:${k.name}` : `${k.problem}:${k.raw}`));
    assert.deepEqual(s('a {{1}} b {{first_name}}'), ['ok:1', 'ok:first_name']);
    assert.deepEqual(s('a {1} b {{{2}}} c {{3} d {{ 4 }} e {{#5}} f {{}}'), ['braces:{1}', 'braces:{{{2}}}', 'braces:{{3}', 'spaces:{{ 4 }}', 'chars:{{#5}}', 'empty:{{}}']);
    assert.deepEqual(s('price {a} and {b c} stay text; lone {{ here'), ['braces:{{']);
  });
});

ruleTests(rule, {
  valid: [
    t('Bonjour {{1}}, votre commande {{2}} est partie.'),
    t('Bonjour {{1}}, {{1}} encore : commande {{2}} partie.'),
    t('Bonjour {{first_name}}, commande {{order_id}} partie.', 'parameter_format: NAMED\n'),
    t('Hello {{1}}! Code {{2}}, valid today.'),
    { name: 'lower-case named format, JSON', filename: 'a.template.json', code: '{"name": "a", "language": "fr", "category": "UTILITY", "parameter_format": "named", "components": [{"type": "body", "text": "Salut {{name}}, à bientôt."}]}' },
    { name: 'header with one parameter, Meta example', code: `name: a\nlanguage: en\ncategory: MARKETING\ncomponents:\n  - { type: HEADER, format: TEXT, text: "Forget something {{1}}?" }\n  - { type: BODY, text: "Use code {{1}} for 10% off all items!" }\n` },
  ],
  invalid: [
    {
      name: 'malformed tokens',
      code: t('Bonjour {1}, code {{{2}}} et {{#3}} ici.'),
      errors: [
        { line: 6, column: 19, endColumn: 22, message: 'unbalanced or extra curly braces' },
        { line: 6, column: 29, endColumn: 36, message: 'unbalanced' },
        { line: 6, column: 40, endColumn: 46, message: 'characters a parameter cannot have' },
      ],
    },
    {
      name: 'spaces inside braces: safe fix, quoted scalar',
      code: t('"Bonjour {{ 1 }}, commande {{2}} partie."'),
      errors: [{ line: 6, column: 20, endColumn: 27, message: 'write "{{1}}"' }],
      output: t('"Bonjour {{1}}, commande {{2}} partie."'),
    },
    { name: 'gap', code: t('Bonjour {{1}}, commande {{3}} partie.'), errors: [{ line: 6, column: 35, message: '{{2}} is missing' }] },
    { name: 'order', code: t('Bonjour {{2}}, commande {{1}} partie.'), errors: [{ line: 6, column: 19, message: '{{2}} appears before {{1}}' }] },
    { name: 'named in positional template', code: t('Bonjour {{1}}, commande {{order}} partie.'), errors: [{ line: 6, column: 35, endColumn: 44, message: 'is named but the template is POSITIONAL' }] },
    { name: 'positional in named template', code: t('Bonjour {{name}}, commande {{1}} partie.', 'parameter_format: NAMED\n'), errors: [{ line: 7, column: 38, message: 'is a number but `parameter_format` is NAMED' }] },
    { name: 'named charset', code: t('Bonjour {{First_Name}}, à bientôt.', 'parameter_format: NAMED\n'), errors: [{ line: 7, column: 19, message: 'Rename it "first_name"' }] },
    {
      name: 'all named without parameter_format: one finding, suggestion adds it',
      code: t('Bonjour {{name}}, à bientôt.'),
      errors: [{ line: 1, column: 1, endColumn: 5, message: '`parameter_format: NAMED` is missing' }],
      suggestion: t('Bonjour {{name}}, à bientôt.') + 'parameter_format: NAMED\n',
    },
    {
      name: 'leading and trailing (2388299), trailing punctuation counts',
      code: t('"  {{1}}, votre commande est partie {{2}} !"'),
      errors: [{ line: 6, column: 14, message: 'starts with parameter' }, { line: 6, column: 47, message: 'ends with parameter {{2}}' }],
    },
    { name: 'adjacent, even with a space', code: t('Bonjour {{1}} {{2}}, merci pour {{3}}{{4}} aujourd’hui.'), errors: [{ line: 6, column: 25, message: 'side by side' }, { line: 6, column: 48, message: 'side by side' }] },
    {
      name: 'two parameters in a text header (Graph API layout, JSON)',
      filename: 'live.template.json',
      code: '{"data": [{"name": "a", "language": "fr", "category": "UTILITY", "components": [{"type": "HEADER", "format": "TEXT", "text": "{{1}} et {{2}}"}, {"type": "BODY", "text": "Rien de plus."}]}]}',
      errors: [{ line: 1, column: 136, message: 'only one parameter; this is parameter number 2' }],
    },
    {
      name: 'block scalar: position found by search',
      code: `name: a\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: |\n      Bonjour,\n      commande {{3}} partie.\n`,
      errors: [{ line: 8, column: 16, endColumn: 21, message: '{{1}} is missing' }],
    },
    {
      name: 'carousel card body is checked too',
      code: `name: a\nlanguage: fr\ncategory: MARKETING\ncomponents:\n  - { type: BODY, text: Nos offres. }\n  - type: CAROUSEL\n    cards:\n      - components:\n          - { type: BODY, text: "Prix {{2}} aujourd'hui." }\n`,
      errors: [{ line: 9, column: 39, message: 'is missing' }],
    },
    {
      name: 'named without parameter_format in a templates list: inserted at the item\'s indentation',
      code: 'templates:\n  - name: a\n    language: fr\n    category: UTILITY\n    components: [{ type: BODY, text: "Salut {{name}}, à plus." }]\n',
      errors: [{ line: 2, column: 5 }],
      suggestion: 'templates:\n  - name: a\n    language: fr\n    category: UTILITY\n    components: [{ type: BODY, text: "Salut {{name}}, à plus." }]\n    parameter_format: NAMED\n',
    },
    {
      name: 'named without parameter_format, JSON',
      filename: 'a.template.json',
      code: '{"name": "a", "language": "fr", "category": "UTILITY", "components": [{"type": "BODY", "text": "Salut {{name}}, à plus."}]}',
      errors: [{ line: 1, column: 2 }],
      suggestion: '{"name": "a", "language": "fr", "category": "UTILITY", "components": [{"type": "BODY", "text": "Salut {{name}}, à plus."}], "parameter_format": "NAMED"}',
    },
  ],
});
