import { orderTerms } from '@pvis/config';
import { describe, expect, it } from 'vitest';
import { errorsOf, fieldsOf } from './support/field-errors';
import { residentId } from './support/identities';
import {
  approvedLiaison as approvedOf,
  openSandboxPayment as openPayment,
  orderBody,
  type PlacedOrder,
  pendingPersons,
  placeOrder,
  withSandboxStrapi,
} from './support/orders';

/**
 * Issue 5, badge orders over HTTP against the booted cms with the sandbox gateway on a
 * real port: placing an order (amounts, persons in order, audit), scope, conflicts and races,
 * idempotency, cancel and expiry, and the sandbox payment end to end.
 */
const { app, bank: sandbox } = await withSandboxStrapi();
const terms = orderTerms.map((t) => t.code);
const approvedLiaison = () => approvedOf(app);
const knex = () => app.strapi().db.connection;

const statusesOf = async (ids: string[]) =>
  Object.fromEntries(
    (
      await knex()('persons')
        .whereIn('document_id', ids)
        .select('document_id', 'person_status', 'payment_status')
    ).map((p) => [p.document_id, `${p.person_status}/${p.payment_status}`]),
  );
const auditOf = (recordRef: string) =>
  knex()('review_logs')
    .where({ record_ref: recordRef })
    .orderBy('id')
    .select('machine', 'action', 'from_state', 'to_state', 'actor_role');
const liveLines = (personIds: string[]) =>
  knex()('badge_order_lines').whereIn('person_ref', personIds).where({ live: true });
const ordersOf = (organizationRef: string) =>
  knex()('badge_orders').where({ organization_ref: organizationRef });

