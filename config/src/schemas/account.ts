import { z } from 'zod';
import { isStrongPassword, PASSWORD_MAX_LENGTH, passwordWording } from '../validators/password';
import { required } from './fields';
import { bilingual } from './message';

const say = (code: keyof typeof passwordWording, as = code) =>
  bilingual(as, passwordWording[code].zh, passwordWording[code].en);

/**
 * The password a portal account is given (registration, reset, change, joining colleagues):
 * at least 8 characters with letters and digits, and no longer than sign-in reads.
 * Taken as typed: spaces are part of a password. The words are `passwordWording`.
 */
export const newPassword = required(
  z
    .string(say('weakPassword'))
    .max(PASSWORD_MAX_LENGTH, say('passwordTooLong'))
    .refine(isStrongPassword, say('weakPassword')),
  passwordWording.required.zh,
  passwordWording.required.en,
);

/** The password typed again: it must equal `password`. */
export const passwordConfirmation = (password: unknown) =>
  required(
    z
      .string(say('passwordMismatch'))
      .refine((value) => value === password, say('passwordMismatch')),
    passwordWording.confirmationRequired.zh,
    passwordWording.confirmationRequired.en,
  );

/** How many digits the verification codes sent by SMS or email have. */
export const VERIFICATION_CODE_DIGITS = 6;

const codeShape = bilingual(
  'invalidCode',
  `验证码为 ${VERIFICATION_CODE_DIGITS} 位数字`,
  `The code has ${VERIFICATION_CODE_DIGITS} digits`,
);

/** A verification code as typed: the digits sent, spaces around them ignored. */
export const verificationCode = required(
  z
    .string(codeShape)
    .trim()
    .regex(new RegExp(`^\\d{${VERIFICATION_CODE_DIGITS}}$`), codeShape),
  '请输入验证码',
  'Enter the verification code',
);
