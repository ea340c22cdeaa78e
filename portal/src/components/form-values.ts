import { yuanToFen } from '@pvis/config';
import dayjs from 'dayjs';

// What a form holds → what the cms takes, for the request schemas' rules and for sending.

/** Yuan as typed (number or string) → fen; unreadable input is kept for the rule to refuse. */
export const fenOfYuan = (yuan: unknown) =>
  yuan === undefined || yuan === null || yuan === ''
    ? undefined
    : (yuanToFen(String(yuan)) ?? yuan);

/** A picked date → `yyyy-MM-dd`. */
export const dayOfPicked = (day: unknown) => (dayjs.isDayjs(day) ? day.format('YYYY-MM-DD') : day);
