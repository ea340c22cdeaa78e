import { fieldError, invalidFields } from '../errors';

/**
 * A whole-number query parameter (`?edition=8`, `?page=2`): its value, `fallback` when absent,
 * and a field-level 400 when it is anything else — a bad number is the caller's mistake, never
 * silently replaced and never passed on to a query as NaN.
 */
export function wholeNumberParam(
  query: Record<string, unknown>,
  key: string,
  { fallback, max }: { fallback: number; max: number },
) {
  const value = query[key];
  if (value === undefined || value === '') return fallback;
  const n = typeof value === 'string' && /^\d{1,9}$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw invalidFields([
      fieldError(
        key,
        'invalidNumber',
        `${key} 应为 1 到 ${max} 的整数`,
        `${key} must be a whole number from 1 to ${max}`,
      ),
    ]);
  return n;
}
