import { type FieldError, fieldError } from '../errors';

/**
 * A field the route does not take (a money or status field such as `amountFen` or
 * `orderStatus`, or a typo) is refused by name, as the generic writes refuse fields a role may
 * not set (access/scoped-controller.ts), instead of being dropped silently.
 */
export const unknownFieldErrors = (
  body: Record<string, unknown>,
  known: readonly string[],
): FieldError[] =>
  Object.keys(body)
    .filter((key) => !known.includes(key))
    .map((key) =>
      fieldError(
        key,
        'fieldNotWritable',
        `不能修改此字段：${key}`,
        `This field cannot be set here: ${key}`,
      ),
    );
