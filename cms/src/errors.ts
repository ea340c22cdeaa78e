import { createRequire } from 'node:module';
import { errors } from '@strapi/utils';

/**
 * A field-level error in both languages. `path` follows Strapi's validation errors so the
 * portal's data provider maps ours and Strapi's own the same way.
 */
export interface FieldError {
  path: string[];
  code: string;
  message: string;
  zh: string;
  en: string;
}

export const fieldError = (field: string, code: string, zh: string, en: string): FieldError => ({
  path: field.split('.'),
  code,
  message: en,
  zh,
  en,
});

/** 400 with every field error at once, so a form can mark all of them. */
export const invalidFields = (fieldErrors: FieldError[]) =>
  new errors.ValidationError(
    fieldErrors.length === 1 ? fieldErrors[0].en : `${fieldErrors.length} fields are invalid`,
    { errors: fieldErrors },
  );

/** A foreign or missing record: the same answer, so ids cannot be probed. */
export const notFound = () => new errors.NotFoundError('Not Found');

/** PostgreSQL refused a row: a unique index (23505) or one of our limit triggers (23514). */
export const isConstraintViolation = (
  error: unknown,
): error is { code: string; constraint?: string } =>
  typeof error === 'object' &&
  error !== null &&
  ['23505', '23514'].includes(String((error as { code?: unknown }).code));

/** Constraints whose refusal says more than "limit reached" / "already exists". */
const constraintMessages: Record<string, { zh: string; en: string }> = {
  express_addresses__organizationRef__limit: {
    zh: '每个单位最多保存 5 个常用地址',
    en: 'An organization keeps at most 5 express addresses',
  },
};

/** Our constraints are named `<table>__<field>__unique|limit` (database/constraints). */
export function constraintError(error: { code: string; constraint?: string }) {
  const match = /__([a-zA-Z]+)__(unique|limit)$/.exec(error.constraint ?? '');
  const field = match?.[1] ?? 'data';
  const known = constraintMessages[error.constraint ?? ''];
  if (known)
    return conflict([
      fieldError(field, match?.[2] === 'limit' ? 'limitReached' : 'duplicate', known.zh, known.en),
    ]);
  return match?.[2] === 'limit'
    ? conflict([
        fieldError(
          field,
          'limitReached',
          '已达到数量上限',
          'The limit for this record has been reached',
        ),
      ])
    : conflict([
        fieldError(field, 'duplicate', '该记录已存在，不能重复提交', 'This record already exists'),
      ]);
}

// Strapi's error middleware answers an http-errors error with its own status and details only
// when it is an instance of the copy @strapi/utils uses, so we create ours with that copy.
const createError: typeof import('http-errors') = createRequire(require.resolve('@strapi/utils'))(
  'http-errors',
);

const withFields = (status: number, fieldErrors: FieldError[]) =>
  createError(status, fieldErrors[0]?.en ?? 'Error', { details: { errors: fieldErrors } });

/** 409: the request was fine but the record's state or an existing row forbids it. */
export const conflict = (fieldErrors: FieldError[]) => withFields(409, fieldErrors);

/** 410: a link that was valid once (expired, used). */
export const gone = (fieldErrors: FieldError[]) => withFields(410, fieldErrors);

/** 502: a payment gateway did not answer, or answered something we cannot believe. */
export const badGateway = (fieldErrors: FieldError[]) => withFields(502, fieldErrors);
