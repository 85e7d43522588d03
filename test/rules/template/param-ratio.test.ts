import rule from '../../../server/src/core/rules/template/param-ratio';
import { ruleTests } from '../../helpers/ruleTester';
import { pos } from './_helpers';

const t = (body: string) => `name: a\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: ${body}\n`;
const bad = t('"Bonjour {{1}} - {{2}}, {{3}}."');
const json = '{"name": "a", "language": "fr", "category": "UTILITY", "components": [{"type": "body", "text": "Code : {{1}} ici"}]}';

ruleTests(rule, {
  valid: [t('Bonjour {{1}}, votre commande {{2}} est partie.'), t('Aucun paramètre.'), t('Salut {{1}} et merci.')],
  invalid: [
    { code: bad, errors: [{ ...pos(bad, '"Bonjour'), message: '3 parameter(s) but only 1 fixed word(s)' }] },
    { name: 'JSON, one parameter with two words', filename: 'a.template.json', code: json, errors: [{ ...pos(json, '"Code'), message: '(error 2388293)' }] },
  ],
});