describe('placing an order (提交办证)', () => {
  it('orders two persons: fee per entry date, amount, persons in order, masked lines, audit rows', async () => {
    const liaison = await approvedLiaison();
    const address = await liaison.post('/api/express-addresses', {
      data: {
        provinceCode: '310000',
        cityCode: '310100',
        districtCode: '310115',
        street: '世纪大道 1 号',
        recipient: '王敏',
        mobile: '13800138000',
        postcode: '200120',
      },
    });
    expect(address.status, address.text).toBe(201);
    const ids = await pendingPersons(liaison, ['full', 'half']);
    const response = await liaison.post(
      '/api/badge-orders',
      orderBody(ids, {
        collectionMethod: 'express',
        expressAddressId: address.body.data.documentId,
      }),
    );
    expect(response.status, response.text).toBe(201);
    const created = response.body.data;
    expect(created.orderNumber).toMatch(/^V\d{24}$/);
    expect(created).toMatchObject({
      orderStatus: 'pendingPayment',
      amountFen: 30_000,
      headCount: 2,
      collectionMethod: 'express',
      acceptedTerms: terms,
      expressAddressCopy: { recipient: '王敏', street: '世纪大道 1 号', district: '浦东新区' },
      allowedActions: ['cancel', 'pay'],
    });
    expect(created.lines.map((l: { feeFen: number }) => l.feeFen)).toEqual([20_000, 10_000]);
    expect(created.lines[0].idNumberMasked).toMatch(/^31\*{15}[0-9X]$/);
    expect(await statusesOf(ids)).toEqual({
      [ids[0]!]: 'inOrder/unpaid',
      [ids[1]!]: 'inOrder/unpaid',
    });
    for (const id of ids) {
      expect((await auditOf(id)).at(-1)).toMatchObject({
        machine: 'person',
        action: 'order',
        from_state: 'pendingPayment',
        to_state: 'inOrder',
        actor_role: 'liaison',
      });
    }
    expect(await auditOf(created.documentId)).toEqual([
      expect.objectContaining({
        machine: 'badgeOrder',
        action: 'create',
        to_state: 'pendingPayment',
      }),
    ]);
    // The copy outlives the address book entry.
    await liaison.delete(`/api/express-addresses/${address.body.data.documentId}`);
    const again = await liaison.get(`/api/badge-orders/${created.documentId}`);
    expect(again.body.data.expressAddressCopy.recipient).toBe('王敏');
  });

  it('answers a new order exactly as the order route shows it afterwards', async () => {
    const liaison = await approvedLiaison();
    const ids = await pendingPersons(liaison, ['full', 'half']);
    const created = await liaison.post('/api/badge-orders', orderBody(ids));
    expect(created.status, created.text).toBe(201);
    const shown = await liaison.get(`/api/badge-orders/${created.body.data.documentId}`);
    expect(created.body.data).toEqual(shown.body.data);
    expect(created.body.data.lines.map((l: { personRef: string }) => l.personRef)).toEqual(ids);
  });

  it('refuses bad input field by field, in Chinese and English, and writes nothing', async () => {
    const liaison = await approvedLiaison();
    const ids = await pendingPersons(liaison, ['full']);
    const response = await liaison.post('/api/badge-orders', {
      data: { personIds: ids, collectionMethod: 'express', termsAccepted: terms.slice(0, 3) },
    });
    expect(response.status).toBe(400);
    expect(fieldsOf(response).sort()).toEqual([
      'expressAddressId',
      'idempotencyKey',
      'termsAccepted',
    ]);
    expect(errorsOf(response)[0]).toMatchObject({ zh: expect.any(String), en: expect.any(String) });
    expect(await ordersOf(liaison.organizationId)).toHaveLength(0);
    expect(await statusesOf(ids)).toEqual({ [ids[0]!]: 'pendingPayment/unpaid' });
  });

  it("answers 404 for someone else's person and writes nothing", async () => {
    const owner = await approvedLiaison();
    const other = await approvedLiaison();
    const [theirs] = await pendingPersons(owner, ['full']);
    const [mine] = await pendingPersons(other, ['full']);
    const response = await other.post('/api/badge-orders', orderBody([mine!, theirs!]));
    expect(response.status).toBe(404);
    expect(await ordersOf(other.organizationId)).toHaveLength(0);
    expect(await statusesOf([mine!, theirs!])).toEqual({
      [mine!]: 'pendingPayment/unpaid',
      [theirs!]: 'pendingPayment/unpaid',
    });
  });

  it('answers 409 naming the person who is not pending payment, and writes nothing', async () => {
    const liaison = await approvedLiaison();
    const [ready] = await pendingPersons(liaison, ['full']);
    const draft = await liaison.post('/api/persons', {
      data: {
        name: '草稿人员',
        regionType: 'mainland',
        idType: 'residentId',
        idNumber: residentId(),
      },
    });
    const response = await liaison.post(
      '/api/badge-orders',
      orderBody([ready!, draft.body.data.documentId]),
    );
    expect(response.status).toBe(409);
    expect(errorsOf(response)).toEqual([
      expect.objectContaining({ path: ['personIds', '1'], code: 'notAllowedFromState' }),
    ]);
    expect((errorsOf(response)[0] as unknown as { zh: string }).zh).toContain('草稿人员');
    expect(await ordersOf(liaison.organizationId)).toHaveLength(0);
    expect(await statusesOf([ready!])).toEqual({ [ready!]: 'pendingPayment/unpaid' });
  });

  it('makes exactly one live order out of 20 concurrent requests for the same persons', async () => {
    const liaison = await approvedLiaison();
    const ids = await pendingPersons(liaison, ['full', 'full']);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => liaison.post('/api/badge-orders', orderBody(ids))),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(await ordersOf(liaison.organizationId)).toHaveLength(1);
    expect(await liveLines(ids)).toHaveLength(2);
    expect(Object.values(await statusesOf(ids))).toEqual(['inOrder/unpaid', 'inOrder/unpaid']);
  });

  it('returns the first order (200) when the same idempotency key comes again, even at once', async () => {
    const liaison = await approvedLiaison();
    const ids = await pendingPersons(liaison, ['half']);
    const body = orderBody(ids);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => liaison.post('/api/badge-orders', body)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.data.documentId)).size).toBe(1);
    const replay = await liaison.post('/api/badge-orders', body);
    expect(replay.status).toBe(200);
    expect(replay.body.data.documentId).toBe(answers[0]!.body.data.documentId);
    expect(await ordersOf(liaison.organizationId)).toHaveLength(1);
  });

  it('keeps persons out of the generic transition route: orders move them', async () => {
    const liaison = await approvedLiaison();
    const [id] = await pendingPersons(liaison, ['full']);
    const response = await liaison.post(`/api/persons/${id}/transitions`, {
      data: { action: 'order' },
    });
    expect(response.status).toBe(409);
    expect(errorsOf(response)[0]).toMatchObject({ code: 'useBadgeOrder' });
    expect(await statusesOf([id!])).toEqual({ [id!]: 'pendingPayment/unpaid' });
  });
});

