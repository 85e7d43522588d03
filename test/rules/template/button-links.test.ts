import rule from '../../../server/src/core/rules/template/button-links';
import { ruleTests } from '../../helpers/ruleTester';
import { pos } from './_helpers';

const t = (buttons: string) => `name: a\nlanguage: fr\ncategory: MARKETING\ncomponents:\n  - { type: BODY, text: Nos nouveautés sont arrivées. }\n  - type: BUTTONS\n    buttons:\n${buttons}`;
const bad = t(`      - { type: URL, text: A, url: "http://shop.example/x" }\n      - { type: url, text: B, url: "https://bit.ly/abc" }\n      - { type: PHONE_NUMBER, text: C, phone_number: "0123" }\n`);

ruleTests(rule, {
  valid: [
    t(`      - { type: URL, text: A, url: "https://www.example.com/p?id={{1}}", example: [x] }\n      - { type: PHONE_NUMBER, text: C, phone_number: "16467043595" }\n      - { type: PHONE_NUMBER, text: D, phone_number: "+33 1 23 45 67 89" }\n`),
  ],
  invalid: [
    {
      code: bad,
      errors: [
        { ...pos(bad, '"http://'), message: 'does not start with https://' },
        { ...pos(bad, '"https://bit.ly'), message: 'link shortener bit.ly' },
        { ...pos(bad, '"0123"'), message: 'does not look international' },
      ],
    },
  ],
});
