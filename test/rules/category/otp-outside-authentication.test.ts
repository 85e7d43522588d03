import * as assert from 'node:assert/strict';
import rule from '../../../server/src/core/rules/category/otp-outside-authentication';
import { lintCase, ruleTests } from '../../helpers/ruleTester';

const cardActivation = `name: card_activation
language: en_GB
category: UTILITY
components:
  - type: BODY
    text: "To activate your new card, enter the code {{1}} in the app. The code is valid for 10 minutes."
    example:
      body_text: [["482913"]]
`;

ruleTests(rule, {
  valid: [
    {
      name: 'an AUTHENTICATION template',
      code: `name: login_code
language: en
category: AUTHENTICATION
components:
  - type: BODY
    add_security_recommendation: true
  - type: BUTTONS
    buttons:
      - { type: OTP, otp_type: COPY_CODE, text: Copy code }
`,
    },
    {
      name: 'codes that are not passcodes (tracking, locker)',
      code: `templates:
  - name: tracking
    language: en
    category: UTILITY
    components:
      - type: BODY
        text: "Your tracking code is {{1}}. Enter the code {{2}} at locker 14 to collect your parcel."
  - name: promo
    language: en
    category: MARKETING
    components:
      - type: BODY
        text: "Your promo code is {{1}}: 15% off your next order."
`,
    },
  ],
  invalid: [
    {
      name: 'a code typed in, with an expiry, in a UTILITY template: on the category value',
      code: cardActivation,
      errors: [{ line: 3, column: 11, endColumn: 18, message: '"enter the code {{1}}" (parameter given as the code, +2), "The code is valid" (code expiry, +1)' }],
    },
    {
      name: 'a verification code in a MARKETING template (French messages)',
      locale: 'fr',
      code: `name: bienvenue
language: fr
category: 'MARKETING'
components:
  - type: BODY
    text: "Bienvenue ! Votre code de vérification est {{1}}. Profitez de 10 % sur votre première commande."
`,
      errors: [{ line: 3, column: 11, endColumn: 22, message: 'Ce template MARKETING envoie un code à usage unique (« Votre code de vérification est {{1}} » (paramètre présenté comme le code, +3))' }],
    },
    {
      name: 'a UTILITY template that already has the preset shape: the suggestion sets AUTHENTICATION',
      code: `name: otp_shape
language: en
category: UTILITY
components:
  - type: BODY
    add_security_recommendation: true
  - type: BUTTONS
    buttons:
      - { type: OTP, otp_type: COPY_CODE, text: Copy code }
`,
      errors: [{ line: 3, column: 11, endColumn: 18, message: '"Copy code" button (one-time-passcode button, +3)' }],
      suggestion: `name: otp_shape
language: en
category: AUTHENTICATION
components:
  - type: BODY
    add_security_recommendation: true
  - type: BUTTONS
    buttons:
      - { type: OTP, otp_type: COPY_CODE, text: Copy code }
`,
    },
  ],
});

describe('category/otp-outside-authentication details', () => {
  it('offers no edit when a category change alone would give an invalid AUTHENTICATION template', () => {
    const { findings } = lintCase(rule, { code: cardActivation });
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0].fixes!(), []);
    assert.match(findings[0].message, /Rebuild it as an AUTHENTICATION template/);
  });

  it('points at the code words as related locations', () => {
    const { findings } = lintCase(rule, { code: cardActivation });
    const slices = (findings[0].related ?? []).map((r) => cardActivation.slice(r.range!.start, r.range!.end));
    assert.deepEqual(slices, ['enter the code {{1}}', 'The code is valid']);
  });
});
