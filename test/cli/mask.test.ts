import * as assert from 'node:assert/strict';
import { luhnValid, maskCardNumbers } from '../../server/src/core/util/mask';

describe('maskCardNumbers', () => {
  const cases: [string, string, string][] = [
    ['16 digits, no separator', 'carte 4111111111111111 ok', 'carte 411111******1111 ok'],
    ['spaces kept', 'card 4111 1111 1111 1111.', 'card 4111 11** **** 1111.'],
    ['dashes kept', '5500-0000-0000-0004', '5500-00**-****-0004'],
    ['13 digits (old Visa)', '4222222222222', '422222***2222'],
    ['19 digits', '6011000990139424000', '6011000990139424000'], // not Luhn-valid: left alone
    ['Amex 15 digits', 'amex 378282246310005', 'amex 378282*****0005'],
    ['not Luhn-valid', '4111111111111112', '4111111111111112'],
    ['too short', '411111111111', '411111111111'],
    ['phone number untouched', '+33 1 84 80 12 34', '+33 1 84 80 12 34'],
    ['order number then a card', 'commande 12345 4111 1111 1111 1111', 'commande 12345 4111 11** **** 1111'],
    ['two cards', '4111111111111111 / 5500000000000004', '411111******1111 / 550000******0004'],
    ['no digits', 'Bonjour !', 'Bonjour !'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.equal(maskCardNumbers(input), expected));
  }

  it('a valid 19-digit number is masked', () => {
    const n = '6011000990139424' + '000';
    // find a check digit that makes it valid
    const valid = [...'0123456789'].map((d) => n.slice(0, 18) + d).find(luhnValid)!;
    assert.equal(maskCardNumbers(valid), valid.slice(0, 6) + '*'.repeat(9) + valid.slice(-4));
  });

  it('Luhn check', () => {
    assert.equal(luhnValid('4111111111111111'), true);
    assert.equal(luhnValid('4111111111111121'), false);
    assert.equal(luhnValid(''), false);
    assert.equal(luhnValid('41a1'), false);
  });
});
