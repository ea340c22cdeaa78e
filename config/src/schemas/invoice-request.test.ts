import { describe, expect, it } from 'vitest';
import { invoiceRequest, invoiceRequestRules } from './invoice-request';
import { checkInput, isRequiredField } from './message';

const ordinary = {
  kind: 'ordinary',
  title: '上海示例贸易有限公司',
  taxNumber: '91350100m000100y43 ',
  email: 'finance@example.com',
};
const check = (body: Record<string, unknown>, locked: string | null = null) =>
  checkInput(invoiceRequest(body.kind, locked), body);
const fieldsOf = (body: Record<string, unknown>, locked: string | null = null) => {
  const result = check(body, locked);
  return result.ok ? [] : result.problems.map((p) => `${p.field}:${p.code}`);
};

describe('invoice request (申请开票)', () => {
  it('accepts an ordinary request and normalizes the tax number', () => {
    const result = check(ordinary);
    expect(result.ok && result.value).toMatchObject({
      kind: 'ordinary',
      taxNumber: '91350100M000100Y43',
    });
    expect(result.ok && result.value.bank).toBeUndefined();
  });

  it('names every missing or malformed field at once, in Chinese and English', () => {
    const result = check({ kind: 'x', taxNumber: '123', mobile: '12' });
    expect(result.ok ? [] : result.problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'kind:required',
      'title:required',
      'taxNumber:invalidTaxNumber',
      'mobile:invalidMobile',
      'email:required',
    ]);
    expect(!result.ok && result.problems.every((p) => p.zh && p.en)).toBe(true);
  });

  it('requires address, phone, bank and account for a special invoice', () => {
    expect(fieldsOf({ ...ordinary, kind: 'special' })).toEqual([
      'address:requiredForSpecial',
      'phone:requiredForSpecial',
      'bank:requiredForSpecial',
      'bankAccount:requiredForSpecial',
    ]);
    const special = {
      ...ordinary,
      kind: 'special',
      address: '上海市浦东新区世纪大道 1 号',
      phone: '021-12345678',
      bank: '中国银行上海分行',
      bankAccount: '4563 5100 0000 1234',
    };
    const result = check(special);
    expect(result.ok && result.value.bankAccount).toBe('4563510000001234');
  });

  it('marks the bank fields required on the form only for a special invoice', () => {
    expect(isRequiredField(invoiceRequestRules('special').bank)).toBe(true);
    expect(isRequiredField(invoiceRequestRules('ordinary').bank)).toBe(false);
    expect(fieldsOf({ ...ordinary, phone: 'call me' })).toEqual(['phone:invalidPhone']);
  });

  it('fills in a locked title and refuses another one', () => {
    const locked = '付款单位有限公司';
    const result = check({ ...ordinary, title: undefined }, locked);
    expect(result.ok && result.value.title).toBe(locked);
    expect(fieldsOf(ordinary, locked)).toEqual(['title:titleLocked']);
    expect(fieldsOf({ ...ordinary, title: locked }, locked)).toEqual([]);
  });

  it('refuses a remark past 200 characters', () => {
    expect(fieldsOf({ ...ordinary, remarks: '备'.repeat(201) })).toEqual(['remarks:tooLong']);
  });
});