describe('reading orders (人员证件订单)', () => {
  it('shows a liaison only their orders; finance and operations see all', async () => {
    const owner = await approvedLiaison();
    const other = await approvedLiaison();
    const mine = await placeOrder(owner, await pendingPersons(owner, ['full']));
    expect((await other.get(`/api/badge-orders/${mine.documentId}`)).status).toBe(404);
    const list = await other.get('/api/badge-orders');
    expect(list.body.data.map((o: { documentId: string }) => o.documentId)).not.toContain(
      mine.documentId,
    );
    const cancel = await other.post(`/api/badge-orders/${mine.documentId}/transitions`, {
      data: { action: 'cancel' },
    });
    expect(cancel.status).toBe(404);
    const pay = await other.post(`/api/badge-orders/${mine.documentId}/payments`, {
      data: { method: 'alipay' },
    });
    expect(pay.status).toBe(404);
    for (const role of ['finance', 'operations'] as const) {
      const seen = await (await app.as(role)).get(`/api/badge-orders/${mine.documentId}`);
      expect(seen.status, role).toBe(200);
      expect(seen.body.data.lines).toHaveLength(1);
    }
    const own = await owner.get('/api/badge-orders?sort=createdAt:desc');
    expect(own.body.data[0]).toMatchObject({
      documentId: mine.documentId,
      allowedActions: ['cancel', 'pay'],
    });
  });
});

