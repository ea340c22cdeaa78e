import crypto from 'node:crypto';
import { orderTerms, residentIdCheck } from '@pvis/config';
import type { Knex } from 'knex';
import { expect } from 'vitest';
import { insertPayment } from '../../src/orders/payment-rows';
import { settleOrder } from '../../src/orders/settle';
import { newLiaison, type withStrapi } from './app';

/**
 * A liaison's way to a paid badge order, for tests that start after payment (refunds,
 * invoices): approved organization, persons in pending payment, an order, the sandbox payment.
 */
type App = ReturnType<typeof withStrapi>;
export type Liaison = Awaited<ReturnType<typeof newLiaison>>;

export function residentId() {
  const first17 = `310115198804${String(crypto.randomInt(10, 28))}${String(crypto.randomInt(100, 999))}`;
  return `${first17}${residentIdCheck(first17)}`;
}

/** A liaison whose enterprise was approved at once on submit. */
export async function approvedLiaison(app: App) {
  const liaison = await newLiaison(app, 'domesticEnterprise');
  const submitted = await liaison.post(`/api/organizations/${liaison.organizationId}/transitions`, {
    data: { action: 'submit' },
  });
  expect(submitted.body.data.reviewStatus).toBe('approved');
  return liaison;
}

/** Persons submitted to pending payment (待支付), one per entry-date option given. */
export async function pendingPersons(liaison: Liaison, entryDates: string[]) {
  const ids: string[] = [];
  for (const [i, entryDateOption] of entryDates.entries()) {
    const created = await liaison.post('/api/persons', {
      data: {
        name: `参观者${i + 1}`,
        regionType: 'mainland',
        idType: 'residentId',
        idNumber: residentId(),
        entryDateOption,
      },
    });
    expect(created.status, created.text).toBe(201);
    const id = created.body.data.documentId as string;
    await liaison.post(`/api/persons/${id}/transitions`, { data: { action: 'submit' } });
    ids.push(id);
  }
  return ids;
}

/** An order of these persons (pick-up), placed by the liaison. */
export async function placeOrder(liaison: Liaison, personIds: string[]) {
  const response = await liaison.post('/api/badge-orders', {
    data: {
      personIds,
      collectionMethod: 'pickup',
      termsAccepted: orderTerms.map((t) => t.code),
      idempotencyKey: crypto.randomBytes(12).toString('hex'),
    },
  });
  expect(response.status, response.text).toBe(201);
  return response.body.data as { documentId: string; orderNumber: string; amountFen: number };
}

/** Pays the order on the sandbox gateway's page (the signed notification goes over HTTP). */
export async function payInSandbox(app: App, liaison: Liaison, orderId: string, method: string) {
  const response = await liaison.post(`/api/badge-orders/${orderId}/payments`, {
    data: { method },
  });
  expect(response.status, response.text).toBe(201);
  const page = new URL(response.body.data.prompt.qrContent).pathname;
  expect((await app.http().post(`${page}/pay`)).status).toBe(200);
}

/**
 * A bank transfer confirmed by finance, written as the transfer service leaves it: a succeeded
 * bankTransfer payment and the order settled (persons to pending review, paid).
 */
export async function payByTransfer(knex: Knex, orderId: string, reference: string) {
  await knex.transaction(async (trx) => {
    const order = await trx('badge_orders')
      .where({ document_id: orderId })
      .forUpdate()
      .first('id', 'document_id', 'order_status', 'amount_fen');
    const payment = await insertPayment(trx, {
      orderRef: orderId,
      orderId: order.id,
      method: 'bankTransfer',
      amountFen: order.amount_fen,
    });
    await trx('payments').where('id', payment.id).update({
      payment_status: 'succeeded',
      paid_amount_fen: order.amount_fen,
      succeeded_at: new Date(),
    });
    await settleOrder(trx, order, { method: 'bankTransfer', reference, paidAt: new Date() });
  });
}

/** A paid order of these entry dates: its persons wait in 人员审核 (pending review, paid). */
export async function paidOrder(app: App, entryDates: string[], method = 'alipay') {
  const liaison = await approvedLiaison(app);
  const personIds = await pendingPersons(liaison, entryDates);
  const order = await placeOrder(liaison, personIds);
  if (method === 'bankTransfer')
    await payByTransfer(app.strapi().db.connection, order.documentId, `TR${order.orderNumber}`);
  else await payInSandbox(app, liaison, order.documentId, method);
  return { liaison, personIds, order };
}
