import { describe, expect, it } from 'vitest';
import { formatFen, yuanDecimal, yuanNumber, yuanToFen } from './money';

describe('formatFen, money as people read it', () => {
  it('shows fen as yuan with the yuan sign and two decimals', () => {
    expect(formatFen(20000)).toBe('¥200.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(1050)).toBe('¥10.50');
  });

  it('shows zero as ¥0.00', () => {
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(-0)).toBe('¥0.00');
  });

  it('groups thousands with commas, large amounts included', () => {
    expect(formatFen(99_999)).toBe('¥999.99');
    expect(formatFen(100_000)).toBe('¥1,000.00');
    expect(formatFen(123_456_789)).toBe('¥1,234,567.89');
    expect(formatFen(Number.MAX_SAFE_INTEGER)).toBe('¥90,071,992,547,409.91');
  });

  it('puts the minus before the yuan sign (refunds, red-letter invoices)', () => {
    expect(formatFen(-1050)).toBe('-¥10.50');
    expect(formatFen(-7)).toBe('-¥0.07');
    expect(formatFen(-123_456_789)).toBe('-¥1,234,567.89');
  });

  it('refuses amounts that are not whole fen', () => {
    expect(() => formatFen(1.5)).toThrow(TypeError);
    expect(() => formatFen(Number.NaN)).toThrow(TypeError);
    expect(() => formatFen(Number.MAX_SAFE_INTEGER + 1)).toThrow(TypeError);
  });
});

describe('yuanDecimal, yuan for invoice cells and gateways', () => {
  it('writes two decimals without sign or grouping', () => {
    expect(yuanDecimal(7)).toBe('0.07');
    expect(yuanDecimal(0)).toBe('0.00');
    expect(yuanDecimal(30_007)).toBe('300.07');
    expect(yuanDecimal(123_456_789)).toBe('1234567.89');
  });

  it('keeps a leading minus on negative amounts', () => {
    expect(yuanDecimal(-20_000)).toBe('-200.00');
    expect(yuanDecimal(-5)).toBe('-0.05');
  });

  it('refuses amounts that are not whole fen', () => {
    expect(() => yuanDecimal(0.5)).toThrow(TypeError);
  });
});

describe('yuanNumber, yuan for spreadsheet cells', () => {
  it('is the amount in yuan, exact to the fen when written back with two decimals', () => {
    expect(yuanNumber(20_050)).toBe(200.5);
    expect(yuanNumber(-350)).toBe(-3.5);
    expect(yuanNumber(0)).toBe(0);
    expect(yuanNumber(1_999).toFixed(2)).toBe('19.99');
  });

  it('refuses amounts that are not whole fen', () => {
    expect(() => yuanNumber(1.5)).toThrow(TypeError);
  });
});

describe('yuanToFen', () => {
  it('converts typed yuan to fen exactly', () => {
    expect(yuanToFen('200')).toBe(20000);
    expect(yuanToFen('200.5')).toBe(20050);
    expect(yuanToFen(' 0.07 ')).toBe(7);
    expect(yuanToFen('19.99')).toBe(1999);
  });

  it('reads back what yuanDecimal writes', () => {
    for (const fen of [0, 7, 1999, 123_456_789]) expect(yuanToFen(yuanDecimal(fen))).toBe(fen);
  });

  it('rejects text that is not an amount of yuan', () => {
    for (const bad of ['', '1.234', '-1', '1e3', 'abc', '.5']) expect(yuanToFen(bad)).toBeNull();
  });
});
