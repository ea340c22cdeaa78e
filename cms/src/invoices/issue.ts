import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { conflict, fieldError } from '../errors';
import { enqueueMany } from '../jobs/queue';
import type { MailJob } from '../mail/outbox';
import { invoiceParties, netAmountOf, orderItems } from './invoice-document';
import { type InvoiceRow, lockInvoice, moveInvoice } from './invoice-rows';
import { nextInvoiceNumber } from './numbering';
import { renderInvoicePdf, totalOf } from './pdf';
import { storePdf } from './pdf-store';
import { seller } from './seller';

/**
 * Finance issues a requested invoice (开具): the machine's `issue`, a 数电 number, the issue
 * time, the PDF stored with it and mailed to the invoice email as an attachment — one
 * transaction, so an invoice is issued exactly when its number, PDF and mail exist.
 */
export async function issueInvoice(strapi: Core.Strapi, documentId: string, userId?: number) {
  await strapi.db.transaction(async ({ trx }) => {
    const invoice = await lockInvoice(trx, documentId);
    const order = await trx('badge_orders')
      .where({ document_id: invoice.order_ref })
      .forShare()
      .first('document_id', 'order_status', 'amount_fen');
    // Persons refunded since the request are not invoiced; nothing is once all are.
    const amountFen = await netAmountOf(trx, order);
    if (order.order_status === 'refunded' || amountFen <= 0) {
      throw conflict([
        fieldError(
          'order',
          'orderRefunded',
          '订单已全额退款，不能开具发票',
          'The order has been refunded in full: no invoice can be issued',
        ),
      ]);
    }
    await moveInvoice(trx, invoice, 'issue', { actor: 'finance', userId });
    const issuedAt = new Date();
    const number = await nextInvoiceNumber(trx, issuedAt);
    // The state change is written; number, time and amount go with it before the PDF (the
    // immutability trigger allows them only while no number is set).
    await trx('invoices')
      .where('id', invoice.id)
      .update({ invoice_number: number, issued_at: issuedAt, amount_fen: amountFen });
    Object.assign(invoice, { invoice_number: number, issued_at: issuedAt, amount_fen: amountFen });
    await renderAndMail(trx, invoice, {
      documentRef: invoice.document_id,
      number,
      issuedAt,
      redLetter: null,
    });
  });
}

/**
 * Renders the PDF of an invoice or of its red-letter counterpart, stores it and queues its mail
 * (in `trx`). A red-letter PDF negates the items and names the invoice it reverses.
 */
export async function renderAndMail(
  trx: Knex.Transaction,
  invoice: InvoiceRow,
  target: {
    documentRef: string;
    number: string;
    issuedAt: Date;
    redLetter: { reason: string } | null;
  },
) {
  const parties = await invoiceParties(trx, invoice);
  const paid = await orderItems(trx, parties.order);
  // The invoice is for what it says: when the items do not add up (an order changed since the
  // request), one item carries the invoice's amount.
  const items =
    totalOf(paid) === invoice.amount_fen
      ? paid
      : [{ name: '*会展服务*参观证件费', spec: '', quantity: 1, unitFen: invoice.amount_fen }];
  const redLetter = target.redLetter;
  const pdf = await renderInvoicePdf({
    kind: invoice.kind,
    redLetter: redLetter !== null,
    invoiceNumber: target.number,
    issuedAt: target.issuedAt,
    seller: seller(),
    buyer: {
      title: invoice.title,
      taxNumber: invoice.tax_number,
      address: invoice.address,
      phone: invoice.phone,
      bank: invoice.bank,
      bankAccount: invoice.bank_account,
    },
    items: redLetter ? items.map((item) => ({ ...item, unitFen: -item.unitFen })) : items,
    remarks: [
      `证件订单号：${parties.order.order_number}`,
      ...(redLetter
        ? [`被红冲蓝字数电发票号码：${invoice.invoice_number}`, `红冲原因：${redLetter.reason}`]
        : []),
      ...(invoice.remarks ? [invoice.remarks] : []),
    ],
  });
  const fileName = `${redLetter ? 'red-letter-' : ''}invoice-${target.number}.pdf`;
  await storePdf(trx, target.documentRef, fileName, pdf);
  if (!parties.to) return;
  const amountFen = redLetter ? -invoice.amount_fen : invoice.amount_fen;
  const data = parties.mail(target.number, amountFen);
  const job: MailJob = redLetter
    ? {
        to: parties.to,
        template: 'redLetterIssued',
        locale: parties.locale,
        data: { ...data, originalNumber: String(invoice.invoice_number) },
        attachments: [{ pdfRef: target.documentRef }],
      }
    : {
        to: parties.to,
        template: 'invoiceIssued',
        locale: parties.locale,
        data,
        attachments: [{ pdfRef: target.documentRef }],
      };
  await enqueueMany('mail', [job], trx);
}
