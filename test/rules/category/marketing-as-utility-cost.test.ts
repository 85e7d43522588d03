import rule from '../../../server/src/core/rules/category/marketing-as-utility-cost';
import { ruleTests } from '../../helpers/ruleTester';

const marketing = (text: string): string => `name: t
language: en
category: MARKETING
components:
  - type: BODY
    text: ${text}
`;

ruleTests(rule, {
  valid: [
    { name: 'a real promotion', code: marketing('"Spring sale: 20% off all jackets until Sunday."') },
    { name: 'utility wording plus one marketing cue', code: marketing('"Your order {{1}} has shipped. Discover our new collection!"') },
    { name: 'weak utility evidence only', code: marketing('"Hi {{1}}, see you on {{2}}."') },
    { name: 'declared UTILITY already', code: 'name: t\nlanguage: en\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "Your order {{1}} has shipped."\n' },
    {
      name: 'the minUtilityScore option raises the bar',
      config: 'rules:\n  category/marketing-as-utility-cost:\n    severity: info\n    minUtilityScore: 50\n',
      code: marketing('"Your order {{1}} has been shipped and will arrive on {{2}}. Track it with the link below."'),
    },
  ],
  invalid: [
    {
      name: 'a shipping notice declared MARKETING: info on the category, suggestion to UTILITY',
      code: marketing('"Your order {{1}} has been shipped and will arrive on {{2}}. Track it with the link below."'),
      errors: [{ line: 3, column: 11, endColumn: 20, message: 'declare it UTILITY: 0.02 EUR instead of 0.0859 EUR per message, and free inside an open service window' }],
      suggestion: `name: t
language: en
category: UTILITY
components:
  - type: BODY
    text: "Your order {{1}} has been shipped and will arrive on {{2}}. Track it with the link below."
`,
    },
    {
      name: 'French message, facts say utility is not free in the window',
      locale: 'fr',
      config: 'facts:\n  utilityFreeInWindow: false\n',
      code: marketing('"Votre facture {{1}} de {{2}} est disponible. Le prélèvement aura lieu le {{3}}."'),
      errors: [{ line: 3, column: 11, message: /déclarez-le UTILITY : 0,02 EUR au lieu de 0,0859 EUR par message\.$/ }],
    },
  ],
});
