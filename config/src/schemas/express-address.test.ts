import { describe, expect, it } from 'vitest';
import { expressAddressRequest, expressAddressUpdate } from './express-address';
import { checkInput, type InputSchema } from './message';

const address = {
  street: '世纪大道 100 号',
  recipient: '王敏',
  mobile: '13800138000',
  postcode: '200120',
};
const problemsOf = (schema: InputSchema, input: Record<string, unknown>) => {
  const result = checkInput(schema, input);
  return result.ok ? [] : result.problems.map((p) => `${p.field}:${p.code}`);
};

describe('express address (证件快递常用地址)', () => {
  it('accepts a mainland address', () => {
    expect(problemsOf(expressAddressRequest, address)).toEqual([]);
  });

  it('requires every field of a new address', () => {
    expect(problemsOf(expressAddressRequest, { street: ' ' })).toEqual([
      'street:required',
      'recipient:required',
      'mobile:required',
      'postcode:required',
    ]);
  });

  it('checks only the fields an edit sends, and refuses emptying one', () => {
    expect(problemsOf(expressAddressUpdate, { recipient: '李娜' })).toEqual([]);
    expect(problemsOf(expressAddressUpdate, { recipient: '', postcode: null })).toEqual([
      'recipient:required',
      'postcode:required',
    ]);
  });

  it('keeps the courier in the mainland: an overseas mobile is refused', () => {
    expect(problemsOf(expressAddressRequest, { ...address, mobile: '+447911123456' })).toEqual([
      'mobile:invalidMobile',
    ]);
  });

  it('refuses a 5-digit postcode and a street past 200 characters', () => {
    expect(
      problemsOf(expressAddressRequest, {
        ...address,
        postcode: '20012',
        street: '路'.repeat(201),
      }),
    ).toEqual(['street:tooLong', 'postcode:invalidPostcode']);
  });
});
