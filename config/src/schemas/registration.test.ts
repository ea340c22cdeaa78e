import { describe, expect, it } from 'vitest';
import { checkInput, fieldProblem, isRequiredField } from './message';
import { registrationRequest, registrationRules, registrationVerification } from './registration';

const overseas = {
  category: 'overseasEnterprise',
  mobile: '+44 7911 123456',
  email: 'Liaison@Example.co.uk ',
};

describe('registration request', () => {
  it('accepts an overseas liaison with a UK number and stores it in E.164', () => {
    const result = checkInput(registrationRequest(overseas.category), overseas);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        category: 'overseasEnterprise',
        mobile: '+447911123456',
        email: 'liaison@example.co.uk',
      }),
    });
  });

  it('stores a mainland number typed with +86 and spaces as its 11 digits', () => {
    const result = checkInput(registrationRequest(overseas.category), {
      ...overseas,
      mobile: '+86 138 0013 8000',
    });
    expect(result.ok && result.value.mobile).toBe('13800138000');
  });

  it('refuses an international number for a domestic organization, in zh and en', () => {
    const problem = fieldProblem(registrationRules('domesticEnterprise').mobile, '+447911123456');
    expect(problem).toEqual({
      field: 'data',
      code: 'invalidMobile',
      zh: '手机号码格式不正确',
      en: 'Invalid mobile number',
    });
  });

  it('refuses a number no country uses, and says overseas numbers start with +', () => {
    const result = checkInput(registrationRequest(overseas.category), {
      ...overseas,
      mobile: '+44 791112345',
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        expect.objectContaining({ field: 'mobile', code: 'invalidMobile' }),
      ]);
    if (!result.ok) expect(result.problems[0]?.en).toMatch(/starts with \+/);
  });

  it('reports every bad field at once, blanks as required', () => {
    const result = checkInput(registrationRequest('domesticEnterprise'), {
      category: 'domesticEnterprise',
      mobile: ' ',
      creditCode: '91310000000000000X',
      email: 'not-an-email',
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => `${p.field}:${p.code}`)).toEqual([
        'mobile:required',
        'creditCode:invalidCreditCode',
        'email:invalidEmail',
      ]);
  });

  it('marks the credit code required only for domestic organizations', () => {
    expect(isRequiredField(registrationRules('domesticEnterprise').creditCode)).toBe(true);
    expect(isRequiredField(registrationRules('overseasEnterprise').creditCode)).toBe(false);
  });

  it('verifies a mainland mobile by SMS and a number abroad by an email code', () => {
    expect(registrationVerification('13800138000')).toMatchObject({ channel: 'sms' });
    expect(registrationVerification('+447911123456')).toMatchObject({
      channel: 'email',
      field: 'emailCode',
    });
  });
});
