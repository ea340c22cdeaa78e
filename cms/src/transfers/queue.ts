import { isCalendarDay } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { pageOf } from '../access/scoped-list';
import type { Filters } from '../access/scopes';
import { scopeWhere } from '../db/scope';
import { fieldError, invalidFields } from '../errors';

/** What finance filters the transfer queue (待确认转账) by; everything optional. */
export interface TransferFilters {
  /** pending (default), confirmed, rejected, or all. */
  decision?: string;
  /** Order number, organization or payer name, contains. */
  q?: string;
  /** Remittance dates, yyyy-MM-dd inclusive. */
  from?: string;
  to?: string;
  /** Only remittances whose amount differs from the order's. */
  amountMismatch?: boolean;
}

/** The filters of a request; a date that is not a real day is a field-level 400. */
export function transferFiltersOf(query: Record<string, unknown>): TransferFilters {
  const text = (key: string) => (typeof query[key] === 'string' ? String(query[key]).trim() : '');
  // 2026-13-45 passed a pattern check and reached PostgreSQL, which answered with an error (500).
  const badDays = (['from', 'to'] as const).filter((key) => text(key) && !isCalendarDay(text(key)));
  if (badDays.length > 0)
    throw invalidFields(
      badDays.map((key) =>
        fieldError(
          key,
          'invalidDate',
          '日期应为 yyyy-MM-dd 格式的有效日期',
          `${key} must be a real date, yyyy-MM-dd`,
        ),
      ),
    );
  return {
    decision: text('decision') || 'pending',
    q: text('q') || undefined,
    from: text('from') || undefined,
    to: text('to') || undefined,
    amountMismatch: text('amountMismatch') === 'true',
  };
}

/** The remittances with their order, organization and payment, filtered; one SQL statement. */
export function transferRows(knex: Knex, filters: TransferFilters) {
  return knex('remittances as r')
    .join('badge_orders as o', 'o.document_id', 'r.order_ref')
    .join('payments as p', 'p.document_id', 'r.payment_ref')
    .leftJoin('organizations as g', 'g.document_id', 'r.organization_ref')
    .modify((q) => {
      if (filters.decision && filters.decision !== 'all') q.where('r.decision', filters.decision);
      if (filters.from) q.where('r.remitted_on', '>=', filters.from);
      if (filters.to) q.where('r.remitted_on', '<=', filters.to);
      if (filters.amountMismatch) q.whereRaw('r.amount_fen <> o.amount_fen');
      if (filters.q) {
        const like = `%${filters.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
        q.where((w) =>
          w
            .whereILike('o.order_number', like)
            .orWhereILike('g.name', like)
            .orWhereILike('r.payer_name', like),
        );
      }
    })
    .select(
      'r.id',
      'r.document_id as documentId',
      'r.order_ref as orderDocumentId',
      'o.order_number as orderNumber',
      'o.order_status as orderStatus',
      'o.transfer_reference as transferReference',
      'g.name as organizationName',
      'r.amount_fen as amountFen',
      'o.amount_fen as orderAmountFen',
      'r.payer_name as payerName',
      'r.payer_account as payerAccount',
      'r.payer_bank as payerBank',
      knex.raw(`to_char(r.remitted_on, 'YYYY-MM-DD') as "remittedOn"`),
      'r.decision',
      'r.rejection_reason as rejectionReason',
      'r.decided_at as decidedAt',
      'r.created_at as submittedAt',
      'p.document_id as paymentDocumentId',
      'p.payment_status as paymentStatus',
    );
}

type Row = Record<string, unknown>;

/** A row as the portal shows it: dates as days, and whether the amount is the one due. */
export const transferView = (row: Row): Row & { amountMatches: boolean } => {
  const { id: _id, ...rest } = row;
  return {
    ...rest,
    amountFen: Number(row.amountFen),
    orderAmountFen: Number(row.orderAmountFen),
    amountMatches: Number(row.amountFen) === Number(row.orderAmountFen),
  };
};

/** The transfer rows of the caller's scope (the access table's), filtered. */
export const scopedTransferRows = (strapi: Core.Strapi, scope: Filters, filters: TransferFilters) =>
  transferRows(strapi.db.connection, filters).modify(
    scopeWhere(strapi, 'api::remittance.remittance', scope, 'r'),
  );

/** GET /remittances/queue: one page (`pagination[page]`, `[pageSize]`) of the filtered queue, oldest submission first. */
export async function transferQueue(
  strapi: Core.Strapi,
  query: Record<string, unknown>,
  scope: Filters,
) {
  const filters = transferFiltersOf(query);
  const paging = pageOf(strapi, query.pagination);
  if (!paging)
    throw invalidFields([
      fieldError(
        'pagination',
        'invalidPagination',
        '分页参数应为 pagination[page] 与 pagination[pageSize]（正整数）',
        'Paging is pagination[page] and pagination[pageSize], positive whole numbers',
      ),
    ]);
  const { page, pageSize } = paging;
  const knex = strapi.db.connection;
  const [rows, [{ total }]] = await Promise.all([
    scopedTransferRows(strapi, scope, filters)
      .orderBy('r.created_at', 'asc')
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    knex
      .from(scopedTransferRows(strapi, scope, filters).as('t'))
      .count<{ total: string }[]>({ total: '*' }),
  ]);
  return {
    data: (rows as Row[]).map(transferView),
    meta: {
      pagination: {
        page,
        pageSize,
        total: Number(total),
        pageCount: Math.ceil(Number(total) / pageSize),
      },
    },
  };
}
