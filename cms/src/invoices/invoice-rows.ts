import { type Actor, can, type InvoiceAction, machines, transitionMessages } from '@pvis/config';
import type { Knex } from 'knex';
import { conflict, fieldError, invalidFields, notFound } from '../errors';
import { writeAudit } from '../lifecycle/audit';

/** An invoices row as the money paths read it (snake_case columns). */
export interface InvoiceRow {
  id: number;
  document_id: string;
  order_ref: string;
  kind: 'ordinary' | 'special';
  invoice_status: string;
  title: string;
  tax_number: string;
  mobile: string | null;
  address: string | null;
  phone: string | null;
  bank: string | null;
  bank_account: string | null;
  email: string | null;
  remarks: string | null;
  amount_fen: number;
  invoice_number: string | null;
  issued_at: Date | null;
  buyer_deducted: boolean | null;
}

/** The invoice locked for this transaction, or 404. */
export async function lockInvoice(trx: Knex.Transaction, documentId: string) {
  const row: InvoiceRow | undefined = await trx('invoices')
    .where({ document_id: documentId })
    .forUpdate()
    .first();
  if (!row) throw notFound();
  return row;
}

export interface InvoiceMove {
  actor: Actor;
  userId?: number;
  reason?: string;
  /** Columns written with the new state (invoice number, rejection reason, …). */
  columns?: Record<string, unknown>;
}

const messageOf = (code: string) =>
  (transitionMessages as Record<string, { zh: string; en: string }>)[code] ?? {
    zh: `操作被拒绝（${code}）`,
    en: `Refused (${code})`,
  };

/**
 * One invoice through the invoice machine of config/ in the caller's transaction, with its audit
 * row (审核记录). The machine's refusal is a 409 (400 for a missing reason), nothing written.
 */
export async function moveInvoice(
  trx: Knex.Transaction,
  invoice: InvoiceRow,
  action: InvoiceAction,
  move: InvoiceMove,
) {
  const check = can(machines.invoice, invoice.invoice_status, action, move.actor, {
    invoiceKind: invoice.kind,
    buyerDeductedOrBooked: invoice.buyer_deducted === true,
    reason: move.reason,
  });
  if (!check.ok) {
    const message = messageOf(check.code);
    const error = fieldError(
      check.code === 'reasonRequired' ? 'reason' : 'invoiceStatus',
      check.code,
      message.zh,
      message.en,
    );
    throw check.code === 'reasonRequired' ? invalidFields([error]) : conflict([error]);
  }
  const to = String(check.to);
  const change = trx('invoices')
    .where('id', invoice.id)
    .update({ ...move.columns, invoice_status: to, updated_at: new Date() });
  await writeAudit(
    trx,
    [
      {
        machine: 'invoice',
        recordRef: invoice.document_id,
        action,
        fromState: invoice.invoice_status,
        toState: to,
        actorRole: move.actor,
        actorName: move.actor === 'system' ? '系统操作' : undefined,
        reason: move.reason,
      },
    ],
    move.userId,
    change,
  );
  Object.assign(invoice, { invoice_status: to });
  return to;
}
