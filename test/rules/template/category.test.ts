import rule from '../../../server/src/core/rules/template/category';
import { ruleTests } from '../../helpers/ruleTester';

const t = (cat: string) => `name: shipped\nlanguage: fr\ncategory: ${cat}\ncomponents:\n  - type: BODY\n    text: Votre colis est parti.\n`;

ruleTests(rule, {
  valid: [t('UTILITY'), t('marketing'), t('Authentication'), t('SOMETHING_ELSE') /* template/schema reports it */],
  invalid: [
    { name: 'TRANSACTIONAL -> UTILITY, suggestion only (price)', code: t('TRANSACTIONAL'), errors: [{ line: 3, column: 11, endColumn: 24, message: 'modern equivalent is UTILITY' }], output: null, suggestion: t('UTILITY') },
    { name: 'lower-case OTP', code: t('otp'), errors: [{ line: 3, column: 11, message: 'AUTHENTICATION' }], suggestion: t('AUTHENTICATION') },
    {
      name: 'JSON, Graph API layout',
      filename: 'x.template.json',
      code: '{"data": [{"name": "a", "language": "fr", "category": "SHIPPING_UPDATE", "components": []}]}',
      errors: [{ line: 1, column: 55 }],
    },
    { name: 'French', locale: 'fr', code: t('ACCOUNT_UPDATE'), errors: [{ line: 3, column: 11, message: 'équivalent actuel est UTILITY' }] },
  ],
});
