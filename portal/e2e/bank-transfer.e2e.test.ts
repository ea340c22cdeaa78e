import crypto from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logInAs, openPage, portalUrl, screenshot } from './support/browser';
import { browserForFile, unpaidOrder } from './support/orders';

/**
 * Issue 5: the demo liaison's order paid by bank transfer (银行转账) — the account and the
 * payment reference, the remittance form with a voucher image, 待财务确认; finance opens the
 * transfer in 转账确认, sees the voucher and confirms (确认到账); the liaison sees 已支付.
 */
const browserOf = browserForFile();

/** A remittance slip (回单) drawn by the browser, as a payer would photograph it. */
async function voucherPng(reference: string, amount: string): Promise<Buffer> {
  const page = await browserOf().newPage({ viewport: { width: 560, height: 320 } });
  try {
    await page.setContent(`<html><body style="margin:0;font-family:'Noto Sans CJK SC',sans-serif">
      <div style="margin:12px;border:2px solid #1456b8;padding:16px;height:270px;box-sizing:border-box">
        <h2 style="margin:0 0 12px;color:#1456b8">中国工商银行 业务回单</h2>
        <p>付款人：上海示例贸易有限公司</p><p>金额：¥${amount}</p>
        <p>用途：证件费 ${reference}</p></div></body></html>`);
    return await page.screenshot({ type: 'png' });
  } finally {
    await page.close();
  }
}

const unpaidTransferOrder = () => unpaidOrder([`转账${crypto.randomBytes(2).toString('hex')}`]);

/** An unpaid order whose liaison chose bank transfer over the API: also its reference. */
async function transferOrder() {
  const order = await unpaidTransferOrder();
  const chosen = (await order.liaison.call(
    'POST',
    `/api/badge-orders/${order.documentId}/payments`,
    { data: { method: 'bankTransfer' } },
    201,
  )) as { data: { prompt: { reference: string } } };
  return { ...order, reference: chosen.data.prompt.reference };
}

const statusOf = (page: Page) => page.getByTestId('order-status').textContent();

describe('a badge order paid by bank transfer', () => {
  it('liaison remits with a voucher, finance confirms, the order is paid', async () => {
    const order = await unpaidTransferOrder();
    const liaison = await openPage(browserOf());
    try {
      const page = liaison.page;
      await logInAs(page, 'liaison');
      await page.goto(`${portalUrl()}/visitor/orders/${order.documentId}`);
      await expect.poll(() => statusOf(page)).toBe('待支付');
      await page.getByTestId('pay-bankTransfer').click();
      const reference = page.getByTestId('transfer-reference');
      await reference.waitFor();
      const code = (await reference.textContent())!.trim();
      expect(code).toMatch(/^PV\d{7,11}$/);
      await screenshot(page, 'bank-transfer-1-account');

      await page.getByTestId('remittance-payer-name').fill('上海示例贸易有限公司');
      await page.getByTestId('remittance-payer-account').fill('6222 0210 0102 3456 789');
      await page.getByTestId('remittance-payer-bank').fill('中国工商银行上海徐汇支行');
      const amount = await page.getByTestId('remittance-amount').inputValue();
      await page.locator('[data-testid="transfer-panel"] input[type="file"]').setInputFiles({
        name: '回单.png',
        mimeType: 'image/png',
        buffer: await voucherPng(code, amount),
      });
      await page.getByText('回单.png').waitFor();
      await screenshot(page, 'bank-transfer-2-remittance');
      await page.getByTestId('remittance-submit').click();
      await page.getByTestId('transfer-awaiting').waitFor();
      await expect
        .poll(() => page.getByTestId('remittance-decision').first().textContent())
        .toBe('待财务确认');
      await screenshot(page, 'bank-transfer-3-awaiting');

      const finance = await openPage(browserOf());
      try {
        const desk = finance.page;
        await logInAs(desk, 'finance');
        await desk.goto(`${portalUrl()}/finance/transfers`);
        await desk.getByTestId('transfer-search').fill(order.orderNumber);
        await desk.getByTestId('transfer-search').press('Enter');
        const row = desk.locator('.ant-table-row', { hasText: order.orderNumber });
        await row.waitFor();
        await screenshot(desk, 'bank-transfer-4-finance-queue');
        await row.getByTestId('transfer-open').click();
        await desk.getByTestId('voucher-image').waitFor();
        await screenshot(desk, 'bank-transfer-5-finance-record');
        await desk.getByTestId('transfer-confirm').click();
        await desk.getByTestId('confirm-ok').click();
        await expect
          .poll(() => desk.getByTestId('remittance-decision').textContent())
          .toBe('已确认到账');
        await expect(desk.getByTestId('transfer-confirm').count()).resolves.toBe(0);
        await screenshot(desk, 'bank-transfer-6-finance-confirmed');
        expect(finance.pageErrors).toEqual([]);
      } finally {
        await finance.context.close();
      }

      await expect.poll(() => statusOf(page), { timeout: 15_000 }).toBe('已支付');
      await page.getByTestId('order-paid').waitFor();
      await screenshot(page, 'bank-transfer-7-paid');
      expect(liaison.pageErrors).toEqual([]);
    } finally {
      await liaison.context.close();
    }
  });
});

describe('a bank statement imported by finance', () => {
  it('matches a line by its reference, and finance matches the line without one by hand', async () => {
    const [byReference, byHand] = [await transferOrder(), await transferOrder()];
    const yuan = (fen: number) => (fen / 100).toFixed(2);
    const id = () => `E2E${crypto.randomBytes(5).toString('hex')}`;
    const csv = [
      '交易日期,交易流水号,收入金额,支出金额,对方户名,对方账号,对方开户行,摘要',
      `2025-11-05,${id()},${yuan(byReference.amountFen)},,上海示例贸易有限公司,6222021001023456789,工商银行,证件费 ${byReference.reference}`,
      `2025-11-05,${id()},${yuan(byHand.amountFen)},,上海示例贸易有限公司,6222021001023456789,工商银行,证件费`,
    ].join('\n');
    const { page, context, pageErrors } = await openPage(browserOf());
    try {
      await logInAs(page, 'finance');
      await page.goto(`${portalUrl()}/finance/statements`);
      await page.locator('input[type="file"]').setInputFiles({
        name: 'statement.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`\uFEFF${csv}`),
      });
      const report = page.getByTestId('statement-report');
      await report.waitFor();
      await expect.poll(() => report.textContent()).toContain('自动匹配1');
      expect(await report.textContent()).toContain('未匹配1');
      await screenshot(page, 'bank-statement-1-report');

      const row = page.locator('.ant-table-row', { hasText: '摘要中没有汇款识别码' }).first();
      await row.getByTestId('line-match').click();
      const candidate = page.locator('.ant-modal .ant-table-row', {
        hasText: byHand.orderNumber,
      });
      await candidate.locator('.ant-radio-input').check();
      await screenshot(page, 'bank-statement-2-manual-match');
      await page.getByTestId('match-ok').click();
      await page.getByText('已匹配，订单已支付').waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
    for (const order of [byReference, byHand]) {
      const detail = (await order.liaison.call('GET', `/api/badge-orders/${order.documentId}`)) as {
        data: { orderStatus: string };
      };
      expect(detail.data.orderStatus).toBe('paid');
    }
  });
});
