import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { conflict, fieldError, invalidFields, notFound } from '../errors';
import { localeOfOrganization } from '../lifecycle/notifications';
import { queueMails } from '../mail/outbox';
import { lockPayableOrder } from '../orders/payable-order';
import { movePayment, PAYMENT_COLUMNS, type PaymentRow } from '../orders/payment-moves';
import { queueReceipt } from '../orders/receipt';
import { assertPaymentMove } from './payment-checks';
import { settleTransfer } from './settle-transfer';

export type RemittanceDecision = 'confirm' | 'reject';

const portalUrl = () => process.env.PORTAL_URL ?? 'http://127.0.0.1:5173';

const notPending = () =>
  conflict([
    fieldError(
      'decision',
      'remittanceDecided',
      '该汇款信息已处理，请刷新后查看',
      'This remittance has already been decided; reload to see it',
    ),
  ]);

/**
 * 确认到账 / 驳回 a remittance (finance). Locks the order, then the payment, then the remittance (the
 * order-first order every payment path uses, so racing confirmations queue up and the second
 * finds the first one's result: 409, one settlement). Confirm needs the order still unpaid
 * (409 `orderNotPayable`, nothing changed) and the remitted amount equal to the order's (409
 * `amountMismatch`: finance rejects with a reason instead). Reject needs a reason and mails it
 * to the organization in the same transaction (outbox).
 */
export async function decideRemittance(
  strapi: Core.Strapi,
  remittanceDocumentId: string,
  decision: unknown,
  reasonText: unknown,
  userId?: number,
) {
  if (decision !== 'confirm' && decision !== 'reject') {
    throw invalidFields([
      fieldError('action', 'missingAction', '请选择确认到账或驳回', 'Choose confirm or reject'),
    ]);
  }
  const reason = typeof reasonText === 'string' ? reasonText.trim() : '';
  if (decision === 'reject' && !reason) {
    throw invalidFields([
      fieldError('reason', 'reasonRequired', '请填写驳回原因', 'Give the reason for rejecting'),
    ]);
  }
  const knex = strapi.db.connection;
  const found = await knex('remittances')
    .where({ document_id: remittanceDocumentId })
    .first('order_ref');
  if (!found) throw notFound();
  const settled = await strapi.db.transaction(async ({ trx }) => {
    const order =
      decision === 'confirm'
        ? await lockPayableOrder(trx, found.order_ref, 'update')
        : await trx('badge_orders').where({ document_id: found.order_ref }).forUpdate().first();
    const remittance = await trx('remittances')
      .where({ document_id: remittanceDocumentId })
      .forUpdate()
      .first('id', 'payment_ref', 'amount_fen', 'decision');
    if (remittance.decision !== 'pending') throw notPending();
    const payment = (await trx('payments')
      .select(PAYMENT_COLUMNS)
      .where({ document_id: remittance.payment_ref })
      .forUpdate()
      .first()) as PaymentRow;
    assertPaymentMove(payment, decision, 'finance', reason || undefined);
    if (decision === 'confirm') {
      if (Number(remittance.amount_fen) !== Number(order.amount_fen)) {
        throw conflict([
          fieldError(
            'amountFen',
            'amountMismatch',
            '汇款金额与订单应付金额不一致，不能确认到账；请驳回并说明原因',
            'The amount remitted differs from the amount due; reject it with a reason instead',
          ),
        ]);
      }
      await settleTransfer(trx, order, payment, { action: 'confirm', paidAt: new Date(), userId });
      return order.document_id as string;
    }
    const now = new Date();
    await movePayment(
      trx,
      payment,
      'reject',
      { rejection_reason: reason },
      'finance',
      reason,
      userId,
    );
    await trx('remittances')
      .where('id', remittance.id)
      .update({ decision: 'rejected', rejection_reason: reason, decided_at: now, updated_at: now });
    await queueMails(await rejectionMail(trx, order, reason), trx);
    return null;
  });
  // After commit: a rolled-back confirmation mails nothing.
  if (settled) {
    await queueReceipt(strapi, settled).catch((error: Error) =>
      strapi.log.error(`receipt for order ${settled} not queued: ${error.message}`),
    );
  }
}

/** 汇款信息被驳回: to the organization's contact, with the reason and the link to resubmit. */
async function rejectionMail(
  trx: Knex.Transaction,
  order: { order_number: string; organization_ref: string; document_id: string },
  reason: string,
) {
  const organization = await trx('organizations')
    .where({ document_id: order.organization_ref })
    .first('name', 'name_en', 'category', 'contact_email', 'account_email');
  const to = organization?.contact_email ?? organization?.account_email;
  if (!to) return [];
  const locale = localeOfOrganization({ category: organization.category });
  return [
    {
      to,
      template: 'remittanceRejected' as const,
      locale,
      data: {
        name: (locale === 'en' ? organization.name_en : null) ?? organization.name ?? '',
        orderNumber: order.order_number,
        reason,
        link: `${portalUrl()}/visitor/orders/${order.document_id}`,
      },
    },
  ];
}
