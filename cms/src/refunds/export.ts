import { label, paymentMethods, refundStatusLabels, type VocabularyEntry } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Filters } from '../access/scopes';
import { scopeWhere } from '../db/scope';
import { chinaTime, EXPORT_LIMIT, keyed, sendWorkbook, yuan } from '../spreadsheet/send-workbook';

const zh = (vocabulary: readonly VocabularyEntry[], code: unknown) =>
  typeof code === 'string' ? label(vocabulary, code, 'zh-CN') : '';
/** A DATE column as `yyyy-MM-dd`, whether the driver gives a string or a local-midnight Date. */
const dateText = (value: unknown) => {
  if (!value) return '';
  if (!(value instanceof Date)) return String(value).slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
};

/** The statuses asked for (`?refundStatus=requested,failed`), the known ones only. */
export function statusesOf(query: Record<string, unknown>): string[] {
  const known = refundStatusLabels.map((s) => s.code as string);
  const asked = typeof query.refundStatus === 'string' ? query.refundStatus.split(',') : [];
  return asked.filter((s) => known.includes(s));
}

/**
 * GET /refunds/export?refundStatus= — the finance refund queue as XLSX (Chinese headers and
 * labels, amounts in yuan), within the caller's scope from the access table.
 */
export async function sendRefundsWorkbook(
  strapi: Core.Strapi,
  ctx: Context,
  statuses: string[],
  scope: Filters,
) {
  const rows = await strapi.db
    .connection('refunds')
    .modify(scopeWhere(strapi, 'api::refund.refund', scope, 'refunds'))
    .modify((q) => (statuses.length > 0 ? q.whereIn('refund_status', statuses) : q))
    .orderBy('id', 'desc')
    .limit(EXPORT_LIMIT)
    .select(
      'refund_number',
      'refund_status',
      'person_name',
      'order_number',
      'payment_method',
      'amount_fen',
      'refunded_amount_fen',
      'exchange_rate_difference_fen',
      'channel_reference',
      'refunded_on',
      'failure_reason',
      'created_at',
    );
  await sendWorkbook(
    ctx,
    { name: 'refunds', sheet: '退款列表' },
    keyed([
      { header: '退款单号', key: 'refund_number', width: 28 },
      { header: '状态', key: 'refund_status', width: 10 },
      { header: '人员', key: 'person_name', width: 14 },
      { header: '订单号', key: 'order_number', width: 28 },
      { header: '支付方式', key: 'payment_method', width: 12 },
      { header: '应退金额（元）', key: 'amount_fen', width: 14 },
      { header: '实退金额（元）', key: 'refunded_amount_fen', width: 14 },
      { header: '汇率差额（元）', key: 'exchange_rate_difference_fen', width: 14 },
      { header: '退款流水号', key: 'channel_reference', width: 28 },
      { header: '退款日期', key: 'refunded_on', width: 12 },
      { header: '失败原因', key: 'failure_reason', width: 30 },
      { header: '发起时间', key: 'created_at', width: 20 },
    ]),
    rows.map((row: Record<string, unknown>) => ({
      ...row,
      refund_status: zh(refundStatusLabels, row.refund_status),
      payment_method: zh(paymentMethods, row.payment_method),
      amount_fen: yuan(row.amount_fen),
      refunded_amount_fen: yuan(row.refunded_amount_fen),
      exchange_rate_difference_fen: yuan(row.exchange_rate_difference_fen),
      refunded_on: dateText(row.refunded_on),
      created_at: chinaTime(row.created_at),
    })),
  );
}
