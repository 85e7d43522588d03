import * as assert from 'node:assert/strict';
import rule from '../../../server/src/core/rules/category/utility-is-marketing';
import { lintCase, ruleTests } from '../../helpers/ruleTester';

const orderShipped = `name: order_shipped
language: en
category: UTILITY
components:
  - type: BODY
    text: "Hi {{1}}, your order {{2}} has shipped and arrives on {{3}}."
    example:
      body_text: [["Ana", "#4821", "12 May"]]
`;

ruleTests(rule, {
  valid: [
    { name: 'a plain order update', code: orderShipped },
    {
      name: 'a promotion declared MARKETING',
      code: `name: spring_sale
language: en
category: MARKETING
components:
  - type: BODY
    text: Spring sale, 20% off all jackets until Sunday.
`,
    },
    {
      name: 'unclear content is category/vague-content, not this rule',
      code: `name: congrats
language: en
category: UTILITY
components:
  - type: BODY
    text: "Congratulations {{1}}!"
`,
    },
    {
      name: 'a one-time code is category/otp-outside-authentication, not this rule',
      code: `name: login
language: en
category: UTILITY
components:
  - type: BODY
    text: "{{1}} is your verification code. Do not share it."
`,
    },
    {
      name: 'essential notice with the word "free" (public health) stays UTILITY',
      code: `name: flu_clinic
language: en
category: UTILITY
components:
  - type: BODY
    text: "Public health notice: the free flu vaccination clinic at {{1}} opens on {{2}}."
`,
    },
    {
      name: 'a legal notice (privacy policy update) stays UTILITY',
      code: `name: privacy_update
language: fr
category: UTILITY
components:
  - type: BODY
    text: "Bonjour {{1}}, notre politique de confidentialité change le {{2}}. Le détail est sur notre site."
`,
    },
    {
      name: 'the threshold option raises the bar',
      config: 'rules:\n  category/utility-is-marketing:\n    severity: warning\n    threshold: 20\n',
      code: `name: promo_shipped
language: en
category: UTILITY
components:
  - type: BODY
    text: "Your order {{1}} has shipped. Enjoy 10% off your next order!"
`,
    },
  ],
  invalid: [
    {
      name: 'discount in a plain body: on the strongest words, suggestion keeps formatting',
      code: `# shop templates
name: suivi_promo
language: fr
category: UTILITY   # declared by the shop team
components:
  - type: BODY
    text: Votre commande {{1}} est expédiée ! Profitez de -20 % sur la collection.
`,
      errors: [{ line: 7, column: 59, endLine: 7, endColumn: 64, message: '"-20 %" (discount, +3)' }],
      suggestion: `# shop templates
name: suivi_promo
language: fr
category: MARKETING   # declared by the shop team
components:
  - type: BODY
    text: Votre commande {{1}} est expédiée ! Profitez de -20 % sur la collection.
`,
    },
    {
      name: 'quoted category and body; several triggers listed with weights, price from facts',
      code: `name: "promo_shipped"
language: en
category: "UTILITY"
components:
  - type: BODY
    text: "Your order {{1}} has shipped. Use code SAVE10 for 10% off your next order!"
`,
      errors: [
        {
          line: 6,
          column: 46,
          endColumn: 57,
          message: /promotes something: "code SAVE10" \(promo code, \+3\), "10% off" \(discount, \+3\) \(score 6, limit 2\).*0\.0859 EUR instead of 0\.02 EUR/,
        },
      ],
      suggestion: `name: "promo_shipped"
language: en
category: "MARKETING"
components:
  - type: BODY
    text: "Your order {{1}} has shipped. Use code SAVE10 for 10% off your next order!"
`,
    },
    {
      name: 'a promotion in the header only: the finding is on the header words',
      code: `name: delivery
language: en
category: UTILITY
components:
  - type: HEADER
    format: TEXT
    text: Flash sale today
  - type: BODY
    text: "Your parcel {{1}} was delivered."
`,
      errors: [{ line: 7, column: 11, endColumn: 21, message: 'header "Flash sale"' }],
    },
    {
      name: 'only a "Shop now" button: the finding is on category',
      code: `name: delivered
language: en
category: UTILITY
components:
  - type: BODY
    text: "Your parcel {{1}} was delivered today."
  - type: BUTTONS
    buttons:
      - { type: URL, text: Shop now, url: "https://example.com/shop" }
`,
      errors: [{ line: 3, column: 11, endColumn: 18, message: '"Shop now" button (call to shop, +2.5)' }],
    },
    {
      name: 'block scalar: the words are found in the source',
      code: `name: renewal
language: en
category: UTILITY
components:
  - type: BODY
    text: |
      Hi {{1}}, your membership ends on {{2}}.
      Renew today and keep your benefits.
`,
      errors: [{ line: 8, column: 7, endColumn: 18, message: '"Renew today" (renewal nudge, +2.5)' }],
    },
    {
      name: 'block scalar where the words occur twice: the whole value',
      code: `name: double
language: en
category: UTILITY
components:
  - type: BODY
    text: >
      Your order {{1}} shipped. 20% off today,
      20% off tomorrow.
`,
      errors: [{ line: 6, column: 11, endLine: 9, endColumn: 1 }],
    },
    {
      name: 'bland marketing (a nudge to try a feature) gets the softer message',
      code: `name: feature_nudge
language: en
category: UTILITY
components:
  - type: BODY
    text: "Hi {{1}}, we noticed you haven't tried our new budget planner yet. Tap below to see how it works."
`,
      errors: [{ line: 6, column: 22, endColumn: 44, message: 'Tie the message to the user\'s own order' }],
    },
    {
      name: 'French messages',
      locale: 'fr',
      code: `name: chambre_prete
language: it
category: UTILITY
components:
  - type: BODY
    text: "Gentile {{1}}, la camera è pronta. Passi a una suite con il 30% di sconto, solo per oggi!"
`,
      errors: [{ line: 6, column: 72, endColumn: 85, message: 'Déclaré UTILITY, mais ce template fait de la promotion : « 30% di sconto » (réduction, +3), « solo per oggi » (urgence, +2)' }],
    },
    {
      name: 'Graph API JSON: only the UTILITY template, suggestion keeps JSON quotes',
      filename: 'live.templates.json',
      code: `{
  "data": [
    { "name": "promo", "language": "en", "category": "MARKETING",
      "components": [{ "type": "BODY", "text": "Black Friday: 30% off everything." }] },
    { "name": "shipped", "language": "en", "category": "UTILITY",
      "components": [{ "type": "BODY", "text": "Order {{1}} shipped. Black Friday starts now!" }] }
  ]
}
`,
      errors: [{ line: 6, column: 70, endColumn: 82 }],
      suggestion: `{
  "data": [
    { "name": "promo", "language": "en", "category": "MARKETING",
      "components": [{ "type": "BODY", "text": "Black Friday: 30% off everything." }] },
    { "name": "shipped", "language": "en", "category": "MARKETING",
      "components": [{ "type": "BODY", "text": "Order {{1}} shipped. Black Friday starts now!" }] }
  ]
}
`,
    },
  ],
});

