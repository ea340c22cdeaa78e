import { fieldError, invalidFields } from '../errors';

/**
 * A text query parameter (`?name=张`, `?idNumber=…`): its trimmed value, undefined when absent or
 * blank, and a field-level 400 when it is anything else — `?name[]=a&name[]=b` or a megabyte of
 * text is the caller's mistake, never a filter silently dropped (a wider list than asked for).
 */
export function textParam(query: Record<string, unknown>, key: string, maxLength = 200) {
  const value = query[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > maxLength)
    throw invalidFields([
      fieldError(
        key,
        'invalidText',
        `${key} 应为不超过 ${maxLength} 个字符的文字`,
        `${key} must be text of at most ${maxLength} characters`,
      ),
    ]);
  return value.trim() || undefined;
}
