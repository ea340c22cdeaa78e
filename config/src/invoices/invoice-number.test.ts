import { describe, expect, it } from 'vitest';
import { INVOICE_NUMBER_LENGTH, invoiceNumber } from './invoice-number';

describe('数电 invoice number', () => {
  it('is year, province, channel and a 15-digit serial: 20 digits', () => {
    const number = invoiceNumber(42, new Date('2025-11-06T02:00:00Z'));
    expect(number).toBe('25311000000000000042');
    expect(number).toHaveLength(INVOICE_NUMBER_LENGTH);
  });

  it('takes the year in China time (UTC+8) at New Year', () => {
    expect(invoiceNumber(1, new Date('2025-12-31T16:30:00Z')).slice(0, 2)).toBe('26');
  });

  it('refuses a serial that does not fit 15 digits', () => {
    expect(() => invoiceNumber(10 ** 15, new Date())).toThrow(RangeError);
    expect(() => invoiceNumber(0, new Date())).toThrow(RangeError);
  });
});
