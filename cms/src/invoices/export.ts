import {
  formatFen,
  invoiceKinds,
  invoiceStatusLabels,
  label,
  redLetterConfirmationLabels,
} from '@pvis/config';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Filters } from '../access/scopes';
import { chinaTime, EXPORT_LIMIT, sendWorkbook } from '../spreadsheet/send-workbook';

interface Column {
  header: string;
  key: string;
  width: number;
  value: (row: Record<string, unknown>) => string | number;
}

/** China time to the minute, as the invoice lists show it. */
const time = (value: unknown) => chinaTime(value).slice(0, 16);
const money = (value: unknown) => (typeof value === 'number' ? formatFen(value) : '');
const orderNumberOf = (row: Record<string, unknown>) =>
  String((row.order as { orderNumber?: string } | null)?.orderNumber ?? row.orderRef ?? '');

const invoiceColumns: Column[] = [
  { header: '订单号', key: 'order', width: 28, value: orderNumberOf },
  {
    header: '发票类型',
    key: 'kind',
    width: 12,
    value: (r) => label(invoiceKinds, String(r.kind), 'zh-CN'),
  },
  {
    header: '状态',
    key: 'invoiceStatus',
    width: 12,
    value: (r) => label(invoiceStatusLabels, String(r.invoiceStatus), 'zh-CN'),
  },
  { header: '发票抬头', key: 'title', width: 30, value: (r) => String(r.title ?? '') },
  { header: '税号', key: 'taxNumber', width: 22, value: (r) => String(r.taxNumber ?? '') },
  { header: '价税合计', key: 'amountFen', width: 14, value: (r) => money(r.amountFen) },
  {
    header: '发票号码',
    key: 'invoiceNumber',
    width: 24,
    value: (r) => String(r.invoiceNumber ?? ''),
  },
  { header: '开票日期', key: 'issuedAt', width: 18, value: (r) => time(r.issuedAt) },
  {
    header: '已抵扣',
    key: 'buyerDeducted',
    width: 8,
    value: (r) => (r.buyerDeducted ? '是' : '否'),
  },
  { header: '邮箱', key: 'email', width: 24, value: (r) => String(r.email ?? '') },
  { header: '申请时间', key: 'createdAt', width: 18, value: (r) => time(r.createdAt) },
  {
    header: '驳回原因',
    key: 'rejectionReason',
    width: 24,
    value: (r) => String(r.rejectionReason ?? ''),
  },
];

const redLetterColumns: Column[] = [
  {
    header: '原发票号码',
    key: 'invoice',
    width: 24,
    value: (r) => String((r.invoice as { invoiceNumber?: string } | null)?.invoiceNumber ?? ''),
  },
  {
    header: '发票抬头',
    key: 'title',
    width: 30,
    value: (r) => String((r.invoice as { title?: string } | null)?.title ?? ''),
  },
  {
    header: '红字发票号码',
    key: 'invoiceNumber',
    width: 24,
    value: (r) => String(r.invoiceNumber ?? ''),
  },
  { header: '金额', key: 'amountFen', width: 14, value: (r) => money(r.amountFen) },
  { header: '红冲原因', key: 'reason', width: 30, value: (r) => String(r.reason ?? '') },
  {
    header: '确认状态',
    key: 'confirmationStatus',
    width: 12,
    value: (r) => label(redLetterConfirmationLabels, String(r.confirmationStatus), 'zh-CN'),
  },
  {
    header: '确认期限',
    key: 'confirmationDeadline',
    width: 18,
    value: (r) => time(r.confirmationDeadline),
  },
  { header: '确认时间', key: 'confirmedAt', width: 18, value: (r) => time(r.confirmedAt) },
  { header: '开具时间', key: 'issuedAt', width: 18, value: (r) => time(r.issuedAt) },
];

interface QueryTools {
  validateQuery(ctx: Context): Promise<void>;
  sanitizeQuery(ctx: Context): Promise<Record<string, unknown>>;
}

export interface ListExport {
  uid: 'api::invoice.invoice' | 'api::red-letter-invoice.red-letter-invoice';
  populate: Record<string, { fields: string[] }>;
  fileName: string;
  sheetName: string;
  columns: Column[];
}

/**
 * GET /<plural>/export: the list as the caller's list route would filter it (the same `filters`
 * and `sort`, within `scope`), as an XLSX attachment with Chinese headers.
 */
export async function sendListWorkbook(
  strapi: Core.Strapi,
  core: QueryTools,
  ctx: Context,
  scope: Filters,
  list: ListExport,
) {
  await core.validateQuery(ctx);
  const query = await core.sanitizeQuery(ctx);
  const rows = (await strapi.documents(list.uid).findMany({
    filters: { $and: [query.filters ?? {}, scope] },
    sort: query.sort ?? 'id:desc',
    populate: list.populate,
    limit: EXPORT_LIMIT,
  })) as unknown as Record<string, unknown>[];
  await sendWorkbook(ctx, { name: list.fileName, sheet: list.sheetName }, list.columns, rows);
}

export const invoiceExport: ListExport = {
  uid: 'api::invoice.invoice',
  populate: { order: { fields: ['orderNumber'] } },
  fileName: 'invoices',
  sheetName: '发票',
  columns: invoiceColumns,
};

export const redLetterExport: ListExport = {
  uid: 'api::red-letter-invoice.red-letter-invoice',
  populate: { invoice: { fields: ['invoiceNumber', 'title'] } },
  fileName: 'red-letter-invoices',
  sheetName: '红字发票',
  columns: redLetterColumns,
};
