import { describe, expect, it } from 'vitest';
import { beijingDay, formatBeijingTime, fromBeijingTime } from './beijing-time';

describe('Beijing time', () => {
  it('shows an instant as Beijing wall-clock time, across the day line', () => {
    const at = new Date('2025-11-04T18:30:05Z');
    expect(formatBeijingTime(at, 'YYYY-MM-DD HH:mm:ss')).toBe('2025-11-05 02:30:05');
    expect(formatBeijingTime(at, 'YYYY-MM-DDTHH:mm:ssZ')).toBe('2025-11-05T02:30:05+08:00');
    expect(formatBeijingTime(at, 'YYYYMMDDHHmmss')).toBe('20251105023005');
    expect(beijingDay(at)).toBe('2025-11-05');
    expect(beijingDay(new Date('2025-11-04T15:59:59Z'))).toBe('2025-11-04');
  });

  it('reads a Beijing wall-clock time back to the same instant', () => {
    expect(fromBeijingTime(2025, 11, 5, 2, 30, 5)?.toISOString()).toBe('2025-11-04T18:30:05.000Z');
    expect(fromBeijingTime(2024, 2, 29)?.toISOString()).toBe('2024-02-28T16:00:00.000Z');
  });

  it('refuses parts that are not a real time instead of rolling them over', () => {
    expect(fromBeijingTime(2025, 13, 1)).toBeNull();
    expect(fromBeijingTime(2025, 2, 29)).toBeNull();
    expect(fromBeijingTime(2025, 1, 1, 24)).toBeNull();
    expect(fromBeijingTime(2025, 1, 1, 0, 60)).toBeNull();
    expect(fromBeijingTime(Number.NaN, 1, 1)).toBeNull();
  });

  it('refuses to format an invalid date', () => {
    expect(() => formatBeijingTime(new Date('x'), 'YYYY')).toThrow(RangeError);
  });
});
