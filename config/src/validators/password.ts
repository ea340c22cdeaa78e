/** Portal account passwords: at least 8 characters, with letters and digits. */
export const PASSWORD_MIN_LENGTH = 8;
/** Sign-in reads at most this many characters: a longer password could be set but never typed in. */
export const PASSWORD_MAX_LENGTH = 200;

export function isStrongPassword(value: string): boolean {
  return value.length >= PASSWORD_MIN_LENGTH && /[A-Za-z]/.test(value) && /\d/.test(value);
}

/**
 * What a new password and its repeat are told, by problem code. The request schema
 * (schemas/account.ts) and the portal's light sign-in pages, which load no schema library,
 * both say these words.
 */
export const passwordWording = {
  required: { zh: '请输入密码', en: 'Enter the password' },
  weakPassword: {
    zh: '密码至少8位，且须同时包含字母和数字',
    en: 'At least 8 characters with letters and digits',
  },
  passwordTooLong: {
    zh: `密码最多${PASSWORD_MAX_LENGTH}位`,
    en: `At most ${PASSWORD_MAX_LENGTH} characters`,
  },
  confirmationRequired: { zh: '请再次输入密码', en: 'Enter the password again' },
  passwordMismatch: { zh: '两次输入的密码不一致', en: 'The passwords do not match' },
} as const;
export type PasswordProblem = keyof typeof passwordWording;

// Blank (nothing, or only spaces) is a missing field, as in every request schema.
const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && !value.trim());

/** The first problem of a new password as typed (spaces inside are part of it), or null. */
export function passwordProblem(value: unknown): PasswordProblem | null {
  if (isBlank(value)) return 'required';
  if (typeof value !== 'string') return 'weakPassword';
  if (value.length > PASSWORD_MAX_LENGTH) return 'passwordTooLong';
  return isStrongPassword(value) ? null : 'weakPassword';
}

/** The first problem of the password typed again, or null. */
export function confirmationProblem(value: unknown, password: unknown): PasswordProblem | null {
  if (isBlank(value)) return 'confirmationRequired';
  return value === password ? null : 'passwordMismatch';
}
