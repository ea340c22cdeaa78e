import crypto from 'node:crypto';
import { beijingDay } from '@pvis/config';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../cms/src/bootstrap/seed/demo-accounts';
import {
  accountOf,
  checkFirmly,
  logInAs,
  openPage,
  portalUrl,
  screenshot,
  submitLogin,
} from './support/browser';
import { browserForFile, clientOf, pendingPersons } from './support/orders';

/**
 * Issue 5: the demo liaison ticks two persons pending payment, creates the order (生成订单),
 * confirms it with the five notices, pays by Alipay QR on the sandbox gateway's page, and sees
 * the order paid and its persons pending review.
 */
const browserOf = browserForFile();

describe('a badge order paid by QR code', () => {
  it('orders two persons, pays on the sandbox page and sees the order paid', async () => {
    const suffix = crypto.randomBytes(2).toString('hex');
    const names = [`订单甲${suffix}`, `订单乙${suffix}`];
    await pendingPersons(await clientOf('liaison'), names, ['full', 'half']);
    const { page, context, pageErrors } = await openPage(browserOf());
    try {
      const { username } = accountOf('liaison');
      const password = DEMO_PASSWORD;
      await submitLogin(page, username, password);
      await page.waitForURL(`${portalUrl()}/visitor`);
      await page.goto(`${portalUrl()}/visitor/persons`);
      for (const name of names) {
        const row = page.locator('.ant-table-row', { hasText: name });
        await row.waitFor();
        await row.locator('.ant-checkbox-input').check();
      }
      await screenshot(page, 'orders-1-persons-ticked');
      await page.getByTestId('person-create-order').click();
      await page.waitForURL(/\/visitor\/orders\/new\?persons=/);
      await page.getByTestId('order-persons').getByText(names[1]!).waitFor();
      await expect.poll(() => page.getByTestId('order-amount').textContent()).toBe('¥300.00');
      await page.getByTestId('order-collection').getByText('自取').click();
      await page.waitForLoadState('networkidle');
      for (const box of await page.getByTestId('order-terms').locator('.ant-checkbox-input').all())
        await checkFirmly(box);
      await screenshot(page, 'orders-2-confirm');
      await page.getByTestId('order-submit').click();
      await page.waitForURL(/\/visitor\/orders\/[a-z0-9]{20,}$/);
      await expect.poll(() => page.getByTestId('order-status').textContent()).toBe('待支付');

      await page.getByTestId('pay-alipay').click();
      await page.getByTestId('payment-qr').waitFor();
      await screenshot(page, 'orders-3-qr');
      const sandboxUrl = await page.getByTestId('payment-link').getAttribute('href');
      expect(sandboxUrl).toContain('/api/payment-sandbox/');

      // The payer's phone opens the QR content: the sandbox bank's page; Pay sends the notification.
      const phone = await context.newPage();
      await phone.goto(sandboxUrl!);
      await phone.getByText('支付 / Pay').click();
      await phone.getByText('已支付').first().waitFor();
      await screenshot(phone, 'orders-4-sandbox-paid');
      await phone.close();

      await expect
        .poll(() => page.getByTestId('order-status').textContent(), { timeout: 15_000 })
        .toBe('已支付');
      await page.getByTestId('order-paid').waitFor();
      await screenshot(page, 'orders-5-paid');

      await page.goto(`${portalUrl()}/visitor/orders`);
      await page.getByTestId('order-list').locator('.ant-table-row').first().waitFor();
      await screenshot(page, 'orders-6-list');
      await page.goto(`${portalUrl()}/visitor/persons`);
      const paidRow = page.locator('.ant-table-row', { hasText: names[0]! });
      await expect.poll(() => paidRow.getByTestId('person-status').textContent()).toBe('待审核');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }

    // Finance sees the money in today's Alipay line of the reconciliation report (对账报表).
    const finance = await openPage(browserOf());
    try {
      await logInAs(finance.page, 'finance');
      await finance.page.goto(`${portalUrl()}/finance/reports`);
      const today = beijingDay(new Date());
      const line = finance.page
        .getByTestId('report-rows')
        .locator('.ant-table-row', { hasText: today })
        .filter({ hasText: '支付宝' });
      await line.waitFor();
      const received = Number(
        (await line.locator('td').nth(3).textContent())!.replace(/[¥,]/g, ''),
      );
      expect(received).toBeGreaterThanOrEqual(300);
      await finance.page.getByTestId('report-totals').getByText('全部方式').waitFor();
      await screenshot(finance.page, 'orders-7-finance-reconciliation');
      expect(finance.pageErrors).toEqual([]);
    } finally {
      await finance.context.close();
    }
  });
});
