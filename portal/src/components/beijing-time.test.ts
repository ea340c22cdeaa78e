import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDateTimeSeconds, formatRange } from './beijing-time';

// The test process runs in UTC, so each case shows Beijing time and not the machine's zone.
describe('the portal shows times in Beijing time', () => {
  it('past Beijing midnight (16:00 UTC) shows the next day', () => {
    expect(formatDateTime('2025-11-04T16:30:00.000Z')).toBe('2025-11-05 00:30');
    expect(formatDateTimeSeconds('2025-11-04T16:30:05.000Z')).toBe('2025-11-05 00:30:05');
    expect(formatDate('2025-11-04T15:59:59.000Z')).toBe('2025-11-04');
    expect(formatDate('2025-11-04T16:00:00.000Z')).toBe('2025-11-05');
  });

  it('keeps a calendar day given without a time', () => {
    expect(formatDate('2025-11-05')).toBe('2025-11-05');
  });

  it('shows nothing for a missing or unreadable time', () => {
    for (const none of [null, undefined, '', 'not a time']) expect(formatDateTime(none)).toBe('');
  });

  it('leaves the end day out of a range within one Beijing day, even across UTC midnight', () => {
    expect(formatRange('2025-11-04T23:00:00Z', '2025-11-05T01:30:00Z')).toBe(
      '2025-11-05 07:00 – 09:30',
    );
    expect(formatRange('2025-11-04T15:00:00Z', '2025-11-04T17:00:00Z')).toBe(
      '2025-11-04 23:00 – 2025-11-05 01:00',
    );
    expect(formatRange('2025-11-04T15:00:00Z', null)).toBe('2025-11-04 23:00');
  });
});
