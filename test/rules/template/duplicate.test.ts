import rule from '../../../server/src/core/rules/template/duplicate';
import { ruleTests } from '../../helpers/ruleTester';

const tpl = (name: string, language: string) => `  - name: ${name}\n    language: ${language}\n    category: UTILITY\n    components: [{ type: BODY, text: Votre colis arrive bientôt. }]\n`;

ruleTests(rule, {
  valid: [
    { name: 'same name in two languages', code: `templates:\n${tpl('shipped', 'fr')}${tpl('shipped', 'en_US')}` },
    { name: 'other file, other language', code: `templates:\n${tpl('shipped', 'fr')}`, files: { 'en.templates.yaml': `templates:\n${tpl('shipped', 'en')}` } },
  ],
  invalid: [
    {
      name: 'twice in one file',
      code: `templates:\n${tpl('shipped', 'fr')}${tpl('shipped', 'fr')}`,
      errors: [{ line: 6, column: 11, endColumn: 18, message: 'already defined above (line 2)' }],
    },
    {
      name: 'in another file (Graph API JSON)',
      filename: 'b.template.json',
      code: '{"data": [{"name": "shipped", "language": "fr", "category": "UTILITY", "components": [{"type": "body", "text": "Votre colis arrive."}]}]}',
      files: { 'a.templates.yaml': `templates:\n${tpl('shipped', 'fr')}` },
      errors: [{ line: 1, column: 20, message: 'also defined in a.templates.yaml' }],
    },
  ],
});
