import rule from '../../../server/src/core/rules/template/name';
import { ruleTests } from '../../helpers/ruleTester';

const body = `components:
  - type: BODY
    text: Votre commande est partie.
`;

ruleTests(rule, {
  valid: [
    `name: order_update_2\nlanguage: fr\ncategory: UTILITY\n${body}`,
    { name: 'JSON, Graph API layout', filename: 'live.templates.json', code: '{"data": [{"name": "a_1", "language": "en_US", "category": "MARKETING", "status": "APPROVED", "components": [{"type": "body", "text": "Hi there, news inside."}]}], "paging": {}}' },
    { name: 'at the length limit (facts.templateNameMax)', code: `name: ${'a'.repeat(512)}\nlanguage: fr\ncategory: UTILITY\n${body}` },
  ],
  invalid: [
    {
      name: 'capitals and hyphen: safe fix when no flow uses the name',
      code: `name: Order-Update # our name\nlanguage: fr\ncategory: UTILITY\n${body}`,
      errors: [{ line: 1, column: 7, endColumn: 19, message: 'Rename it to "order_update"' }],
      output: `name: order_update # our name\nlanguage: fr\ncategory: UTILITY\n${body}`,
    },
    {
      name: 'quoted JSON name with accent and space',
      filename: 'a.template.json',
      code: '{"name": "Relance Été", "language": "fr", "category": "MARKETING", "components": [{"type": "BODY", "text": "Nos offres d\'été sont là."}]}',
      errors: [{ line: 1, column: 10, endColumn: 23 }],
      output: '{"name": "relance_ete", "language": "fr", "category": "MARKETING", "components": [{"type": "BODY", "text": "Nos offres d\'été sont là."}]}',
    },
    {
      name: 'a flow sends the old name: only a suggestion',
      code: `templates:\n  - name: Order_Update\n    language: fr\n    category: UTILITY\n    components: [{ type: body, text: Votre commande est partie. }]\n`,
      files: { 'order.flow.yaml': 'flow: demo\nsteps:\n  a:\n    template: Order_Update\n    end: true\n' },
      errors: [{ line: 2, column: 11 }],
      output: null,
      suggestion: `templates:\n  - name: order_update\n    language: fr\n    category: UTILITY\n    components: [{ type: body, text: Votre commande est partie. }]\n`,
    },
    {
      name: 'too long (configurable fact)',
      code: `name: abcdef\nlanguage: fr\ncategory: UTILITY\n${body}`,
      config: 'facts:\n  templateNameMax: 5\n',
      errors: [{ line: 1, column: 7, message: 'has 6 characters; Meta allows at most 5' }],
    },
    { name: 'empty name', code: `name: ""\nlanguage: fr\ncategory: UTILITY\n${body}`, errors: [{ line: 1, column: 7 }] },
    { name: 'French message', locale: 'fr', code: `name: A\nlanguage: fr\ncategory: UTILITY\n${body}`, errors: [{ line: 1, column: 7, message: 'Renommez-le en « a »' }] },
  ],
});