describe('ending an unpaid order', () => {
  it('cancel: order cancelled, lines not live, persons back to pending payment, audit rows', async () => {
    const liaison = await approvedLiaison();
    const ids = await pendingPersons(liaison, ['full', 'half']);
    const first = await placeOrder(liaison, ids);
    const response = await liaison.post(`/api/badge-orders/${first.documentId}/transitions`, {
      data: { action: 'cancel' },
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body.data).toMatchObject({ orderStatus: 'cancelled', allowedActions: [] });
    expect(await liveLines(ids)).toHaveLength(0);
    expect(Object.values(await statusesOf(ids))).toEqual([
      'pendingPayment/unpaid',
      'pendingPayment/unpaid',
    ]);
    expect((await auditOf(ids[0]!)).at(-1)).toMatchObject({
      action: 'releaseOrder',
      to_state: 'pendingPayment',
      actor_role: 'liaison',
    });
    expect((await auditOf(first.documentId)).at(-1)).toMatchObject({
      action: 'cancel',
      to_state: 'cancelled',
    });
    // Cancelling twice is refused; the persons can be ordered again.
    const twice = await liaison.post(`/api/badge-orders/${first.documentId}/transitions`, {
      data: { action: 'cancel' },
    });
    expect(twice.status).toBe(409);
    const second = await placeOrder(liaison, ids);
    expect(second.documentId).not.toBe(first.documentId);
    // Paying is the gateway's: a liaison cannot mark an order paid.
    const pay = await liaison.post(`/api/badge-orders/${second.documentId}/transitions`, {
      data: { action: 'pay' },
    });
    expect(pay.status).toBe(409);
  });

  it('expiry: an unpaid order expires after ORDER_EXPIRY_MINUTES by the job, persons come back', async () => {
    const liaison = await approvedLiaison();
    const ids = await pendingPersons(liaison, ['full']);
    const previous = process.env.ORDER_EXPIRY_MINUTES;
    process.env.ORDER_EXPIRY_MINUTES = '0.05'; // three seconds
    let expiring: PlacedOrder;
    try {
      expiring = await placeOrder(liaison, ids);
    } finally {
      process.env.ORDER_EXPIRY_MINUTES = previous;
    }
    expect(new Date(expiring.expiresAt).getTime() - Date.now()).toBeLessThan(3_500);
    await expect
      .poll(
        async () =>
          (await knex()('badge_orders').where({ document_id: expiring.documentId }).first())
            .order_status,
        { timeout: 30_000, interval: 500 },
      )
      .toBe('expired');
    expect(await statusesOf(ids)).toEqual({ [ids[0]!]: 'pendingPayment/unpaid' });
    expect(await liveLines(ids)).toHaveLength(0);
    expect((await auditOf(expiring.documentId)).at(-1)).toMatchObject({
      action: 'expire',
      actor_role: 'system',
    });
  }, 40_000);
});

describe('paying through the sandbox gateway', () => {
  const paymentsOf = (orderRef: string) =>
    knex()('payments').where({ order_ref: orderRef }).orderBy('id');

  it('QR sandbox pay → notification → order paid, persons pending review; one payment for ten notifications', async () => {
    const liaison = await approvedLiaison();
    const ids = await pendingPersons(liaison, ['full', 'half']);
    const created = await placeOrder(liaison, ids);
    // A WeChat attempt opened and abandoned for Alipay: superseded when Alipay pays.
    await openPayment(liaison, created.documentId, 'wechatPay');
    const page = await openPayment(liaison, created.documentId, 'alipay');
    expect((await app.http().get(page)).text).toContain('¥300.00');
    const presses = await Promise.all(
      Array.from({ length: 10 }, () => app.http().post(`${page}/pay`)),
    );
    expect(presses.every((p) => p.status === 200)).toBe(true);
    const sent = sandbox().payments.get(page.split('/').pop()!)!;
    expect(sent.deliveries).toHaveLength(10);
    expect(sent.deliveries.every((d) => d.status === 200 && d.body === 'success')).toBe(true);

    const payments = await paymentsOf(created.documentId);
    expect(payments.map((p) => `${p.method}:${p.payment_status}`)).toEqual([
      'wechatPay:closed',
      'alipay:succeeded',
    ]);
    expect(payments[1]).toMatchObject({
      amount_fen: 30_000,
      paid_amount_fen: 30_000,
      gateway_transaction_id: sent.gatewayTransactionId,
    });
    const detail = await liaison.get(`/api/badge-orders/${created.documentId}`);
    expect(detail.body.data).toMatchObject({
      orderStatus: 'paid',
      paymentMethod: 'alipay',
      // Paid: no pay or cancel any more; 申请开票 is open.
      allowedActions: ['requestInvoice'],
    });
    expect(await statusesOf(ids)).toEqual({
      [ids[0]!]: 'pendingReview/paid',
      [ids[1]!]: 'pendingReview/paid',
    });
    expect(await liveLines(ids)).toHaveLength(2);
    expect((await auditOf(ids[0]!)).at(-1)).toMatchObject({
      action: 'pay',
      to_state: 'pendingReview',
      actor_role: 'system',
    });
    expect((await auditOf(payments[1]!.document_id)).map((a) => a.action)).toEqual([
      'create',
      'notifySuccess',
    ]);
    // The receipt (zh) is queued to the organization's contact.
    const organization = await knex()('organizations')
      .where({ document_id: liaison.organizationId })
      .first('contact_email');
    const receipts = await knex()('pgboss.job')
      .where({ name: 'mail' })
      .whereRaw(`data->>'template' = 'orderReceipt'`)
      .whereRaw(`data->>'to' = ?`, [organization.contact_email]);
    expect(receipts).toHaveLength(1);
    const receipt = receipts[0].data;
    expect(typeof receipt === 'string' ? JSON.parse(receipt) : receipt).toMatchObject({
      locale: 'zh-CN',
      data: { orderNumber: created.orderNumber, amount: '¥300.00', headCount: 2 },
    });
    // A paid order cannot be cancelled or paid again.
    const cancel = await liaison.post(`/api/badge-orders/${created.documentId}/transitions`, {
      data: { action: 'cancel' },
    });
    expect(cancel.status).toBe(409);
    const again = await liaison.post(`/api/badge-orders/${created.documentId}/payments`, {
      data: { method: 'alipay' },
    });
    expect(again.status).toBe(409);
  });

  it('a payment of the wrong amount is flagged for finance and does not pay the order', async () => {
    const liaison = await approvedLiaison();
    const ids = await pendingPersons(liaison, ['full']);
    const created = await placeOrder(liaison, ids);
    const page = await openPayment(liaison, created.documentId, 'unionPay');
    sandbox().payments.get(page.split('/').pop()!)!.amountFen = 100; // the payer paid ¥1.00
    await app.http().post(`${page}/pay`);
    const [payment] = await paymentsOf(created.documentId);
    expect(payment).toMatchObject({
      payment_status: 'flagged',
      flag_reason: 'amountMismatch',
      amount_fen: 20_000,
      paid_amount_fen: 100,
    });
    const order = await knex()('badge_orders').where({ document_id: created.documentId }).first();
    expect(order.order_status).toBe('pendingPayment');
    expect(await statusesOf(ids)).toEqual({ [ids[0]!]: 'inOrder/unpaid' });
  });

  it('money for a cancelled order is flagged for refund; the order and persons stay as they are', async () => {
    const liaison = await approvedLiaison();
    const ids = await pendingPersons(liaison, ['half']);
    const created = await placeOrder(liaison, ids);
    const page = await openPayment(liaison, created.documentId, 'wechatPay');
    await liaison.post(`/api/badge-orders/${created.documentId}/transitions`, {
      data: { action: 'cancel' },
    });
    expect((await paymentsOf(created.documentId))[0].payment_status).toBe('closed');
    // The payer scanned before the cancel and pays after it.
    const paid = await app.http().post(`${page}/pay`);
    expect(paid.status).toBe(200);
    const [payment] = await paymentsOf(created.documentId);
    expect(payment).toMatchObject({ payment_status: 'flagged', flag_reason: 'orderCancelled' });
    expect((await auditOf(payment.document_id)).map((a) => a.action)).toEqual([
      'create',
      'close',
      'flag',
    ]);
    const order = await knex()('badge_orders').where({ document_id: created.documentId }).first();
    expect(order.order_status).toBe('cancelled');
    expect(await statusesOf(ids)).toEqual({ [ids[0]!]: 'pendingPayment/unpaid' });
  });

  it('refuses a method that is not offered, and a payment for a cancelled order', async () => {
    const liaison = await approvedLiaison();
    const created = await placeOrder(liaison, await pendingPersons(liaison, ['full']));
    const wrong = await liaison.post(`/api/badge-orders/${created.documentId}/payments`, {
      data: { method: 'paypal' },
    });
    expect(wrong.status).toBe(400);
    expect(errorsOf(wrong)[0]).toMatchObject({ path: ['method'], code: 'methodNotOffered' });
    await liaison.post(`/api/badge-orders/${created.documentId}/transitions`, {
      data: { action: 'cancel' },
    });
    const late = await liaison.post(`/api/badge-orders/${created.documentId}/payments`, {
      data: { method: 'alipay' },
    });
    expect(late.status).toBe(409);
    expect(await paymentsOf(created.documentId)).toHaveLength(0);
  });
});
