import { createId } from '@paralleldrive/cuid2';
import { invoiceRequest, invoiceRequestRules } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Caller } from '../access/caller';
import { insertLinks } from '../db/links';
import { conflict, fieldError, invalidFields, isConstraintViolation, notFound } from '../errors';
import { unknownFieldErrors } from '../input/known-fields';
import { parseRequestBody } from '../input/request-body';
import { writeAudit } from '../lifecycle/audit';
import { netAmountOf } from './invoice-document';

/** Order states an invoice may be asked for: paid, and paid with some persons refunded. */
const INVOICEABLE = ['paid', 'partiallyRefunded'];

/**
 * 申请开票 is open on this order (as the order detail shows it, with its latest invoice): paid,
 * and no invoice that still stands (a rejected request may be followed by a new one).
 */
export const invoiceMayBeRequested = (order: {
  orderStatus?: unknown;
  invoice?: { invoiceStatus?: unknown } | null;
}) =>
  INVOICEABLE.includes(String(order.orderStatus)) &&
  (!order.invoice || order.invoice.invoiceStatus === 'rejected');

const duplicate = () =>
  conflict([
    fieldError(
      'order',
      'invoiceExists',
      '该订单已申请开票：每个订单只能开具一张发票',
      'An invoice has already been requested for this order: one invoice per order',
    ),
  ]);

/**
 * For B2B and transfer payments the paying organization is the title: the payer name
 * the bank reported when there is one, else the organization the order belongs to.
 */
async function lockedTitleOf(
  trx: Knex.Transaction,
  order: { document_id: string; organization_ref: string },
) {
  const payment = await trx('payments')
    .where({ order_ref: order.document_id, payment_status: 'succeeded' })
    .whereNotNull('payer_name')
    .first('payer_name');
  if (payment?.payer_name) return String(payment.payer_name);
  const organization = await trx('organizations')
    .where({ document_id: order.organization_ref })
    .first('name');
  return String(organization?.name ?? '');
}

/** What the liaison sends; the amount, number and state come from the order and finance. */
const INVOICE_REQUEST_FIELDS = ['order', ...Object.keys(invoiceRequestRules(undefined))];

/**
 * 申请开票: the liaison asks for the one invoice of a paid order of their organization. Foreign or
 * unknown order → 404; not paid → 409; bad fields → 400 with every field; an invoice already
 * requested or issued → 409 (the partial unique index is the backstop for a race). Writes the
 * invoice (requested), its order link and the audit row, or nothing.
 */
export async function requestInvoice(
  strapi: Core.Strapi,
  caller: Caller,
  body: Record<string, unknown>,
) {
  const orderRef = typeof body.order === 'string' ? body.order : '';
  const unknown = unknownFieldErrors(body, INVOICE_REQUEST_FIELDS);
  if (!orderRef || unknown.length > 0) {
    throw invalidFields([
      ...(orderRef
        ? []
        : [fieldError('order', 'required', '请选择要开票的订单', 'Choose the order to invoice')]),
      ...unknown,
    ]);
  }
  try {
    return await strapi.db.transaction(async ({ trx }) => {
      const order = await trx('badge_orders')
        .where({ document_id: orderRef })
        .forUpdate()
        .first(
          'id',
          'document_id',
          'organization_ref',
          'order_status',
          'amount_fen',
          'invoice_title_locked',
        );
      if (!order || !caller.organizationRef || order.organization_ref !== caller.organizationRef) {
        throw notFound();
      }
      if (!INVOICEABLE.includes(order.order_status)) {
        throw conflict([
          fieldError(
            'order',
            'orderNotPaid',
            '订单支付成功后才能申请开票',
            'An invoice can be requested once the order is paid',
          ),
        ]);
      }
      const lockedTitle = order.invoice_title_locked ? await lockedTitleOf(trx, order) : null;
      const request = parseRequestBody(
        invoiceRequest(body.kind, lockedTitle),
        INVOICE_REQUEST_FIELDS,
        body,
      );
      const live = await trx('invoices')
        .where({ order_ref: order.document_id })
        .whereNot('invoice_status', 'rejected')
        .first('id');
      if (live) throw duplicate();
      const amountFen = await netAmountOf(trx, order);
      const now = new Date();
      const documentId = createId();
      const [invoice] = await trx('invoices')
        .insert({
          document_id: documentId,
          order_ref: order.document_id,
          kind: request.kind,
          invoice_status: 'requested',
          title: request.title,
          tax_number: request.taxNumber,
          mobile: request.mobile ?? null,
          email: request.email,
          address: request.address ?? null,
          phone: request.phone ?? null,
          bank: request.bank ?? null,
          bank_account: request.bankAccount ?? null,
          remarks: request.remarks ?? null,
          amount_fen: amountFen,
          buyer_deducted: false,
          created_at: now,
          updated_at: now,
          published_at: now,
          locale: null,
        })
        .returning(['id']);
      await insertLinks(trx, 'invoice.order', [{ owner: invoice.id, target: order.id }]);
      await writeAudit(
        trx,
        [
          {
            machine: 'invoice',
            recordRef: documentId,
            action: 'create',
            fromState: 'none',
            toState: 'requested',
            actorRole: 'liaison',
          },
        ],
        caller.userId,
      );
      return documentId;
    });
  } catch (error) {
    if (
      isConstraintViolation(error) &&
      (error as { constraint?: string }).constraint === 'invoices__order__unique'
    ) {
      throw duplicate();
    }
    throw error;
  }
}
