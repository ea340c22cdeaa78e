import { beijingDay } from '@pvis/config';
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './support/field-errors';
import { paidOrder, withSandboxStrapi } from './support/orders';
import { workbookOf } from './support/workbook';

/**
 * Issue 5, finance's reconciliation report (对账报表): money received per Beijing day and payment
 * method from the payments the gateways' signed notifications booked, and its XLSX.
 */
const { app } = await withSandboxStrapi();
const beijingToday = () => beijingDay(new Date());

const reportOf = async (query = '') => {
  const finance = await app.as('finance');
  const response = await finance.get(`/api/reconciliation${query}`);
  expect(response.status, response.text).toBe(200);
  return response.body.data as {
    rows: { day: string; method: string; payments: number; receivedFen: number; netFen: number }[];
    totals: { method: string; payments: number; receivedFen: number }[];
  };
};

describe('reconciliation report', () => {
  it('adds each paid order to its day and method, and the totals follow', async () => {
    const before = await reportOf();
    const totalOf = (report: typeof before, method: string) =>
      report.totals.find((t) => t.method === method) ?? { payments: 0, receivedFen: 0 };
    await paidOrder(app, ['full', 'half'], 'alipay'); // ¥200 + ¥100
    await paidOrder(app, ['full'], 'wechatPay'); // ¥200
    const after = await reportOf();
    const today = beijingToday();
    const alipayToday = after.rows.find((r) => r.day === today && r.method === 'alipay');
    expect(alipayToday?.receivedFen).toBeGreaterThanOrEqual(30_000);
    expect(totalOf(after, 'alipay').payments - totalOf(before, 'alipay').payments).toBe(1);
    expect(totalOf(after, 'alipay').receivedFen - totalOf(before, 'alipay').receivedFen).toBe(
      30_000,
    );
    expect(totalOf(after, 'wechatPay').receivedFen - totalOf(before, 'wechatPay').receivedFen).toBe(
      20_000,
    );
    expect(totalOf(after, 'all').receivedFen - totalOf(before, 'all').receivedFen).toBe(50_000);
    // A range that ends yesterday does not hold today's money.
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const monthAgo = new Date(Date.parse(`${today}T00:00:00Z`) - 30 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const past = await reportOf(`?from=${monthAgo}&to=${yesterday}`);
    expect(past.rows.some((r) => r.day === today)).toBe(false);
  }, 60_000);

  it('counts money by the Beijing day it arrived: 01:00 in Beijing is the previous day in UTC', async () => {
    const { order } = await paidOrder(app, ['half'], 'alipay');
    // Move the payment to 17:00 UTC on 2 January, which is 01:00 on 3 January in Beijing.
    await app
      .strapi()
      .db.connection('payments')
      .where({ order_ref: order.documentId, payment_status: 'succeeded' })
      .update({ succeeded_at: new Date('2026-01-02T17:00:00Z') });
    const report = await reportOf('?from=2026-01-01&to=2026-01-05');
    expect(report.rows.map((r) => `${r.day} ${r.method} ${r.receivedFen}`)).toEqual([
      '2026-01-03 alipay 10000',
    ]);
  }, 60_000);

  it('exports the report as a workbook with Chinese headers and a totals line', async () => {
    await paidOrder(app, ['full'], 'unionPay');
    const finance = await app.as('finance');
    const workbook = await workbookOf(finance.get('/api/reconciliation/export'));
    const sheet = workbook.getWorksheet('对账报表')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('日期');
    expect(sheet.getRow(1).getCell(4).value).toBe('收款金额（元）');
    const lines = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(lines.some((line) => line[2] === '银联' && line[1] === beijingToday())).toBe(true);
    expect(lines.some((line) => line[1] === '合计' && line[2] === '合计')).toBe(true);
  }, 60_000);

  it('refuses a malformed, non-existent or reversed range with field errors, and other roles', async () => {
    const finance = await app.as('finance');
    const bad = await finance.get('/api/reconciliation?from=2025-13-01&to=yesterday');
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad)).toEqual(['from', 'to']);
    // A day that does not exist is refused, not rolled over into March.
    const rolled = await finance.get('/api/reconciliation?from=2025-02-30&to=2025-03-05');
    expect(rolled.status).toBe(400);
    expect(fieldsOf(rolled)).toEqual(['from']);
    const reversed = await finance.get('/api/reconciliation?from=2025-11-10&to=2025-11-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details.errors[0].code).toBe('invalidRange');
    for (const role of ['liaison', 'operations', 'public'] as const) {
      const other = await app.as(role);
      expect((await other.get('/api/reconciliation')).status).toBeGreaterThanOrEqual(401);
    }
  });
});
