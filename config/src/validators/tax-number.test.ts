import { describe, expect, it } from 'vitest';
import { isValidTaxNumber } from './tax-number';

describe('invoice tax number', () => {
  it('accepts a credit code with the right check character', () => {
    // The published example of GB 32100-2015 (Appendix): 91350100M000100Y43.
    expect(isValidTaxNumber('91350100M000100Y43')).toBe(true);
  });

  it('refuses an 18-character code whose check character is wrong', () => {
    expect(isValidTaxNumber('91350100M000100Y44')).toBe(false);
  });

  it('accepts the legacy 15-, 17- and 20-character taxpayer IDs by shape', () => {
    expect(isValidTaxNumber('310104132201234')).toBe(true);
    expect(isValidTaxNumber('31010419800101123')).toBe(true);
    expect(isValidTaxNumber('31010419800101123401')).toBe(true);
  });

  it('refuses other lengths, lower case and punctuation', () => {
    expect(isValidTaxNumber('12345')).toBe(false);
    expect(isValidTaxNumber('91350100m000100y43')).toBe(false);
    expect(isValidTaxNumber('310104-132201234')).toBe(false);
  });
});
