import { describe, expect, it } from 'vitest';
import { confirmationProblem, passwordProblem, passwordWording } from '../validators/password';
import { newPassword, passwordConfirmation, verificationCode } from './account';
import { fieldProblem, isRequiredField } from './message';

const codeOf = (problem: ReturnType<typeof fieldProblem>) => problem?.code ?? null;

describe('a new password', () => {
  it('takes 8 characters or more with letters and digits', () => {
    expect(fieldProblem(newPassword, 'Strong2026')).toBeNull();
    expect(isRequiredField(newPassword)).toBe(true);
  });

  it('refuses a short one, one without digits and one without letters as weak', () => {
    for (const password of ['Ab1', 'OnlyLetters', '1234567890'])
      expect(codeOf(fieldProblem(newPassword, password))).toBe('weakPassword');
  });

  it('refuses one longer than sign-in reads, in zh and en', () => {
    expect(fieldProblem(newPassword, 'Strong2026'.padEnd(201, 'x'))).toEqual({
      field: 'data',
      code: 'passwordTooLong',
      zh: '密码最多200位',
      en: 'At most 200 characters',
    });
  });

  it('asks for a password left blank', () => {
    expect(codeOf(fieldProblem(newPassword, ''))).toBe('required');
  });
});

describe('the password typed again', () => {
  it('must equal the password', () => {
    expect(fieldProblem(passwordConfirmation('Strong2026'), 'Strong2026')).toBeNull();
    expect(codeOf(fieldProblem(passwordConfirmation('Strong2026'), 'Strong2027'))).toBe(
      'passwordMismatch',
    );
    expect(codeOf(fieldProblem(passwordConfirmation('Strong2026'), ''))).toBe('required');
  });
});

describe('a verification code', () => {
  it('has 6 digits, spaces around them ignored', () => {
    expect(fieldProblem(verificationCode, ' 012345 ')).toBeNull();
    expect(isRequiredField(verificationCode)).toBe(true);
  });

  it('refuses fewer or more digits and letters, in zh and en', () => {
    for (const code of ['12345', '1234567', '12345a'])
      expect(fieldProblem(verificationCode, code)).toEqual({
        field: 'data',
        code: 'invalidCode',
        zh: '验证码为 6 位数字',
        en: 'The code has 6 digits',
      });
  });
});

describe('the plain password check the light sign-in pages use', () => {
  const samples = [
    '',
    '   ',
    'Ab1',
    'OnlyLetters',
    '1234567890',
    'Strong2026',
    'Strong2026'.padEnd(201, 'x'),
    42,
  ];

  it('finds the same problem, in the same words, as the request schema', () => {
    for (const value of samples) {
      const fromSchema = fieldProblem(newPassword, value);
      const plain = passwordProblem(value);
      expect(codeOf(fromSchema), String(value)).toBe(plain);
      if (plain) expect(fromSchema).toMatchObject(passwordWording[plain]);
    }
  });

  it('checks the repeat the way the confirmation schema does', () => {
    const cases: [unknown, unknown][] = [
      ['', 'Strong2026'],
      ['Strong2027', 'Strong2026'],
      ['Strong2026', 'Strong2026'],
    ];
    for (const [repeat, password] of cases) {
      const fromSchema = fieldProblem(passwordConfirmation(password), repeat);
      const plain = confirmationProblem(repeat, password);
      expect(codeOf(fromSchema)).toBe(plain === 'confirmationRequired' ? 'required' : plain);
      if (plain) expect(fromSchema).toMatchObject(passwordWording[plain]);
    }
  });
});
