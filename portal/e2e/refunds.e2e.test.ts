import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { logInAs, openPage, portalUrl, screenshot } from './support/browser';
import { browserForFile, issuedInvoice, payOnSandbox, unpaidOrder } from './support/orders';

/**
 * Issue 5, 退款: a paid person is rejected by operations in 人员审核, finance opens 退款 and submits
 * the refund through the sandbox gateway (成功), and the liaison's order shows 已退款 and its
 * invoice reversed by a red-letter invoice (已红冲).
 */
const browserOf = browserForFile();

/**
 * The demo liaison's person, ordered and paid by Alipay on the sandbox bank, with the order's
 * ordinary invoice issued (over the API).
 */
async function paidPerson(name: string) {
  const order = await unpaidOrder([name]);
  await payOnSandbox(order);
  await issuedInvoice(order, {
    kind: 'ordinary',
    title: '上海浦东示范进口贸易有限公司',
    taxNumber: '91350100M000100Y43',
    email: `refund-${order.orderNumber}@example.com`,
  });
  return { orderId: order.documentId };
}

describe('a refund for a person rejected in review (退款)', () => {
  it('operations reject a paid person; finance submits the refund; the liaison sees the order refunded', async () => {
    const name = `退款测试${crypto.randomBytes(2).toString('hex')}`;
    const { orderId } = await paidPerson(name);
    const operations = await openPage(browserOf(), 'desktop');
    const finance = await openPage(browserOf(), 'desktop');
    const liaison = await openPage(browserOf(), 'desktop');
    try {
      // 人员审核: operations find the person and reject them with a reason.
      const o = operations.page;
      await logInAs(o, 'operations');
      await o.goto(`${portalUrl()}/operations/person-review`);
      await o.getByTestId('person-queue').waitFor();
      await o.getByTestId('filter-name').fill(name);
      await o.getByTestId('filter-submit').click();
      const row = o.locator('tr', {
        has: o.getByTestId('person-row-link').filter({ hasText: name }),
      });
      await row.getByTestId('person-row-link').click();
      await o.getByTestId('action-reject').click();
      await o.getByTestId('reject-reason-input').fill('证件照与本人不符');
      expect(await o.getByTestId('reject-reason-input').inputValue()).toBe('证件照与本人不符');
      const rejected = o.waitForResponse((r) => r.url().endsWith('/transitions'));
      await o.getByTestId('reject-confirm').click();
      expect((await rejected).status()).toBe(200);
      await o.getByTestId('person-status').filter({ hasText: '审核不通过' }).first().waitFor();
      await screenshot(o, 'refunds-1-rejected');

      // 退款: the refund waits in the finance queue (待处理); its record offers 提交退款.
      const f = finance.page;
      await logInAs(f, 'finance');
      await f.goto(`${portalUrl()}/finance/refunds`);
      await f.getByTestId('refund-status-filter').getByText('待处理').click();
      const refundRow = f.locator('tr', {
        has: f.getByTestId('refund-row-link').filter({ hasText: name }),
      });
      await refundRow.waitFor();
      expect(await refundRow.getByTestId('refund-status').textContent()).toBe('待处理');
      expect(await refundRow.textContent()).toContain('¥200.00');
      await screenshot(f, 'refunds-2-queue');
      await refundRow.getByTestId('refund-row-link').click();
      await f.getByTestId('refund-details').waitFor();
      expect(await f.getByTestId('refund-details').textContent()).toContain('支付宝');
      expect(await f.getByTestId('refund-actions').getByRole('button').allTextContents()).toEqual([
        '提交退款',
      ]);
      await screenshot(f, 'refunds-3-record');
      await f.getByTestId('action-submit').click();
      await f.getByTestId('refund-status').filter({ hasText: '成功' }).waitFor();
      expect(await f.getByTestId('refunded-amount').textContent()).toBe('¥200.00');
      expect(await f.getByTestId('refund-actions').getByRole('button').count()).toBe(0);
      await f.getByTestId('history-row').nth(2).waitFor();
      await screenshot(f, 'refunds-4-succeeded');

      // The liaison's order: 已退款, with the person's refund line.
      const l = liaison.page;
      await logInAs(l, 'liaison');
      await l.goto(`${portalUrl()}/visitor/orders/${orderId}`);
      await expect.poll(() => l.getByTestId('order-status').textContent()).toBe('已退款');
      const refunds = l.getByTestId('order-refunds');
      await refunds.getByTestId('refund-status').filter({ hasText: '成功' }).waitFor();
      expect(await refunds.textContent()).toContain(name);
      // The whole order was refunded: its invoice is reversed by a red-letter invoice (红冲).
      await expect.poll(() => l.getByTestId('invoice-status').textContent()).toBe('已红冲');
      await screenshot(l, 'refunds-5-liaison-order');
      expect([...operations.pageErrors, ...finance.pageErrors, ...liaison.pageErrors]).toEqual([]);
    } finally {
      await operations.context.close();
      await finance.context.close();
      await liaison.context.close();
    }
  });
});
