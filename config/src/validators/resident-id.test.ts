import { describe, expect, it } from 'vitest';
import {
  isPlausibleBirthDate,
  isValidHkMacaoResidencePermit,
  isValidResidentId,
  isValidTaiwanResidencePermit,
  residentIdCheck,
} from './resident-id';

const today = new Date('2025-06-01T00:00:00Z');
const withCheck = (first17: string) => first17 + residentIdCheck(first17);

describe('isValidResidentId', () => {
  it('accepts the example of GB 11643-1999', () => {
    expect(isValidResidentId('11010519491231002X', today)).toBe(true);
  });

  it('accepts a number with a digit check character', () => {
    expect(isValidResidentId(withCheck('31011519900307123'), today)).toBe(true);
  });

  it('rejects a lower-case x check character (callers upper-case input first)', () => {
    expect(isValidResidentId('11010519491231002x', today)).toBe(false);
  });

  it('rejects the standard example with any single digit changed', () => {
    const id = '11010519491231002X';
    for (let i = 0; i < 17; i++) {
      const d = String((Number(id[i]) + 1) % 10);
      expect(isValidResidentId(id.slice(0, i) + d + id.slice(i + 1), today)).toBe(false);
    }
    expect(isValidResidentId('110105194912310021', today)).toBe(false);
  });

  it('rejects a birth date before 1900 even with a correct check (the standard’s 1880 example)', () => {
    expect(residentIdCheck('44052418800101001')).toBe('4');
    expect(isValidResidentId('440524188001010014', today)).toBe(false);
  });

  it('rejects impossible and future birth dates', () => {
    expect(isValidResidentId(withCheck('11010519900230123'), today)).toBe(false);
    expect(isValidResidentId(withCheck('11010519901301123'), today)).toBe(false);
    expect(isValidResidentId(withCheck('11010520250602123'), today)).toBe(false);
    expect(isValidResidentId(withCheck('11010520250601123'), today)).toBe(true);
    expect(isValidResidentId(withCheck('11010520000229123'), today)).toBe(true);
    expect(isValidResidentId(withCheck('11010519000229123'), today)).toBe(false);
  });

  it('rejects wrong lengths, 15-digit first-generation numbers and residence permits', () => {
    expect(isValidResidentId('110105491231002', today)).toBe(false);
    expect(isValidResidentId('11010519491231002X0', today)).toBe(false);
    expect(isValidResidentId(withCheck('81000019940823002'), today)).toBe(false);
  });
});

describe('isPlausibleBirthDate', () => {
  it('judges "today" by the calendar day in China', () => {
    // 2025-05-31T18:00Z is already 1 June in Shanghai.
    expect(isPlausibleBirthDate('20250601', new Date('2025-05-31T18:00:00Z'))).toBe(true);
    expect(isPlausibleBirthDate('20250601', new Date('2025-05-31T15:00:00Z'))).toBe(false);
  });
});

describe('residence permits for Hong Kong, Macao and Taiwan residents', () => {
  it('accepts HK (810000) and Macao (820000) numbers with a valid check character', () => {
    expect(isValidHkMacaoResidencePermit('810000199408230021', today)).toBe(true);
    expect(isValidHkMacaoResidencePermit('820000200009100032', today)).toBe(true);
  });

  it('accepts Taiwan (830000) numbers with a valid check character', () => {
    expect(isValidTaiwanResidencePermit('830000199201300022', today)).toBe(true);
  });

  it('rejects the wrong region prefix, a wrong check character or a bad date', () => {
    expect(isValidHkMacaoResidencePermit('830000199201300022', today)).toBe(false);
    expect(isValidTaiwanResidencePermit('810000199408230021', today)).toBe(false);
    expect(isValidHkMacaoResidencePermit('810000199408230022', today)).toBe(false);
    expect(isValidTaiwanResidencePermit(withCheck('83000019921301002'), today)).toBe(false);
    expect(isValidHkMacaoResidencePermit('11010519491231002X', today)).toBe(false);
  });
});
