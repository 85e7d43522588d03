import rule from '../../../server/src/core/rules/template/carousel';
import { ruleTests } from '../../helpers/ruleTester';
import { pos } from './_helpers';

const card = (format = 'IMAGE', buttons = '{ type: QUICK_REPLY, text: Voir }', body = 'Robe rouge, taille M.') =>
  `      - components:\n          - { type: HEADER, format: ${format}, example: { header_handle: ["4::a"] } }\n          - { type: BODY, text: "${body}" }\n          - { type: BUTTONS, buttons: [${buttons}] }\n`;
const t = (cards: string, cat = 'MARKETING') => `name: a\nlanguage: fr\ncategory: ${cat}\ncomponents:\n  - { type: BODY, text: Nos coups de cœur de la semaine. }\n  - type: CAROUSEL\n    cards:\n${cards}`;

const oneCard = t(card(), 'UTILITY');
const mixed = t(card() + card('VIDEO') + card('DOCUMENT', '{ type: URL, text: A, url: "https://a.example" }, { type: QUICK_REPLY, text: B }, { type: COPY_CODE, example: X }', 'x'.repeat(161)));

ruleTests(rule, {
  valid: [t(card() + card()), t(card('video') + card('video') + card('video'))],
  invalid: [
    { name: 'one card in a UTILITY template', code: oneCard, errors: [{ ...pos(oneCard, 'CAROUSEL'), message: 'only for MARKETING' }, { ...pos(oneCard, 'cards'), message: 'has 1 card(s); Meta requires 2 to 10' }] },
    {
      name: 'format, uniformity, body and buttons',
      code: mixed,
      errors: [
        { ...pos(mixed, 'components', 3), message: 'Card 2 does not have the same structure' },
        { ...pos(mixed, 'components', 4), message: 'Card 3 does not have the same structure' },
        { ...pos(mixed, 'DOCUMENT'), message: 'IMAGE or VIDEO (DOCUMENT)' },
        { ...pos(mixed, '"xxx'), message: 'card body has 161 characters' },
        { ...pos(mixed, '{ type: COPY_CODE'), message: 'at most 2 buttons' },
        { ...pos(mixed, 'COPY_CODE'), message: 'COPY_CODE buttons are not allowed' },
      ],
    },
  ],
});
