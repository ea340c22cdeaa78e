// Every time the portal shows is Beijing time, wherever the browser is: the expo, its deadlines
// and its office hours run on it. One formatter, so a screen never shows the browser's zone.
// One parameter each, so they can be handed to a table column's `render` as they are.
import { formatBeijingTime } from '@pvis/config';

type Instant = string | Date | null | undefined;

const inBeijing = (value: Instant, pattern: string): string => {
  const at = value ? new Date(value) : null;
  return at && !Number.isNaN(at.getTime()) ? formatBeijingTime(at, pattern) : '';
};

/** `2025-11-05 14:30` in Beijing time; '' when there is no time. */
export const formatDateTime = (value: Instant) => inBeijing(value, 'YYYY-MM-DD HH:mm');

/** `2025-11-05 14:30:05` in Beijing time, for logs read to the second. */
export const formatDateTimeSeconds = (value: Instant) => inBeijing(value, 'YYYY-MM-DD HH:mm:ss');

/** `2025-11-05`, the Beijing calendar day. */
export const formatDate = (value: Instant) => inBeijing(value, 'YYYY-MM-DD');

/** `2025-11-05 09:00 – 11:30`, the end's day left out when it is the start's. */
export const formatRange = (start: Instant, end: Instant): string => {
  if (!start) return '';
  if (!end) return formatDateTime(start);
  const sameDay = formatDate(start) === formatDate(end);
  return `${formatDateTime(start)} – ${sameDay ? inBeijing(end, 'HH:mm') : formatDateTime(end)}`;
};
