import { describe, expect, it } from 'vitest';
import { allowedActions } from './machine';
import { refundMachine as m } from './refund';
import { checkTransitions } from './test-support';

describe('refund lifecycle', () => {
  checkTransitions(
    m,
    [
      { from: 'requested', action: 'submit', actor: 'finance', to: 'processing' },
      { from: 'processing', action: 'succeed', actor: 'system', to: 'succeeded' },
      { from: 'processing', action: 'fail', actor: 'system', to: 'failed' },
      { from: 'failed', action: 'succeed', actor: 'system', to: 'succeeded' },
      { from: 'failed', action: 'retry', actor: 'finance', to: 'processing' },
      {
        from: 'processing',
        action: 'recordBankRefund',
        actor: 'finance',
        ctx: { paymentMethod: 'bankTransfer' },
        to: 'succeeded',
      },
    ],
    [
      { from: 'processing', action: 'submit', actor: 'finance', code: 'notAllowedFromState' },
      { from: 'requested', action: 'submit', actor: 'liaison', code: 'actorNotAllowed' },
      { from: 'requested', action: 'succeed', actor: 'system', code: 'notAllowedFromState' },
      { from: 'processing', action: 'succeed', actor: 'finance', code: 'actorNotAllowed' },
      { from: 'processing', action: 'succeed', actor: 'operations', code: 'actorNotAllowed' },
      { from: 'succeeded', action: 'fail', actor: 'system', code: 'notAllowedFromState' },
      { from: 'processing', action: 'fail', actor: 'liaison', code: 'actorNotAllowed' },
      { from: 'succeeded', action: 'retry', actor: 'finance', code: 'notAllowedFromState' },
      { from: 'failed', action: 'retry', actor: 'system', code: 'actorNotAllowed' },
      {
        from: 'requested',
        action: 'recordBankRefund',
        actor: 'finance',
        code: 'notAllowedFromState',
      },
      {
        from: 'processing',
        action: 'recordBankRefund',
        actor: 'finance',
        ctx: { paymentMethod: 'alipay' },
        code: 'refundNotBankTransfer',
      },
      {
        from: 'processing',
        action: 'recordBankRefund',
        actor: 'system',
        ctx: { paymentMethod: 'bankTransfer' },
        code: 'actorNotAllowed',
      },
    ],
  );

  it('lets finance record a bank refund only for a transfer payment', () => {
    expect(allowedActions(m, 'processing', 'finance', { paymentMethod: 'bankTransfer' })).toEqual([
      'recordBankRefund',
    ]);
    expect(allowedActions(m, 'processing', 'finance', { paymentMethod: 'wechatPay' })).toEqual([]);
    expect(allowedActions(m, 'requested', 'finance', { paymentMethod: 'alipay' })).toEqual([
      'submit',
    ]);
    expect(allowedActions(m, 'failed', 'finance', { paymentMethod: 'alipay' })).toEqual(['retry']);
  });
});
