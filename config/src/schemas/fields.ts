import { z } from 'zod';
import { isValidEmail, isValidMobileFor, normaliseMobile } from '../validators/contact';
import { bilingual } from './message';

// Building blocks of the request schemas. A form sends '' for an empty input and a draft sends
// null to clear a field: both count as "not given", so cms and portal agree on what is blank.

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && !value.trim());

const blankAsMissing = (value: unknown) => (isBlank(value) ? undefined : value);

/** What a field that may be left empty accepts: blank as undefined, anything else checked. */
export const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess(blankAsMissing, schema.optional());

// What a pipe after `z.unknown().refine(...)` may take: any value but undefined.
type Given = NonNullable<unknown> | null;

/**
 * The field must be given (blank answers `code`, `required` unless told, with the message);
 * then `schema` checks it.
 */
export const required = <S extends z.ZodType<unknown, Given>>(
  schema: S,
  zh: string,
  en: string,
  code = 'required',
) =>
  z.preprocess(
    blankAsMissing,
    z
      .unknown()
      .refine((value) => value !== undefined, { ...bilingual(code, zh, en), abort: true })
      .pipe(schema),
  );

/** Trimmed text of at most `max` characters; `label` names it in the message. */
export const text = (max: number, label: { zh: string; en: string }) =>
  z
    .string(bilingual('invalidType', `${label.zh}须为文本`, `${label.en} must be text`))
    .trim()
    .max(
      max,
      bilingual(
        'tooLong',
        `${label.zh}最多 ${max} 个字符`,
        `${label.en}: at most ${max} characters`,
      ),
    );

/** An email address, lower-cased; `max` below the 254 an address may have at most. */
export const emailAddress = (max = 254) =>
  z
    .string(bilingual('invalidEmail', '电子邮箱格式不正确', 'Invalid email address'))
    .trim()
    .toLowerCase()
    .max(
      max,
      bilingual('tooLong', `电子邮箱最多 ${max} 个字符`, `Email: at most ${max} characters`),
    )
    .refine(isValidEmail, bilingual('invalidEmail', '电子邮箱格式不正确', 'Invalid email address'));

/**
 * A mobile number by the one rule (isValidMobileFor), stored normalised: mainland numbers as
 * 11 digits, others in E.164. Domestic holders are told it must be a mainland number.
 */
export const mobileNumber = (mayBeInternational: boolean) =>
  z
    .string(bilingual('invalidMobile', '手机号码格式不正确', 'Invalid mobile number'))
    .transform(normaliseMobile)
    .refine(
      (value) => isValidMobileFor(value, mayBeInternational),
      mayBeInternational
        ? bilingual(
            'invalidMobile',
            '手机号码格式不正确（境外号码请以 + 和国家或地区代码开头）',
            'Invalid mobile number (an overseas number starts with + and the country code)',
          )
        : bilingual('invalidMobile', '手机号码格式不正确', 'Invalid mobile number'),
    );
