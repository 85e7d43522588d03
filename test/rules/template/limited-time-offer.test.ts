import rule from '../../../server/src/core/rules/template/limited-time-offer';
import { ruleTests } from '../../helpers/ruleTester';
import { pos } from './_helpers';

const ok = `name: a\nlanguage: fr\ncategory: MARKETING\ncomponents:\n  - { type: HEADER, format: IMAGE, example: { header_handle: ["4::a"] } }\n  - type: LIMITED_TIME_OFFER\n    limited_time_offer: { text: Offre -20 %, has_expiration: true }\n  - { type: BODY, text: "Profitez de l'offre sur nos robes." }\n`;
const bad = `name: a\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - { type: HEADER, format: TEXT, text: Offre }\n  - type: limited_time_offer\n    limited_time_offer: { text: Offre exceptionnelle -20 % }\n  - { type: BODY, text: "${'b'.repeat(601)}" }\n  - { type: FOOTER, text: Conditions en magasin }\n`;

ruleTests(rule, {
  valid: [ok],
  invalid: [
    {
      code: bad,
      errors: [
        { ...pos(bad, 'TEXT'), message: 'must be IMAGE or VIDEO, not TEXT' },
        { ...pos(bad, 'limited_time_offer\n'), message: 'only for MARKETING' },
        { ...pos(bad, 'Offre exceptionnelle'), message: 'offer text has 26 characters; Meta allows at most 16' },
        { ...pos(bad, '"bbb'), message: 'has 601 characters; Meta allows at most 600' },
        { ...pos(bad, 'FOOTER'), message: 'no footer' },
      ],
    },
  ],
});
