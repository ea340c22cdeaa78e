import type { Core } from '@strapi/strapi';
import { notFound } from '../../errors';
import { OPEN_TRANSFER_STATES } from '../start';

/**
 * GET /bank-statement-lines/:id/candidates — the transfer payments an unmatched credit line may
 * pay: open, their order unpaid and due exactly the line's amount (the match route refuses any
 * other), with the latest remittance's payer to compare with the line's counterparty.
 */
export async function matchCandidates(strapi: Core.Strapi, lineDocumentId: string) {
  const knex = strapi.db.connection;
  const line = await knex('bank_statement_lines')
    .where({ document_id: lineDocumentId })
    .first('amount_fen');
  if (!line) throw notFound();
  const rows = await knex('payments as p')
    .join('badge_orders as o', 'o.document_id', 'p.order_ref')
    .leftJoin('organizations as g', 'g.document_id', 'o.organization_ref')
    .where({ 'p.method': 'bankTransfer', 'o.order_status': 'pendingPayment' })
    .whereIn('p.payment_status', OPEN_TRANSFER_STATES)
    .where('o.amount_fen', line.amount_fen)
    .orderBy('p.id', 'asc')
    .limit(100)
    .select(
      'p.document_id as paymentDocumentId',
      'p.payment_status as paymentStatus',
      'o.order_number as orderNumber',
      'o.transfer_reference as transferReference',
      'o.amount_fen as amountFen',
      'g.name as organizationName',
      knex.raw(
        `(select r.payer_name from remittances r where r.payment_ref = p.document_id order by r.id desc limit 1) as "payerName"`,
      ),
    );
  return rows.map((row: Record<string, unknown>) => ({
    ...row,
    amountFen: Number(row.amountFen),
  }));
}
