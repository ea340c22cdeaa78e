import dayjs from 'dayjs';

export const formatDateTime = (value: string | null | undefined): string =>
  value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '';

export const formatDate = (value: string | null | undefined): string =>
  value ? dayjs(value).format('YYYY-MM-DD') : '';

export const formatRange = (
  start: string | null | undefined,
  end: string | null | undefined,
): string => {
  if (!start) return '';
  if (!end) return formatDateTime(start);
  const sameDay = dayjs(start).isSame(dayjs(end), 'day');
  return `${formatDateTime(start)} – ${sameDay ? dayjs(end).format('HH:mm') : formatDateTime(end)}`;
};
