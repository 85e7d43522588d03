import rule from '../../../server/src/core/rules/template/buttons';
import { ruleTests } from '../../helpers/ruleTester';
import { pos } from './_helpers';

const t = (buttons: string, cat = 'MARKETING') => `name: a\nlanguage: fr\ncategory: ${cat}\ncomponents:\n  - { type: BODY, text: Nos nouveautés sont arrivées. }\n  - type: BUTTONS\n    buttons:\n${buttons}`;
const qr = (text: string) => `      - { type: QUICK_REPLY, text: ${text} }\n`;
const url = (u: string, extra = '') => `      - { type: URL, text: Voir, url: "${u}"${extra} }\n`;

const ungrouped = t(qr('Oui') + url('https://example.com') + qr('Non'));
const tooMany = t(Array.from({ length: 11 }, (_, i) => qr(`R${i}`)).join(''));
const threeUrls = t(url('https://a.example') + url('https://b.example') + `      - type: url\n        text: C\n        url: https://c.example\n`);
const longText = t(qr('Un libellé bien trop long pour WhatsApp'));
const noText = t(`      - { type: QUICK_REPLY }\n      - { type: PHONE_NUMBER, text: "", phone_number: "+33123456789" }\n`);
const urlParams = t(url('https://example.com/{{1}}/x?p={{2}}') + url('https://example.com/{{1}}/track'));
const longUrl = t(url('https://example.com/?q={{1}}', `, example: ["https://example.com/?q=${'x'.repeat(2000)}"]`));
const phone = t(`      - { type: PHONE_NUMBER, text: Appeler, phone_number: "+33 (0)1 23 45 67 89 00 11" }\n      - { type: PHONE_NUMBER, text: Autre, phone_number: "+33123456789" }\n`);
const code = t(`      - { type: COPY_CODE, example: SUMMER-SALE-2026-XL }\n      - { type: copy_code }\n`);
const otp = t(`      - { type: OTP, otp_type: COPY_CODE, text: Copier }\n`, 'UTILITY');
const json = '{"name": "a", "language": "fr", "category": "MARKETING", "components": [{"type": "BODY", "text": "Hello there."}, {"type": "BUTTONS", "buttons": [{"type": "url", "text": "Go", "url": "https://x.example"}, {"type": "quick_reply", "text": "A"}, {"type": "PHONE_NUMBER", "text": "Call", "phone_number": "+331234567"}, {"type": "QUICK_REPLY", "text": "B"}]}]}';

ruleTests(rule, {
  valid: [
    t(qr('Oui') + qr('Non') + url('https://example.com/{{1}}', ', example: [abc]') + url('https://example.com') + `      - { type: PHONE_NUMBER, text: Appeler, phone_number: "+33123456789" }\n      - { type: COPY_CODE, example: ETE2026 }\n`),
    t(url('https://example.com') + qr('Oui') + qr('Non')),
    t(Array.from({ length: 10 }, (_, i) => qr(`R${i}`)).join('')),
    t(`      - { type: OTP, otp_type: COPY_CODE, text: Copier le code }\n`, 'AUTHENTICATION'),
    { name: 'Graph API read-back: copy code without example', filename: 'g.template.json', code: '{"data": [{"name": "a", "language": "fr", "status": "APPROVED", "category": "MARKETING", "components": [{"type": "BODY", "text": "Code promo."}, {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "text": "Copy offer code"}]}]}]}' },
  ],
  invalid: [
    { name: 'QR, URL, QR', code: ungrouped, errors: [{ ...pos(ungrouped, 'QUICK_REPLY', 2), message: 'separated from the others by a URL button' }] },
    { name: 'eleven buttons', code: tooMany, errors: [{ ...pos(tooMany, '{ type: QUICK_REPLY, text: R10'), message: '11 buttons; Meta allows at most 10' }] },
    { name: 'three URL buttons (upper and lower case)', code: threeUrls, errors: [{ ...pos(threeUrls, 'url\n'), message: 'More than 2 URL' }] },
    { name: 'label too long', code: longText, errors: [{ ...pos(longText, 'Un libellé'), message: 'has 39 characters; Meta allows at most 25' }] },
    { name: 'missing and empty labels', code: noText, errors: [{ ...pos(noText, 'QUICK_REPLY'), message: 'QUICK_REPLY button has no label' }, { ...pos(noText, '""'), message: 'PHONE_NUMBER button has no label' }] },
    { name: 'URL parameters: two, and not at the end', code: urlParams, errors: [{ ...pos(urlParams, '"https'), message: 'only one parameter; this one has 2' }, { ...pos(urlParams, '"https', 2), message: 'must be the last thing' }] },
    { name: 'URL too long with its example', code: longUrl, errors: [{ ...pos(longUrl, '"https'), message: 'Meta allows at most 2000' }] },
    { name: 'phone too long, two phone buttons', code: phone, errors: [{ ...pos(phone, '"+33 ('), message: 'at most 20' }, { ...pos(phone, 'PHONE_NUMBER', 2), message: 'More than 1 PHONE_NUMBER' }] },
    { name: 'copy code too long, second copy code without example', code: code, errors: [{ ...pos(code, 'SUMMER'), message: '19 characters; Meta allows at most 15' }, { ...pos(code, 'copy_code'), message: 'More than 1 COPY_CODE' }, { ...pos(code, 'copy_code'), message: 'needs an `example` code' }] },
    { name: 'OTP outside AUTHENTICATION', code: otp, errors: [{ ...pos(otp, 'OTP,'), message: 'only for AUTHENTICATION templates, not UTILITY' }] },
    { name: 'JSON: URL, QR, PHONE, QR', filename: 'a.template.json', code: json, errors: [{ ...pos(json, '"QUICK_REPLY"'), message: 'by a PHONE_NUMBER button' }] },
  ],
});
