import * as assert from 'node:assert/strict';
import rule from '../../../server/src/core/rules/category/vague-content';
import { lintCase, ruleTests } from '../../helpers/ruleTester';

const utility = (text: string, extra = ''): string => `name: t
language: en
category: UTILITY
components:
  - type: BODY
    text: ${text}
${extra}`;

ruleTests(rule, {
  valid: [
    { name: 'a specific short message', code: utility('"Order {{1}} shipped."') },
    {
      name: 'unclear content declared MARKETING',
      code: `name: t
language: en
category: MARKETING
components:
  - type: BODY
    text: "Congratulations {{1}}!"
`,
    },
    { name: 'unclear with an explicit promotion: category/utility-is-marketing speaks instead', code: utility('"{{1}}: 20% off!"') },
    { name: 'no body text: template/structure speaks instead', code: 'name: t\nlanguage: en\ncategory: UTILITY\ncomponents:\n  - type: HEADER\n    format: IMAGE\n' },
  ],
  invalid: [
    {
      name: 'only a parameter',
      code: utility('"{{1}}"'),
      errors: [{ line: 6, column: 11, endColumn: 18, message: 'only parameters, with no words of its own' }],
      suggestion: `name: t
language: en
category: MARKETING
components:
  - type: BODY
    text: "{{1}}"
`,
    },
    { name: 'only a congratulation', code: utility('"Congratulations {{1}}!"'), errors: [{ line: 6, column: 11, endColumn: 35, message: 'only a greeting or a congratulation' }] },
    { name: 'too little content', code: utility('Big news, {{1}}!'), errors: [{ line: 6, column: 11, endColumn: 27, message: 'too little content' }] },
    { name: 'mostly parameters', code: utility('"News for {{1}}: {{2}}, {{3}} and {{4}} inside today"'), errors: [{ line: 6, column: 11, message: 'Most of the content' }] },
    {
      name: 'French message',
      locale: 'fr',
      code: utility('"Félicitations {{1}} !"'),
      errors: [{ line: 6, column: 11, message: "n'est qu'une salutation ou des félicitations. Meta traite un contenu flou comme du MARKETING" }],
    },
  ],
});

describe('category/vague-content details', () => {
  it('the category change is a suggestion only', () => {
    const { findings } = lintCase(rule, { code: utility('"{{1}}"') });
    assert.deepEqual(findings[0].fixes!().map((f) => f.kind), ['suggestion']);
  });
});
