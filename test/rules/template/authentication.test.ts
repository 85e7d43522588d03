import rule from '../../../server/src/core/rules/template/authentication';
import { ruleTests } from '../../helpers/ruleTester';
import { pos } from './_helpers';

const t = (components: string) => `name: login_code\nlanguage: en_US\ncategory: AUTHENTICATION\ncomponents:\n${components}`;
const preset = `  - { type: BODY, add_security_recommendation: true }\n  - { type: FOOTER, code_expiration_minutes: 10 }\n`;

const custom = t(`  - type: HEADER\n    format: IMAGE\n  - type: BODY\n    text: Your code is {{1}}\n  - type: FOOTER\n    text: Expires soon\n    code_expiration_minutes: 120\n  - type: BUTTONS\n    buttons:\n      - { type: OTP, otp_type: COPY_CODE, text: "Copy 🔑" }\n      - { type: URL, text: Help, url: "https://example.com" }\n`);
const noButtons = t(preset);
const oneTap = t(`${preset}  - type: BUTTONS\n    buttons:\n      - type: OTP\n        otp_type: ONE_TAP\n        supported_apps:\n          - { package_name: luckyshrub, signature_hash: tooShort }\n`);
const zeroTap = t(`${preset}  - type: BUTTONS\n    buttons:\n      - type: otp\n        otp_type: zero_tap\n`);
const json = '{"name": "a", "language": "fr", "category": "authentication", "components": [{"type": "body", "add_security_recommendation": true}, {"type": "buttons", "buttons": [{"type": "OTP"}]}]}';

ruleTests(rule, {
  valid: [
    t(`${preset}  - type: BUTTONS\n    buttons:\n      - { type: OTP, otp_type: COPY_CODE, text: Copy code }\n`),
    { name: 'one tap with supported_apps', code: t(`${preset}  - type: BUTTONS\n    buttons:\n      - type: OTP\n        otp_type: ONE_TAP\n        text: Copy code\n        autofill_text: Autofill\n        supported_apps:\n          - { package_name: com.example.luckyshrub, signature_hash: K8a/AINcGX7 }\n`) },
    { name: 'zero tap, Meta\'s older button-level form with a URL-encoded hash', code: t(`${preset}  - type: BUTTONS\n    buttons:\n      - { type: OTP, otp_type: ZERO_TAP, package_name: com.example.app, signature_hash: K8a%2FAINcGX7, zero_tap_terms_accepted: true }\n`) },
    { name: 'not an authentication template', code: `name: a\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - { type: BODY, text: Bonjour. }\n` },
  ],
  invalid: [
    {
      name: 'custom text, header, footer text, expiry, extra button, emoji',
      code: custom,
      errors: [
        { ...pos(custom, 'HEADER'), message: 'no header' },
        { ...pos(custom, 'text: Your'), message: 'preset body' },
        { ...pos(custom, 'text: Expires'), message: 'footer of an authentication template is preset' },
        { ...pos(custom, '120'), message: 'from 1 to 90' },
        { ...pos(custom, '"Copy'), message: 'No emoji' },
        { ...pos(custom, 'URL,'), message: 'exactly one button, of type OTP; remove this URL button' },
      ],
    },
    { name: 'no buttons', code: noButtons, errors: [{ ...pos(noButtons, 'components'), message: 'need a BUTTONS component' }] },
    { name: 'one tap: bad package and hash', code: oneTap, errors: [{ ...pos(oneTap, 'luckyshrub'), message: 'not an Android application id' }, { ...pos(oneTap, 'tooShort'), message: 'exactly 11 characters' }] },
    { name: 'zero tap: no apps, no terms (lower case)', code: zeroTap, errors: [{ ...pos(zeroTap, 'zero_tap'), message: 'ZERO_TAP button needs `supported_apps`' }, { ...pos(zeroTap, 'zero_tap'), message: 'zero_tap_terms_accepted: true' }] },
    { name: 'JSON: OTP button without otp_type', filename: 'a.template.json', code: json, errors: [{ ...pos(json, '"OTP"'), message: 'needs `otp_type`' }] },
  ],
});
