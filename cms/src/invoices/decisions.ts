import { type Actor, can, machines, transitionMessages } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { conflict, fieldError, invalidFields } from '../errors';
import { enqueueMany } from '../jobs/queue';
import { writeAudit } from '../lifecycle/audit';
import type { MailJob } from '../mail/outbox';
import { invoiceParties } from './invoice-document';
import { type InvoiceRow, lockInvoice, moveInvoice } from './invoice-rows';
import { issueInvoice } from './issue';
import { confirmRedLetter, reverseInvoice } from './reversal';

export interface Decision {
  action: string;
  reason?: string;
  actor: Actor;
  userId?: number;
}

const reasonRequired = () =>
  invalidFields([fieldError('reason', 'reasonRequired', '请填写原因', 'A reason is required')]);

/**
 * POST /invoices/:id/transitions: finance's decisions on an invoice — 开具 (issue), 驳回 (reject,
 * with a reason; the liaison may ask again), 红冲 (reverse, with a reason: a red-letter invoice
 * or a confirmation, as the machine routes it) and 确认 (the buyer confirmed the 红字确认单).
 * Anything else is the machine's to refuse (409), nothing written.
 */
export async function decideInvoice(strapi: Core.Strapi, documentId: string, decision: Decision) {
  const { action, actor, userId } = decision;
  const reason = decision.reason?.trim() || undefined;
  if (action === 'issue' && actor === 'finance') return issueInvoice(strapi, documentId, userId);
  await strapi.db.transaction(async ({ trx }) => {
    if (action === 'confirmRedLetter' && actor === 'finance') {
      return confirmRedLetter(trx, documentId, userId);
    }
    const invoice = await lockInvoice(trx, documentId);
    if (action === 'reject') {
      await moveInvoice(trx, invoice, 'reject', {
        actor,
        userId,
        reason,
        columns: { rejection_reason: reason ?? null },
      });
      return queueRejectionMail(trx, invoice, String(reason));
    }
    if (action === 'reverse' || action === 'raiseRedLetterConfirmation') {
      if (!reason) throw reasonRequired();
      return reverseInvoice(trx, invoice, { actor, userId, reason });
    }
    // Issue and confirm by anyone else, expiry (the system's), unknown actions: the machine says why.
    const check = can(machines.invoice, invoice.invoice_status, action, actor);
    const code = check.ok ? 'actorNotAllowed' : check.code;
    const message = (transitionMessages as Record<string, { zh: string; en: string }>)[code];
    throw conflict([fieldError('invoiceStatus', code, message?.zh ?? code, message?.en ?? code)]);
  });
}

/** Tells the liaison why, so they can ask again (queued in the rejection's transaction). */
async function queueRejectionMail(trx: Knex.Transaction, invoice: InvoiceRow, reason: string) {
  const parties = await invoiceParties(trx, invoice);
  if (!parties.to) return;
  const { title, orderNumber, link } = parties.mail('', invoice.amount_fen);
  const job: MailJob = {
    to: parties.to,
    template: 'invoiceRejected',
    locale: parties.locale,
    data: { title, orderNumber, reason, link },
  };
  await enqueueMany('mail', [job], trx);
}

/**
 * POST /invoices/:id/buyer-deducted: finance records that the buyer has deducted or booked an
 * issued invoice (or not), which decides how a reversal goes. Audited; only on issued invoices.
 */
export async function markDeducted(
  strapi: Core.Strapi,
  documentId: string,
  buyerDeducted: unknown,
  userId?: number,
) {
  if (typeof buyerDeducted !== 'boolean') {
    throw invalidFields([
      fieldError(
        'buyerDeducted',
        'required',
        '请注明购买方是否已抵扣或入账',
        'State whether the buyer has deducted or booked the invoice',
      ),
    ]);
  }
  await strapi.db.transaction(async ({ trx }) => {
    const invoice = await lockInvoice(trx, documentId);
    if (invoice.invoice_status !== 'issued') {
      throw conflict([
        fieldError(
          'invoiceStatus',
          'notIssued',
          '只有已开具的发票可以标记抵扣',
          'Only an issued invoice can be marked as deducted',
        ),
      ]);
    }
    const change = trx('invoices')
      .where('id', invoice.id)
      .update({ buyer_deducted: buyerDeducted, updated_at: new Date() });
    await writeAudit(
      trx,
      [
        {
          machine: 'invoice',
          recordRef: documentId,
          action: buyerDeducted ? 'markDeducted' : 'unmarkDeducted',
          fromState: 'issued',
          toState: 'issued',
          actorRole: 'finance',
        },
      ],
      userId,
      change,
    );
  });
}
