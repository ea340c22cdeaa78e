import { errors } from '@strapi/utils';

/**
 * Strapi's own attribute validation (a string past its column's 255 characters, a wrong type)
 * answers field errors in English only, with the whole refused value echoed back (100 kB of
 * it). Give them a code and the Chinese message ours carry (errors.ts), and drop the echo.
 */
const KNOWN: [RegExp, string, (m: RegExpExecArray) => string][] = [
  [/must be at most (\d+) characters/, 'tooLong', (m) => `最多 ${m[1]} 个字符`],
  [/must be at least (\d+) characters/, 'tooShort', (m) => `至少 ${m[1]} 个字符`],
  [/must be less than or equal to (\S+)/, 'tooLarge', (m) => `不能大于 ${m[1]}`],
  [/must be greater than or equal to (\S+)/, 'tooSmall', (m) => `不能小于 ${m[1]}`],
  [/must be a `?(\w+)`? type/, 'wrongType', () => '类型不正确'],
];

interface StrapiFieldError {
  path?: string[];
  message?: string;
  zh?: string;
  value?: unknown;
}

export function bilingualValidation(error: unknown) {
  if (!(error instanceof errors.ValidationError)) return error;
  const list = (error.details as { errors?: StrapiFieldError[] } | undefined)?.errors;
  if (!Array.isArray(list)) return error;
  for (const entry of list) {
    if (entry.zh !== undefined || typeof entry.message !== 'string') continue;
    const known = KNOWN.map(([pattern, code, zh]) => {
      const match = pattern.exec(entry.message as string);
      return match ? { code, zh: zh(match) } : undefined;
    }).find(Boolean);
    Object.assign(entry, {
      code: known?.code ?? 'invalid',
      zh: `${(entry.path ?? []).join('.') || '内容'}：${known?.zh ?? '格式不正确'}`,
      en: entry.message,
    });
    delete entry.value;
  }
  return error;
}
