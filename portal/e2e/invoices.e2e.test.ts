import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { logInAs, openPage, portalUrl, screenshot } from './support/browser';
import { waitForMail } from './support/mail';
import { browserForFile, issuedInvoice, payOnSandbox, unpaidOrder } from './support/orders';

/**
 * Issue 5, 开票: the demo liaison pays an order by Alipay QR on the sandbox gateway's page,
 * requests an ordinary e-invoice (数电普票) on the order page, finance issues it from the 开票
 * queue, and the liaison downloads the PDF — whose Chinese text pdftotext reads back.
 */
const browserOf = browserForFile();

/** An unpaid order of two persons (¥200 + ¥100) of the demo liaison, placed over the API. */
const unpaidInvoiceOrder = (suffix: string) =>
  unpaidOrder([`开票甲${suffix}`, `开票乙${suffix}`], ['full', 'half']);

/** An issued invoice of a paid order, set up over the API as liaison and finance would. */
async function issuedSpecialInvoice(suffix: string) {
  const order = await unpaidInvoiceOrder(suffix);
  await payOnSandbox(order);
  const invoiceId = await issuedInvoice(order, {
    kind: 'special',
    title: `红冲测试有限公司${suffix}`,
    taxNumber: '91350100M000100Y43',
    email: `red-${suffix}@example.com`,
    address: '上海市浦东新区世纪大道 1 号',
    phone: '021-12345678',
    bank: '中国银行上海分行',
    bankAccount: '4563510000001234',
  });
  return { ...order, invoiceId };
}

const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('an invoice for a paid order', () => {
  it('pays by QR, requests a 数电普票, finance issues it, the liaison downloads the PDF', async () => {
    const suffix = crypto.randomBytes(2).toString('hex');
    const order = await unpaidInvoiceOrder(suffix);
    const title = `上海开票测试有限公司${suffix}`;
    const email = `invoice-${suffix}@example.com`;
    const liaison = await openPage(browserOf());
    const finance = await openPage(browserOf());
    try {
      const { page, context } = liaison;
      await logInAs(page, 'liaison');
      await page.goto(`${portalUrl()}/visitor/orders/${order.documentId}`);
      await page.getByTestId('pay-alipay').click();
      const sandboxUrl = await page.getByTestId('payment-link').getAttribute('href');
      const phone = await context.newPage();
      await phone.goto(sandboxUrl!);
      await phone.getByText('支付 / Pay').click();
      await phone.getByText('已支付').first().waitFor();
      await phone.close();
      await expect
        .poll(() => page.getByTestId('order-status').textContent(), { timeout: 15_000 })
        .toBe('已支付');

      // 申请开票: a malformed tax number is refused on the form, in the cms's words; then a correct request.
      const form = page.getByTestId('invoice-form');
      await form.waitFor();
      await page.getByTestId('invoice-title').fill(title);
      await page.getByTestId('invoice-taxNumber').fill('1234');
      await page.getByTestId('invoice-email').fill(email);
      await page.getByTestId('invoice-submit').click();
      await form.getByText('税号不正确').waitFor();
      await screenshot(page, 'invoices-1-request-errors');
      await page.getByTestId('invoice-taxNumber').fill('91350100M000100Y43');
      await page.getByTestId('invoice-remarks').fill('第八届进博会参观证件');
      await page.getByTestId('invoice-submit').click();
      await expect
        .poll(() => page.getByTestId('invoice-status').textContent(), { timeout: 15_000 })
        .toBe('待开票');
      await screenshot(page, 'invoices-2-requested');

      // Finance: 开票 queue (待开票) → record → 开具.
      await logInAs(finance.page, 'finance');
      await finance.page.goto(`${portalUrl()}/finance/invoices`);
      const row = finance.page.locator('.ant-table-row', { hasText: order.orderNumber });
      await row.waitFor();
      await screenshot(finance.page, 'invoices-3-finance-queue');
      await row.getByTestId('invoice-open').click();
      await finance.page.getByTestId('invoice-record').waitFor();
      await finance.page.getByTestId('invoice-issue').click();
      await finance.page.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
      await expect
        .poll(() => finance.page.getByTestId('invoice-status').textContent(), { timeout: 15_000 })
        .toBe('已开具');
      const number = (await finance.page.getByTestId('invoice-number').textContent()) ?? '';
      expect(number).toMatch(/^\d{20}$/);
      await screenshot(finance.page, 'invoices-4-finance-issued');
      await finance.page.goto(`${portalUrl()}/finance/red-letter-confirmations`);
      await finance.page.getByTestId('red-letter-list').waitFor();
      await screenshot(finance.page, 'invoices-5-red-letter-queue');

      // The liaison sees the invoice issued and downloads its PDF.
      await page.reload();
      await expect
        .poll(() => page.getByTestId('invoice-status').textContent(), { timeout: 15_000 })
        .toBe('已开具');
      await screenshot(page, 'invoices-6-issued');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('invoice-download').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`invoice-${number}.pdf`);
      const file = path.join(os.tmpdir(), `e2e-invoice-${suffix}.pdf`);
      await download.saveAs(file);
      try {
        const text = pdfText(file);
        expect(text).toContain(title);
        expect(text).toContain('叁佰元整');
        expect(text).toContain(number);
        expect(text).toContain(order.orderNumber);
      } finally {
        fs.rmSync(file, { force: true });
      }
      const mail = await waitForMail(email, (m) => m.subject.includes(number));
      expect(mail.text).toContain('发票 PDF 见附件');
      expect(liaison.pageErrors).toEqual([]);
      expect(finance.pageErrors).toEqual([]);
    } finally {
      await liaison.context.close();
      await finance.context.close();
    }
  });

  it('finance marks a special invoice deducted, reverses it and confirms the 红字确认单 in the queue', async () => {
    const suffix = crypto.randomBytes(2).toString('hex');
    const { invoiceId } = await issuedSpecialInvoice(suffix);
    const { page, context, pageErrors } = await openPage(browserOf());
    try {
      await logInAs(page, 'finance');
      await page.goto(`${portalUrl()}/finance/invoices/${invoiceId}`);
      await page.getByTestId('invoice-mark-deducted').click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
      await page.getByTestId('invoice-mark-deducted').waitFor({ state: 'detached' });
      await page.getByTestId('invoice-reverse').click();
      await page.getByTestId('reject-reason-input').fill('人员审核不通过，全额退款');
      await page.getByTestId('reject-confirm').click();
      await expect
        .poll(() => page.getByTestId('invoice-status').textContent(), { timeout: 15_000 })
        .toBe('红字确认中');
      await page.getByTestId('red-letter-table').waitFor();
      await screenshot(page, 'invoices-7-reversal-pending');

      await page.goto(`${portalUrl()}/finance/red-letter-confirmations`);
      const row = page.locator('.ant-table-row', { hasText: `红冲测试有限公司${suffix}` });
      await row.waitFor();
      expect(await row.getByTestId('countdown').textContent()).toMatch(/剩余 7[01] 小时/);
      await screenshot(page, 'invoices-8-confirmation-queue');
      await row.getByTestId('red-letter-confirm').click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
      await row.waitFor({ state: 'detached' });
      await page.goto(`${portalUrl()}/finance/invoices/${invoiceId}`);
      await expect
        .poll(() => page.getByTestId('invoice-status').textContent(), { timeout: 15_000 })
        .toBe('已红冲');
      await page.getByTestId('red-letter-pdf').waitFor();
      await screenshot(page, 'invoices-9-reversed');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
