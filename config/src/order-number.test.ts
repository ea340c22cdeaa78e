import { describe, expect, it } from 'vitest';
import { formatOrderNumber, isOrderNumber, orderNumberDate } from './order-number';

describe('formatOrderNumber', () => {
  it('reproduces the order number shown in the guide', () => {
    // 2020-05-12 23:03:13 in Shanghai is 15:03:13 UTC.
    const placed = new Date('2020-05-12T15:03:13Z');
    expect(formatOrderNumber(placed, 3594063001)).toBe('V202005122303133594063001');
  });

  it('uses China time, so a late UTC evening is already the next day', () => {
    expect(formatOrderNumber(new Date('2025-10-31T16:30:00Z'), 1)).toBe(
      'V202511010030000000000001',
    );
  });

  it('is always 25 characters with a zero-padded serial', () => {
    const n = formatOrderNumber(new Date('2025-01-02T03:04:05Z'), 42);
    expect(n).toHaveLength(25);
    expect(n.endsWith('0000000042')).toBe(true);
  });

  it('refuses serials that do not fit in 10 digits or are not integers', () => {
    const d = new Date();
    expect(() => formatOrderNumber(d, 10_000_000_000)).toThrow(RangeError);
    expect(() => formatOrderNumber(d, -1)).toThrow(RangeError);
    expect(() => formatOrderNumber(d, 1.5)).toThrow(RangeError);
    expect(() => formatOrderNumber(new Date(Number.NaN), 1)).toThrow(RangeError);
  });
});

describe('isOrderNumber', () => {
  it('accepts V followed by 24 digits', () => {
    expect(isOrderNumber('V202005122303133594063001')).toBe(true);
  });

  it('rejects other shapes', () => {
    for (const bad of [
      'v202005122303133594063001',
      'V20200512230313359406300',
      'V2020051223031335940630011',
      'X202005122303133594063001',
      'V20200512230313359406300A',
    ]) {
      expect(isOrderNumber(bad)).toBe(false);
    }
  });
});

describe('orderNumberDate', () => {
  it('reads back the moment the order was placed', () => {
    expect(orderNumberDate('V202005122303133594063001')?.toISOString()).toBe(
      '2020-05-12T15:03:13.000Z',
    );
  });

  it('is null for an impossible timestamp or a non-order number', () => {
    expect(orderNumberDate('V202013122303133594063001')).toBeNull();
    expect(orderNumberDate('nope')).toBeNull();
  });
});
