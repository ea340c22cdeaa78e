import { label, paymentMethods, type ReconciliationRow } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { parseRange, reconciliation } from '../../../finance/reconciliation';
import { type SheetColumn, sendWorkbook, yuan } from '../../../spreadsheet/send-workbook';

const methodLabel = (method: string) =>
  method === 'all' ? '合计' : label(paymentMethods, method, 'zh-CN');

const columns: SheetColumn<ReconciliationRow>[] = [
  { header: '日期', value: (r) => (r.day === 'total' ? '合计' : r.day), width: 12 },
  { header: '支付方式', value: (r) => methodLabel(r.method), width: 14 },
  { header: '收款笔数', value: (r) => r.payments },
  { header: '收款金额（元）', value: (r) => yuan(r.receivedFen), width: 16 },
  { header: '退款笔数', value: (r) => r.refunds },
  { header: '退款金额（元）', value: (r) => yuan(r.refundedFen), width: 16 },
  { header: '净收款（元）', value: (r) => yuan(r.netFen), width: 16 },
  { header: '待核查笔数', value: (r) => r.flagged },
  { header: '待核查金额（元）', value: (r) => yuan(r.flaggedFen), width: 18 },
];

/** GET /reconciliation?from&to — the report as JSON; /reconciliation/export — as XLSX. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: Context) {
    const range = parseRange(ctx.query as Record<string, unknown>);
    ctx.body = { data: await reconciliation(strapi, range), meta: range };
  },

  async export(ctx: Context) {
    const range = parseRange(ctx.query as Record<string, unknown>);
    const { rows, totals } = await reconciliation(strapi, range);
    await sendWorkbook(
      ctx,
      { name: `reconciliation-${range.from}-${range.to}`, sheet: '对账报表' },
      columns,
      [...rows, ...totals],
    );
  },
});
