import { z } from 'zod';
import { isStrongPassword, PASSWORD_MAX_LENGTH } from '../validators/password';
import { required } from './fields';
import { bilingual } from './message';

const weakPassword = bilingual(
  'weakPassword',
  '密码至少8位，且须同时包含字母和数字',
  'At least 8 characters with letters and digits',
);

/**
 * The password a portal account is given (registration, reset, change, joining colleagues):
 * at least 8 characters with letters and digits, and no longer than sign-in reads.
 * Taken as typed: spaces are part of a password.
 */
export const newPassword = required(
  z
    .string(weakPassword)
    .max(
      PASSWORD_MAX_LENGTH,
      bilingual(
        'passwordTooLong',
        `密码最多${PASSWORD_MAX_LENGTH}位`,
        `At most ${PASSWORD_MAX_LENGTH} characters`,
      ),
    )
    .refine(isStrongPassword, weakPassword),
  '请输入密码',
  'Enter the password',
);

const mismatch = bilingual(
  'passwordMismatch',
  '两次输入的密码不一致',
  'The passwords do not match',
);

/** The password typed again: it must equal `password`. */
export const passwordConfirmation = (password: unknown) =>
  required(
    z.string(mismatch).refine((value) => value === password, mismatch),
    '请再次输入密码',
    'Enter the password again',
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
