import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  beijingDay,
  formatBeijingTime,
  formatBeijingTimeWithZone,
  fromBeijingTime,
  startOfBeijingDay,
} from './beijing-time';

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

describe('Beijing midnight, 16:00 UTC', () => {
  afterEach(() => vi.useRealTimers());

  it('turns the Beijing day at 16:00 UTC, not at UTC midnight', () => {
    expect(beijingDay(new Date('2025-11-04T15:59:59.999Z'))).toBe('2025-11-04');
    expect(beijingDay(new Date('2025-11-04T16:00:00.000Z'))).toBe('2025-11-05');
    expect(beijingDay(new Date('2025-11-05T00:00:00.000Z'))).toBe('2025-11-05');
    expect(beijingDay(new Date('2025-11-05T15:59:59.999Z'))).toBe('2025-11-05');
  });

  it("takes the new year in Beijing while it is still New Year's Eve in UTC", () => {
    expect(formatBeijingTime(new Date('2025-12-31T15:59:59Z'), 'YYYY')).toBe('2025');
    expect(formatBeijingTime(new Date('2025-12-31T16:00:00Z'), 'YYYY')).toBe('2026');
  });

  it('follows the clock: today in Beijing is tomorrow in UTC after 16:00', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-11-04T15:59:59Z'));
    expect(beijingDay(new Date())).toBe('2025-11-04');
    vi.setSystemTime(new Date('2025-11-04T16:00:00Z'));
    expect(beijingDay(new Date())).toBe('2025-11-05');
  });
});

describe('startOfBeijingDay', () => {
  it('is 16:00 UTC of the day before', () => {
    expect(startOfBeijingDay('2025-11-05')?.toISOString()).toBe('2025-11-04T16:00:00.000Z');
    expect(startOfBeijingDay('2026-01-01')?.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(startOfBeijingDay('2024-02-29')?.toISOString()).toBe('2024-02-28T16:00:00.000Z');
  });

  it('is the first instant whose Beijing day is that day', () => {
    const start = startOfBeijingDay('2025-11-05')!;
    expect(beijingDay(start)).toBe('2025-11-05');
    expect(beijingDay(new Date(start.getTime() - 1))).toBe('2025-11-04');
  });

  it('refuses text that is not a real yyyy-MM-dd day', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '2025-2-3', '20251105', '2025-11-05T00:00', ''])
      expect(startOfBeijingDay(bad)).toBeNull();
  });
});

describe('formatBeijingTimeWithZone', () => {
  it('states the zone after the Beijing wall-clock time, to the minute unless asked', () => {
    const at = new Date('2025-11-09T06:00:30Z');
    expect(formatBeijingTimeWithZone(at)).toBe('2025-11-09 14:00 (UTC+8)');
    expect(formatBeijingTimeWithZone(at, 'YYYY-MM-DD HH:mm:ss')).toBe(
      '2025-11-09 14:00:30 (UTC+8)',
    );
    expect(formatBeijingTimeWithZone(new Date('2025-11-08T16:30:00Z'))).toBe(
      '2025-11-09 00:30 (UTC+8)',
    );
  });
});
