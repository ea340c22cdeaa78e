import { allowedActions, machines } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { receivingAccount } from './account';
import { transferRows, transferView } from './queue';
import { voucherOf } from './voucher-link';

const voucherUrl = (remittanceDocumentId: string) =>
  `/api/remittances/${remittanceDocumentId}/voucher`;

/**
 * GET /remittances/:id — a remittance as finance decides it (and its liaison reads it): order,
 * organization, both amounts, payer, the voucher's link and what the caller may do now: confirm /
 * reject while it is pending and the payment machine allows it for this actor.
 */
export async function remittanceDetail(
  strapi: Core.Strapi,
  documentId: string,
  actor: 'finance' | 'liaison',
) {
  const knex = strapi.db.connection;
  const row = (await transferRows(knex, { decision: 'all' })
    .where('r.document_id', documentId)
    .first()) as Record<string, unknown> | undefined;
  if (!row) return null;
  const voucher = await voucherOf(knex, Number(row.id));
  const actions =
    row.decision === 'pending'
      ? allowedActions(machines.payment, row.paymentStatus as never, actor).filter(
          (a) => a === 'confirm' || a === 'reject',
        )
      : [];
  return {
    ...transferView(row),
    voucher: voucher && {
      url: voucherUrl(documentId),
      mime: voucher.mime,
      name: voucher.name,
      size: voucher.size,
    },
    allowedActions: actions,
  };
}

/**
 * GET /badge-orders/:id/transfer — the liaison's bank-transfer panel: the receiving account and
 * the order's reference (once bank transfer was chosen), the transfer payment's state, and the
 * remittances sent, newest first, with finance's decision and reason.
 */
export async function orderTransfer(strapi: Core.Strapi, orderDocumentId: string) {
  const knex = strapi.db.connection;
  const order = await knex('badge_orders')
    .where({ document_id: orderDocumentId })
    .first('document_id', 'amount_fen', 'transfer_reference', 'order_status');
  if (!order) return null;
  const payment = await knex('payments')
    .where({ order_ref: orderDocumentId, method: 'bankTransfer' })
    .orderBy('id', 'desc')
    .first('document_id', 'payment_status', 'rejection_reason');
  const remittances = await knex('remittances')
    .where({ order_ref: orderDocumentId })
    .orderBy('id', 'desc')
    .select(
      'document_id',
      'payer_name',
      'payer_account',
      'payer_bank',
      'amount_fen',
      knex.raw(`to_char(remitted_on, 'YYYY-MM-DD') as remitted_on`),
      'decision',
      'rejection_reason',
      'created_at',
    );
  return {
    account: order.transfer_reference ? receivingAccount() : null,
    reference: order.transfer_reference ?? null,
    amountFen: Number(order.amount_fen),
    payment: payment
      ? {
          documentId: payment.document_id,
          paymentStatus: payment.payment_status,
          rejectionReason: payment.rejection_reason,
        }
      : null,
    /** The payment machine's answer for the liaison: `submitRemittance` opens the form. */
    allowedActions:
      order.order_status === 'pendingPayment' && payment
        ? allowedActions(machines.payment, payment.payment_status, 'liaison')
        : [],
    remittances: remittances.map((r: Record<string, unknown>) => ({
      documentId: r.document_id,
      payerName: r.payer_name,
      payerAccount: r.payer_account,
      payerBank: r.payer_bank,
      amountFen: Number(r.amount_fen),
      remittedOn: r.remitted_on,
      decision: r.decision,
      rejectionReason: r.rejection_reason,
      submittedAt: r.created_at,
      voucherUrl: voucherUrl(String(r.document_id)),
    })),
  };
}
