import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Filters } from '../access/scopes';
import { scopeWhere } from '../db/scope';
import { EXPORT_LIMIT, keyed, sendWorkbook, yuan } from '../spreadsheet/send-workbook';
import { scopedTransferRows, transferFiltersOf, transferView } from './queue';

const decisionZh: Record<string, string> = {
  pending: '待财务确认',
  confirmed: '已确认到账',
  rejected: '已驳回',
};
const matchZh: Record<string, string> = {
  unmatched: '未匹配',
  matched: '已匹配',
  ignored: '支出（不匹配）',
};

/** GET /remittances/export: the transfer queue with the same filters, as XLSX. */
export async function exportTransfers(strapi: Core.Strapi, ctx: Context, scope: Filters) {
  const rows = await scopedTransferRows(strapi, scope, transferFiltersOf(ctx.query))
    .orderBy('r.created_at', 'asc')
    .limit(EXPORT_LIMIT);
  await sendWorkbook(
    ctx,
    { name: 'bank-transfers', sheet: '银行转账' },
    keyed([
      { header: '订单号', key: 'orderNumber', width: 28 },
      { header: '单位名称', key: 'organizationName', width: 32 },
      { header: '汇款识别码', key: 'transferReference', width: 16 },
      { header: '应付金额（元）', key: 'orderAmount', width: 14 },
      { header: '汇款金额（元）', key: 'amount', width: 14 },
      { header: '金额一致', key: 'amountMatches', width: 10 },
      { header: '付款户名', key: 'payerName', width: 28 },
      { header: '付款账号', key: 'payerAccount', width: 24 },
      { header: '付款开户行', key: 'payerBank', width: 28 },
      { header: '汇款日期', key: 'remittedOn', width: 12 },
      { header: '状态', key: 'decision', width: 12 },
      { header: '驳回原因', key: 'rejectionReason', width: 30 },
    ]),
    (rows as Record<string, unknown>[]).map(transferView).map((row) => ({
      ...row,
      orderAmount: yuan(row.orderAmountFen),
      amount: yuan(row.amountFen),
      amountMatches: row.amountMatches ? '是' : '否',
      decision: decisionZh[String(row.decision)] ?? row.decision,
    })),
  );
}

/** GET /bank-statement-lines/export?matchStatus=: statement lines as XLSX. */
export async function exportStatementLines(strapi: Core.Strapi, ctx: Context, scope: Filters) {
  const status = typeof ctx.query.matchStatus === 'string' ? ctx.query.matchStatus : '';
  const rows = await strapi.db
    .connection('bank_statement_lines')
    .modify(
      scopeWhere(
        strapi,
        'api::bank-statement-line.bank-statement-line',
        scope,
        'bank_statement_lines',
      ),
    )
    .modify((q) => (status ? q.where('match_status', status) : q))
    .orderBy([{ column: 'booked_on' }, { column: 'id' }])
    .limit(EXPORT_LIMIT)
    .select(
      strapi.db.connection.raw(`to_char(booked_on, 'YYYY-MM-DD') as "bookedOn"`),
      'bank_transaction_id as bankTransactionId',
      'direction',
      'amount_fen as amountFen',
      'counterparty_name as counterpartyName',
      'counterparty_account as counterpartyAccount',
      'counterparty_bank as counterpartyBank',
      'remark',
      'match_status as matchStatus',
      'unmatched_reason as unmatchedReason',
      'order_number as orderNumber',
    );
  await sendWorkbook(
    ctx,
    { name: 'bank-statement', sheet: '银行流水' },
    keyed([
      { header: '交易日期', key: 'bookedOn', width: 12 },
      { header: '交易流水号', key: 'bankTransactionId', width: 24 },
      { header: '收支', key: 'direction', width: 8 },
      { header: '金额（元）', key: 'amount', width: 14 },
      { header: '对方户名', key: 'counterpartyName', width: 28 },
      { header: '对方账号', key: 'counterpartyAccount', width: 24 },
      { header: '对方开户行', key: 'counterpartyBank', width: 28 },
      { header: '摘要', key: 'remark', width: 32 },
      { header: '匹配状态', key: 'matchStatus', width: 14 },
      { header: '未匹配原因', key: 'unmatchedReason', width: 16 },
      { header: '订单号', key: 'orderNumber', width: 28 },
    ]),
    (rows as Record<string, unknown>[]).map((row) => ({
      ...row,
      direction: row.direction === 'credit' ? '收入' : '支出',
      amount: yuan(row.amountFen),
      matchStatus: matchZh[String(row.matchStatus)] ?? row.matchStatus,
    })),
  );
}
