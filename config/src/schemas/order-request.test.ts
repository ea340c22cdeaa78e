import { describe, expect, it } from 'vitest';
import { ORDER_TERMS_VERSION, orderTerms } from '../order-terms';
import { checkInput } from './message';
import { ORDER_MAX_PERSONS, orderRequest } from './order-request';

const body = {
  personIds: ['p1', 'p2'],
  collectionMethod: 'express',
  expressAddressId: 'a1',
  termsAccepted: orderTerms.map((t) => t.code),
  idempotencyKey: 'key-12345678',
};
const check = (input: Record<string, unknown>) =>
  checkInput(orderRequest(input.collectionMethod), input);
const problemsOf = (input: Record<string, unknown>) => {
  const result = check(input);
  return result.ok ? [] : result.problems.map((p) => `${p.field}:${p.code}`);
};

describe('order request (提交办证)', () => {
  it('accepts ticked persons, an address for express and all five notices', () => {
    expect(check(body)).toMatchObject({ ok: true, value: { personIds: ['p1', 'p2'] } });
    expect(problemsOf({ ...body, termsAccepted: ORDER_TERMS_VERSION })).toEqual([]);
  });

  it('drops the address of a pick-up order', () => {
    const result = check({ ...body, collectionMethod: 'pickup' });
    expect(result.ok && result.value.expressAddressId).toBeUndefined();
  });

  it('refuses no persons, a person twice or more than the limit', () => {
    for (const personIds of [
      [],
      ['p1', 'p1'],
      'p1',
      Array.from({ length: ORDER_MAX_PERSONS + 1 }, (_, i) => `p${i}`),
    ]) {
      expect(problemsOf({ ...body, personIds })).toEqual(['personIds:required']);
    }
  });

  it('names every problem at once, counting the notices not ticked', () => {
    const result = check({ personIds: ['p1'], collectionMethod: 'express', termsAccepted: ['x'] });
    expect(result.ok ? [] : result.problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'expressAddressId:required',
      'termsAccepted:termsNotAccepted',
      'idempotencyKey:invalidIdempotencyKey',
    ]);
    expect(!result.ok && result.problems[1]).toMatchObject({
      zh: `请阅读并勾选全部系统提示（未勾选 ${orderTerms.length} 项）`,
      en: `Read and tick every notice (${orderTerms.length} not ticked)`,
    });
  });

  it('refuses an unknown collection method', () => {
    expect(problemsOf({ ...body, collectionMethod: 'drone' })).toEqual([
      'collectionMethod:required',
    ]);
  });
});
