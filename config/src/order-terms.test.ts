import { describe, expect, it } from 'vitest';
import { missingOrderTerms, orderTerms } from './order-terms';

describe('order terms', () => {
  it('are the five notices, each in Chinese and English', () => {
    expect(orderTerms).toHaveLength(5);
    for (const term of orderTerms) expect(term.zh && term.en).toBeTruthy();
  });

  it('name the ones not ticked', () => {
    expect(missingOrderTerms(orderTerms.map((t) => t.code))).toEqual([]);
    expect(missingOrderTerms(['accuracy', 'realName'])).toEqual([
      'noPersonalRefund',
      'exchangeRate',
      'oneInvoice',
    ]);
    expect(missingOrderTerms(undefined)).toHaveLength(5);
  });
});
