import { describe, expect, it } from 'vitest';
import { isValidForeignPermanentResidentId } from './foreign-permanent-resident-id';
import { residentIdCheck } from './resident-id';
import {
  isValidChinesePassport,
  isValidHkMacaoPermit,
  isValidPassport,
  isValidTaiwanPermit,
} from './travel-documents';

describe('isValidHkMacaoPermit', () => {
  it('accepts H or M with 8 digits (card) or 10 digits (older booklet)', () => {
    for (const ok of ['H12345678', 'M87654321', 'H1234567801']) {
      expect(isValidHkMacaoPermit(ok)).toBe(true);
    }
  });

  it('rejects other letters, lower case and other lengths', () => {
    for (const bad of [
      'C12345678',
      'h12345678',
      'H1234567',
      'H123456789',
      'H12345678012',
      '12345678',
    ]) {
      expect(isValidHkMacaoPermit(bad)).toBe(false);
    }
  });
});

describe('isValidTaiwanPermit', () => {
  it('accepts the 8-digit lifetime number and older 10-digit numbers with an authority mark', () => {
    for (const ok of ['12345678', '1234567801', '1234567801(B)']) {
      expect(isValidTaiwanPermit(ok)).toBe(true);
    }
  });

  it('rejects other shapes', () => {
    for (const bad of ['1234567', '123456789', 'T12345678', '12345678(B)', '1234567801(b)']) {
      expect(isValidTaiwanPermit(bad)).toBe(false);
    }
  });
});

describe('isValidPassport', () => {
  it('accepts 5 to 17 upper-case letters and digits', () => {
    for (const ok of ['E12345678', 'X1234567', 'C01X00T47', '12345', 'A1234567890123456']) {
      expect(isValidPassport(ok)).toBe(true);
    }
  });

  it('rejects short, long, lower-case and punctuated numbers', () => {
    for (const bad of ['1234', 'A12345678901234567', 'e12345678', 'E1234-5678', 'E 1234567']) {
      expect(isValidPassport(bad)).toBe(false);
    }
  });
});

describe('isValidChinesePassport', () => {
  it('accepts E + 8 digits, E + letter + 7 digits and G + 8 digits', () => {
    for (const ok of ['E12345678', 'EA1234567', 'G12345678']) {
      expect(isValidChinesePassport(ok)).toBe(true);
    }
  });

  it('rejects other layouts', () => {
    for (const bad of ['EI1234567', 'P12345678', 'E1234567', 'G1234567A']) {
      expect(isValidChinesePassport(bad)).toBe(false);
    }
  });
});

describe('isValidForeignPermanentResidentId', () => {
  const today = new Date('2025-06-01T00:00:00Z');

  it('accepts the 2017 layout: 3 letters and 12 digits', () => {
    expect(isValidForeignPermanentResidentId('USA310085080112', today)).toBe(true);
  });

  it('accepts the 2023 layout: 18 characters starting 9 with a resident-ID check character', () => {
    const first17 = '93184019850101123';
    expect(isValidForeignPermanentResidentId(first17 + residentIdCheck(first17), today)).toBe(true);
  });

  it('rejects a wrong check character, a bad birth date or another shape', () => {
    const first17 = '93184019850101123';
    const wrong = residentIdCheck(first17) === '0' ? '1' : '0';
    expect(isValidForeignPermanentResidentId(first17 + wrong, today)).toBe(false);
    const badDate = '93184019851301123';
    expect(isValidForeignPermanentResidentId(badDate + residentIdCheck(badDate), today)).toBe(
      false,
    );
    expect(isValidForeignPermanentResidentId('11010519491231002X', today)).toBe(false);
    expect(isValidForeignPermanentResidentId('usa310085080112', today)).toBe(false);
  });
});
