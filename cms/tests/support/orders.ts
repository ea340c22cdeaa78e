import crypto from 'node:crypto';
import { orderTerms } from '@pvis/config';
import type { Knex } from 'knex';
import { beforeAll, expect } from 'vitest';
import { freePort } from '../../../scripts/lib/processes';
import { insertPayment } from '../../src/orders/payment-rows';
import { settleOrder } from '../../src/orders/settle';
import type { SandboxBank } from '../../src/payments/sandbox/bank';
import { newLiaison, withStrapi } from './app';
import { residentId } from './identities';

/**
 * The order and payment tests' common ground: a cms with the sandbox gateway listening on a
 * real port (its notifications travel over HTTP), approved liaisons with persons pending
 * payment, placed orders, and paying through the sandbox as a payer would.
 */
export type Liaison = Awaited<ReturnType<typeof newLiaison>>;
export type App = ReturnType<typeof withStrapi>;

export interface PlacedOrder {
  documentId: string;
  orderNumber: string;
  amountFen: number;
  expiresAt: string;
  allowedActions: string[];
}

/** Top-level await in the test file: the port is chosen before Strapi boots with PORT set. */
export async function withSandboxStrapi(env: Record<string, string> = {}) {
  const port = await freePort();
  const app = withStrapi({
    PAYMENT_SANDBOX: 'true',
    PORT: String(port),
    HOST: '127.0.0.1',
    ...env,
  });
  let bank: SandboxBank;
  beforeAll(async () => {
    await new Promise<void>((resolve) =>
      app.strapi().server.httpServer.listen(port, '127.0.0.1', resolve),
    );
    bank = (
      app.strapi().service('api::payment.gateways') as unknown as { sandbox: () => SandboxBank }
    ).sandbox();
  });
  return { app, bank: () => bank };
}

export const idempotencyKey = () => crypto.randomBytes(12).toString('hex');

/** A liaison whose enterprise was approved at once on submit (issue 3). */
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
    const submitted = await liaison.post(`/api/persons/${id}/transitions`, {
      data: { action: 'submit' },
    });
    expect(submitted.body.data.personStatus).toBe('pendingPayment');
    ids.push(id);
  }
  return ids;
}

/** The body of 提交办证 for these persons: pick-up, every term ticked, a fresh key. */
export const orderBody = (personIds: string[], extra: Record<string, unknown> = {}) => ({
  data: {
    personIds,
    collectionMethod: 'pickup',
    termsAccepted: orderTerms.map((t) => t.code),
    idempotencyKey: idempotencyKey(),
    ...extra,
  },
});

export async function placeOrder(liaison: Liaison, personIds: string[]) {
  const response = await liaison.post('/api/badge-orders', orderBody(personIds));
  expect(response.status, response.text).toBe(201);
  return response.body.data as PlacedOrder;
}

/** Opens a payment as the portal does and returns the sandbox page path the QR code holds. */
export async function openSandboxPayment(liaison: Liaison, orderId: string, method = 'alipay') {
  const response = await liaison.post(`/api/badge-orders/${orderId}/payments`, {
    data: { method },
  });
  expect(response.status, response.text).toBe(201);
  expect(response.body.data.payment).toMatchObject({ method, paymentStatus: 'created' });
  const prompt = response.body.data.prompt;
  expect(prompt.kind).toBe('qr');
  return new URL(prompt.qrContent).pathname;
}

/**
 * Pays as the payer would: scans the QR code and presses pay on the sandbox page, or (B2B) posts
 * the bank form to the sandbox bank and pays there; the sandbox sends the signed notification.
 */
export async function payWithSandbox(
  app: App,
  liaison: Liaison,
  orderId: string,
  method = 'alipay',
) {
  if (method === 'b2bGateway') {
    const opened = await liaison.post(`/api/badge-orders/${orderId}/payments`, {
      data: { method },
    });
    expect(opened.status, opened.text).toBe(201);
    const bank = (
      app.strapi().service('api::payment.gateways') as unknown as { sandbox: () => SandboxBank }
    ).sandbox();
    const payment = bank.openFromB2bForm(
      new URLSearchParams(opened.body.data.prompt.fields).toString(),
    );
    await bank.pay(payment.id);
    return;
  }
  const page = await openSandboxPayment(liaison, orderId, method);
  const paid = await app.http().post(`${page}/pay`);
  expect(paid.status, paid.text).toBe(200);
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

/**
 * An approved liaison's order for persons with these entry dates (full ¥200, half ¥100), paid:
 * through the sandbox gateway, or by a confirmed bank transfer. Its persons wait in 人员审核.
 */
export async function paidOrder(app: App, entryDates: string[], method = 'alipay') {
  const liaison = await approvedLiaison(app);
  const personIds = await pendingPersons(liaison, entryDates);
  const order = await placeOrder(liaison, personIds);
  if (method === 'bankTransfer')
    await payByTransfer(app.strapi().db.connection, order.documentId, `TR${order.orderNumber}`);
  else await payWithSandbox(app, liaison, order.documentId, method);
  return { liaison, personIds, order };
}

/** A new liaison's unpaid order for persons with these entry dates. */
export async function unpaidOrder(app: App, entryDates: string[] = ['full']) {
  const liaison = await approvedLiaison(app);
  const personIds = await pendingPersons(liaison, entryDates);
  const order = await placeOrder(liaison, personIds);
  return { liaison, personIds, order };
}
