import rule from '../../../server/src/core/rules/template/footer-params';
import { ruleTests } from '../../helpers/ruleTester';
import { pos } from './_helpers';

const t = (footer: string) => `name: a\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - { type: BODY, text: Votre colis est parti. }\n  - type: footer\n    text: ${footer}\n`;
const bad = t('Réf. {{1}} – service client');

ruleTests(rule, {
  valid: [t('Service client 7j/7')],
  invalid: [{ code: bad, errors: [{ ...pos(bad, '{{1}}'), endColumn: pos(bad, '{{1}}').column + 5, message: 'footer holds parameter {{1}}' }] }],
});