describe('category/utility-is-marketing details', () => {
  it('the category change is a suggestion, never a safe fix, and says it changes the price', () => {
    const { findings } = lintCase(rule, {
      code: 'name: x\nlanguage: en\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "Your order {{1}} shipped. 20% off your next order with code MERCI20."\n',
    });
    assert.equal(findings.length, 1);
    const fixes = findings[0].fixes!();
    assert.deepEqual(fixes.map((f) => f.kind), ['suggestion']);
    assert.match(fixes[0].title, /changes the price: 0\.0859 EUR instead of 0\.02 EUR/);
  });

  it('lists the other triggers as related locations that point at their words', () => {
    const code = 'name: x\nlanguage: en\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "Order {{1}} shipped. Last chance: 20% off."\n  - type: FOOTER\n    text: Members get free shipping\n';
    const { findings } = lintCase(rule, { code });
    assert.equal(findings.length, 1);
    const related = findings[0].related ?? [];
    const slices = related.map((r) => code.slice(r.range!.start, r.range!.end));
    assert.deepEqual(slices, ['free shipping', 'Last chance']);
    assert.match(related[0].message, /footer "free shipping" \(freebie, \+2\.5\)/);
  });

  it('a promo carried by an example value: on `category`, the value named and related', () => {
    const code = 'name: x\nlanguage: en\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "Hi {{1}}, here is your update: {{2}}"\n    example:\n      body_text: [["Ana", "Enjoy 20% off everything this weekend"]]\n';
    const { findings } = lintCase(rule, { code });
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /example value "20% off" \(discount, \+3\)/);
    // No header/body words to point at: the finding is on `category`, the example is related.
    assert.equal(code.slice(findings[0].range.start, findings[0].range.end), 'UTILITY');
    assert.equal(code.slice(findings[0].related![0].range!.start, findings[0].related![0].range!.end), '20% off');
  });
});
