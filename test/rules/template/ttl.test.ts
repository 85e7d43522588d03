import rule from '../../../server/src/core/rules/template/ttl';
import { ruleTests } from '../../helpers/ruleTester';
import { pos } from './_helpers';

const t = (cat: string, ttl: number) => `name: a\nlanguage: fr\ncategory: ${cat}\nmessage_send_ttl_seconds: ${ttl}\ncomponents:\n  - { type: BODY, text: Bonjour. }\n`;

ruleTests(rule, {
  valid: [t('AUTHENTICATION', 600), t('UTILITY', 43200), t('utility', -1), t('MARKETING', 86400), t('AUTHENTICATION', 30)],
  invalid: [
    { code: t('AUTHENTICATION', 1200), errors: [{ ...pos(t('AUTHENTICATION', 1200), '1200'), message: 'AUTHENTICATION templates accept 30 to 900 seconds, or -1' }] },
    { code: t('MARKETING', -1), errors: [{ line: 4, column: 27, message: 'MARKETING templates accept 43200 to 2592000 seconds.' }] },
    { code: t('UTILITY', 10.5), errors: [{ line: 4, column: 27 }] },
  ],
});
