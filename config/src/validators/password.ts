/** Portal account passwords: at least 8 characters, with letters and digits. */
export const PASSWORD_MIN_LENGTH = 8;
/** Sign-in reads at most this many characters: a longer password could be set but never typed in. */
export const PASSWORD_MAX_LENGTH = 200;

export function isStrongPassword(value: string): boolean {
  return value.length >= PASSWORD_MIN_LENGTH && /[A-Za-z]/.test(value) && /\d/.test(value);
}
