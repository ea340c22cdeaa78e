import { describe, expect, it } from 'vitest';
import { formatFen, orderAmount, yuanToFen } from './fees';

describe('formatFen', () => {
  it('formats fen as yuan with two decimals', () => {
    expect(formatFen(20000, 'zh-CN')).toBe('¥200.00');
    expect(formatFen(5, 'en')).toBe('¥0.05');
    expect(formatFen(0)).toBe('¥0.00');
  });

  it('groups thousands', () => {
    expect(formatFen(123456789, 'en')).toBe('¥1,234,567.89');
    expect(formatFen(123456789, 'zh-CN')).toBe('¥1,234,567.89');
  });

  it('shows negative amounts with a leading minus', () => {
    expect(formatFen(-1050)).toBe('-¥10.50');
  });

  it('refuses amounts that are not whole fen', () => {
    expect(() => formatFen(1.5)).toThrow(TypeError);
  });
});

describe('orderAmount', () => {
  it('sums the line fees in fen', () => {
    expect(orderAmount([{ feeFen: 20000 }, { feeFen: 20000 }, { feeFen: 0 }])).toBe(40000);
  });

  it('is zero for an order without lines', () => {
    expect(orderAmount([])).toBe(0);
  });

  it('throws on a fee that is not an integer number of fen', () => {
    expect(() => orderAmount([{ feeFen: 200.5 }])).toThrow(TypeError);
    expect(() => orderAmount([{ feeFen: Number.NaN }])).toThrow(TypeError);
  });

  it('throws on a negative fee', () => {
    expect(() => orderAmount([{ feeFen: -100 }])).toThrow(RangeError);
  });
});

describe('yuanToFen', () => {
  it('converts typed yuan to fen exactly', () => {
    expect(yuanToFen('200')).toBe(20000);
    expect(yuanToFen('200.5')).toBe(20050);
    expect(yuanToFen(' 0.07 ')).toBe(7);
    expect(yuanToFen('19.99')).toBe(1999);
  });

  it('rejects text that is not an amount of yuan', () => {
    for (const bad of ['', '1.234', '-1', '1e3', 'abc', '.5']) expect(yuanToFen(bad)).toBeNull();
  });
});
