// Beijing time (docs/architecture.md): the one place that turns instants into the expo's wall-clock time
// and back. Asia/Shanghai via dayjs's timezone plugin; nobody adds 8 hours by hand.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

export const BEIJING_ZONE = 'Asia/Shanghai';

/** `date` as Beijing wall-clock time in a dayjs pattern, e.g. `YYYY-MM-DD HH:mm:ss`. */
export function formatBeijingTime(date: Date, pattern: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('invalid date');
  return dayjs(date).tz(BEIJING_ZONE).format(pattern);
}

/** The Beijing calendar day of `date`, `YYYY-MM-DD`. */
export const beijingDay = (date: Date) => formatBeijingTime(date, 'YYYY-MM-DD');

/**
 * `2025-11-09 14:00 (UTC+8)`: a time as mails and receipts state it to people who may read them
 * anywhere, so the zone is spelled out.
 */
export const formatBeijingTimeWithZone = (date: Date, pattern = 'YYYY-MM-DD HH:mm') =>
  `${formatBeijingTime(date, pattern)} (UTC+8)`;

/**
 * The instant of a Beijing wall-clock time given as its parts (month 1–12); null when the parts
 * are not a real time (month 13, 31 February), which plain date arithmetic would roll over.
 */
export function fromBeijingTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date | null {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  if (![year, month, day, hour, minute, second].every(Number.isInteger)) return null;
  const wall = `${pad(year, 4)}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}:${pad(second)}`;
  const parsed = dayjs.tz(wall, BEIJING_ZONE);
  if (!parsed.isValid()) return null;
  const date = parsed.toDate();
  return formatBeijingTime(date, 'YYYY-MM-DD HH:mm:ss') === wall ? date : null;
}

/**
 * The instant a Beijing calendar day (`YYYY-MM-DD`) begins, 16:00 UTC the day before; null when
 * the text is not a real day (`2025-02-30`, `2025-2-3`).
 */
export function startOfBeijingDay(day: string): Date | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return parts ? fromBeijingTime(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null;
}
