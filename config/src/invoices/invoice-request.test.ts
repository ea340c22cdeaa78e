import { describe, expect, it } from 'vitest';
import { checkInvoiceRequest } from './invoice-request';

const ordinary = {
  kind: 'ordinary',
  title: '上海示例贸易有限公司',
  taxNumber: '91350100m000100y43 ',
  email: 'finance@example.com',
};
const fieldsOf = (body: Record<string, unknown>, locked: string | null = null) =>
  checkInvoiceRequest(body, locked).problems.map((p) => `${p.field}:${p.code}`);

describe('invoice request (申请开票)', () => {
  it('accepts an ordinary request and normalizes the tax number', () => {
    const { request, problems } = checkInvoiceRequest(ordinary);
    expect(problems).toEqual([]);
    expect(request).toMatchObject({
      kind: 'ordinary',
      taxNumber: '91350100M000100Y43',
      bank: null,
    });
  });

  it('names every missing or malformed field at once, in Chinese and English', () => {
    const { problems } = checkInvoiceRequest({ kind: 'x', taxNumber: '123', mobile: '12' });
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'kind:required',
      'title:required',
      'taxNumber:invalidTaxNumber',
      'mobile:invalidMobile',
      'email:required',
    ]);
    expect(problems.every((p) => p.zh && p.en)).toBe(true);
  });

  it('requires address, phone, bank and account for a special invoice', () => {
    expect(fieldsOf({ ...ordinary, kind: 'special' })).toEqual([
      'address:requiredForSpecial',
      'phone:requiredForSpecial',
      'bank:requiredForSpecial',
      'bankAccount:requiredForSpecial',
    ]);
    expect(
      fieldsOf({
        ...ordinary,
        kind: 'special',
        address: '上海市浦东新区世纪大道 1 号',
        phone: '021-12345678',
        bank: '中国银行上海分行',
        bankAccount: '4563 5100 0000 1234',
      }),
    ).toEqual([]);
  });

  it('fills in a locked title and refuses another one', () => {
    const locked = '付款单位有限公司';
    const { request } = checkInvoiceRequest({ ...ordinary, title: undefined }, locked);
    expect(request?.title).toBe(locked);
    expect(fieldsOf(ordinary, locked)).toEqual(['title:titleLocked']);
    expect(fieldsOf({ ...ordinary, title: locked }, locked)).toEqual([]);
  });
});
