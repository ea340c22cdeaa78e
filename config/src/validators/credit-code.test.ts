import { describe, expect, it } from 'vitest';
import { creditCodeCheck, isValidCreditCode, organizationCodeCheck } from './credit-code';

// Codes printed on published business licences (and the standard's example).
const published = [
  '91350100M000100Y43', // example code of GB 32100-2015
  '91330100799655058B', // Alibaba (China) Co., Ltd.
  '9144030071526726XG', // Shenzhen Tencent Computer Systems Co., Ltd.
  '914403001922038216', // Huawei Technologies Co., Ltd.
  '91110000802100433B', // Beijing Baidu Netcom Science and Technology Co., Ltd.
];

describe('isValidCreditCode', () => {
  it.each(published)('accepts the published code %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it.each(published)('rejects %s with any single character changed', (code) => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let i = 0; i < code.length; i++) {
      for (const ch of alphabet) {
        if (ch === code[i]) continue;
        const changed = code.slice(0, i) + ch + code.slice(i + 1);
        // 31 is prime and no weight is a multiple of it, so any single change moves the sum.
        expect(isValidCreditCode(changed), changed).toBe(false);
      }
    }
  });

  it('rejects lower case', () => {
    expect(isValidCreditCode('9144030071526726xg')).toBe(false);
  });

  it('rejects the letters the standard leaves out (I, O, Z, S, V)', () => {
    for (const ch of 'IOZSV') expect(isValidCreditCode(`91350100M000100Y4${ch}`)).toBe(false);
  });

  it('rejects wrong lengths, spaces and non-strings', () => {
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    expect(isValidCreditCode(' 91350100M000100Y43')).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
    expect(isValidCreditCode(undefined as unknown as string)).toBe(false);
  });

  it('rejects a letter in the administrative-division digits', () => {
    const code = '9135A100M000100Y4';
    expect(isValidCreditCode(code + creditCodeCheck(code))).toBe(false);
  });

  it('rejects a code whose last character fits but whose organization code does not', () => {
    // Organization-code check of 80210043 is 3; use 4 and recompute the final character.
    const first17 = '91110000802100434';
    expect(isValidCreditCode(first17 + creditCodeCheck(first17))).toBe(false);
  });
});

describe('check characters', () => {
  it('computes the GB 11714 organization-code check, X for 10 and 0 for 11', () => {
    expect(organizationCodeCheck('79965505')).toBe('8');
    expect(organizationCodeCheck('71526726')).toBe('X');
    expect(organizationCodeCheck('00000000')).toBe('0');
    expect(organizationCodeCheck('1234567')).toBeNull();
  });

  it('values organization-code letters over the full alphabet (Y = 34, not 30)', () => {
    expect(organizationCodeCheck('Y0000000')).toBe('8');
  });

  it('computes the GB 32100 final check over the 31-character alphabet', () => {
    expect(creditCodeCheck('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheck('9144030071526726X')).toBe('G');
    expect(creditCodeCheck('9135010')).toBeNull();
  });
});
