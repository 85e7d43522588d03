import language from '../../../server/src/core/rules/template/language';
import languageKnown from '../../../server/src/core/rules/template/language-known';
import { TEMPLATE_LANGUAGES, canonicalLanguage, normaliseLanguage } from '../../../server/src/core/data/languages';
import * as assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/ruleTester';

const t = (lang: string) => `name: promo\nlanguage: ${lang}\ncategory: MARKETING\ncomponents:\n  - type: BODY\n    text: Nouvelle collection en boutique.\n`;

describe('language data', () => {
  it('holds the classic list and regional variants', () => {
    for (const c of ['fr', 'en_US', 'pt_BR', 'zh_HK', 'fil', 'ka', 'rw_RW', 'en_GH']) assert.ok(TEMPLATE_LANGUAGES.has(c), c);
    assert.ok(TEMPLATE_LANGUAGES.size >= 85);
  });
  it('normalises spellings', () => {
    assert.equal(normaliseLanguage('EN-us'), 'en_US');
    assert.equal(normaliseLanguage('Fr'), 'fr');
    assert.equal(canonicalLanguage('pt-br'), 'pt_BR');
    assert.equal(canonicalLanguage('xx'), undefined);
  });
});

ruleTests(language, {
  valid: [t('fr'), t('en_US'), t('fil'), t('xx_YY') /* format ok; template/language-known judges */],
  invalid: [
    { name: 'hyphen', code: t('en-US'), errors: [{ line: 2, column: 11, endColumn: 16, message: 'write "en_US"' }], output: t('en_US') },
    { name: 'case, quoted', code: t('"PT_br"'), errors: [{ line: 2, column: 11 }], output: t('"pt_BR"') },
    {
      name: 'JSON list layout',
      filename: 'x.templates.json',
      code: '{"templates": [{"name": "a", "language": "FR", "category": "UTILITY", "components": [{"type": "BODY", "text": "Ok pour nous."}]}]}',
      errors: [{ line: 1, column: 42 }],
      output: '{"templates": [{"name": "a", "language": "fr", "category": "UTILITY", "components": [{"type": "BODY", "text": "Ok pour nous."}]}]}',
    },
    { name: 'not a code at all', code: t('french'), errors: [{ line: 2, column: 11, message: 'is not a language code' }], output: null },
  ],
});

ruleTests(languageKnown, {
  valid: [t('fr'), t('en_GB'), t('en-US') /* format: template/language */, { name: 'added by option', code: t('en_IN'), config: 'rules:\n  template/language-known:\n    severity: warning\n    languages: [en_IN]\n' }],
  invalid: [
    { name: 'unknown variant, did you mean', code: t('fr_FX'), errors: [{ line: 2, column: 11, message: /not on WhatsApp's supported list.*Did you mean "fr"/ }], suggestion: t('fr') },
    { name: 'unknown language', code: t('xx'), errors: [{ line: 2, column: 11 }] },
  ],
});
