import { z } from 'zod';
import { beijingDay } from '../beijing-time';
import { isCalendarDay } from '../validators/calendar-day';
import { isValidMobile } from '../validators/contact';
import { bilingual } from './message';

// Building blocks of the order, address, remittance, invoice and refund requests, beside the
// registration ones in fields.ts.

/** Text that must be given, trimmed, at most `max` characters: one message for all three. */
export const givenText = (max: number, message: { error: string }) =>
  z.string(message).trim().min(1, message).max(max, message);

/**
 * A mainland mobile (11 digits), trimmed: express couriers and invoice notices reach only
 * mainland numbers (unlike a liaison's, which may be abroad: mobileNumber).
 */
export const mainlandMobile = () =>
  z
    .string(bilingual('invalidMobile', '手机号码格式不正确', 'Invalid mobile number'))
    .trim()
    .refine(
      isValidMobile,
      bilingual('invalidMobile', '手机号码格式不正确', 'Invalid mobile number'),
    );

/** A day something happened (remitted, refunded): a real day, today in Beijing or earlier. */
export const dayNotAfterToday = (now: Date, message: { code: string; zh: string; en: string }) =>
  z
    .string(bilingual(message.code, message.zh, message.en))
    .trim()
    .refine(
      (day) => isCalendarDay(day) && day <= beijingDay(now),
      bilingual(message.code, message.zh, message.en),
    );

/**
 * A form value checked by a request schema after the form's own conversion (yuan typed, fen
 * sent; a picked date, a yyyy-MM-dd sent), so the form shows the cms's rule and message.
 */
export const convertedFrom = <S extends z.ZodType>(
  convert: (value: unknown) => unknown,
  schema: S,
) => z.preprocess(convert, schema);
