import { type FieldError, fieldError } from '../errors';

/**
 * PostgreSQL refuses U+0000 in text ("invalid byte sequence for encoding UTF8: 0x00"), so a
 * NUL anywhere in a request turned into a 500 wherever it reached a query. No field of this
 * system can hold one: refuse it at the door, naming the field.
 */
const NUL = '\u0000';

const nulError = (path: string) =>
  fieldError(
    path || 'body',
    'nulCharacter',
    '内容含有不允许的空字符（\\u0000）',
    'The value contains a NUL character (\\u0000), which is not allowed',
  );

/** Field errors for every string (and key) under `value` that holds a NUL; `path` names its root. */
export function nulByteErrors(value: unknown, path: string, found: FieldError[] = []) {
  if (found.length >= 10) return found;
  if (typeof value === 'string') {
    if (value.includes(NUL)) found.push(nulError(path));
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      nulByteErrors(item, `${path}.${index}`, found);
    });
  } else if (typeof value === 'object' && value !== null && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (key.includes(NUL)) found.push(nulError(at.split(NUL).join('')));
      else nulByteErrors(item, at, found);
    }
  }
  return found;
}

/** A request path with `%00` in it (an id segment): decoded the way the router decodes params. */
export function pathHasNul(path: string) {
  return /%00/.test(path) || path.includes(NUL);
}
