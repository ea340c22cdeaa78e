import { describe, expect, it } from 'vitest';
import { codes, idTypes } from '../vocabularies';
import { validateIdNumber } from './id-number';

describe('validateIdNumber', () => {
  it('returns null for a valid number of each ID type', () => {
    const valid = {
      residentId: '11010519491231002X',
      hkMacaoPermit: 'H12345678',
      taiwanPermit: '12345678',
      hkMacaoResidencePermit: '810000199408230021',
      taiwanResidencePermit: '830000199201300022',
      passport: 'E12345678',
      foreignPermanentResidentId: 'USA310085080112',
    } as const;
    for (const type of codes(idTypes)) expect(validateIdNumber(type, valid[type])).toBeNull();
  });

  it('explains an invalid number in both languages with a code', () => {
    expect(validateIdNumber('residentId', '11010519491231002Y')).toMatchObject({
      code: 'invalidResidentId',
      zh: expect.stringContaining('居民身份证'),
      en: expect.stringContaining('resident ID'),
    });
  });

  it('asks for a number when it is empty', () => {
    expect(validateIdNumber('passport', '')?.code).toBe('idNumberRequired');
  });

  it('refuses a number of another type', () => {
    expect(validateIdNumber('taiwanPermit', 'H12345678')?.code).toBe('invalidTaiwanPermit');
  });

  it('reports an unknown ID type instead of throwing', () => {
    expect(validateIdNumber('driverLicence' as never, 'X1')?.code).toBe('unknownIdType');
    expect(validateIdNumber('toString' as never, 'X1')?.code).toBe('unknownIdType');
  });
});
