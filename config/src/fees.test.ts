import { describe, expect, it } from 'vitest';
import { orderAmount } from './fees';

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
