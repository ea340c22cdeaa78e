import { beijingDay } from '@pvis/config';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SandboxBank } from '../src/payments/sandbox/bank';
import { newAccount } from './support/app';
import { errorsOf, fieldsOf } from './support/field-errors';
import { approvedLiaison, paidOrder, pendingPersons, withSandboxStrapi } from './support/orders';

/**
 * Issue 5, refunds (退款) over HTTP against the booted cms with the sandbox gateway on a
 * real port: raised by the review rejection (single and bulk) or by finance, submitted through
 * the original channel (synchronous, notified, refused and retried; bank transfer with an
 * exchange-rate difference), the order's books, scope and a submit race.
 */
const { app, bank: sandbox } = await withSandboxStrapi();
let bank: SandboxBank;
beforeAll(() => {
  bank = sandbox();
});

const knex = () => app.strapi().db.connection;
const refundsOf = (personIds: string[]) =>
  knex()('refunds').whereIn('person_ref', personIds).orderBy('id');
const orderStatus = async (orderId: string) =>
  (await knex()('badge_orders').where({ document_id: orderId }).first('order_status'))
    .order_status as string;
const paymentStatus = async (personId: string) =>
  (await knex()('persons').where({ document_id: personId }).first('payment_status'))
    .payment_status as string;
const auditOf = (recordRef: string) =>
  knex()('review_logs')
    .where({ record_ref: recordRef })
    .orderBy('id')
    .select('machine', 'action', 'from_state', 'to_state', 'actor_role');

async function reject(personId: string) {
  const operations = await app.as('operations');
  const response = await operations.post(`/api/persons/${personId}/transitions`, {
    data: { action: 'reject', reason: '证件照片不清晰' },
  });
  expect(response.status, response.text).toBe(200);
  return response.body.data;
}

/** The refund raised for this person (one, or the test fails). */
async function refundOf(personId: string) {
  const rows = await refundsOf([personId]);
  expect(rows).toHaveLength(1);
  return rows[0] as {
    document_id: string;
    refund_number: string;
    refund_status: string;
    amount_fen: number;
  };
}

async function submit(refundId: string, action = 'submit') {
  const finance = await app.as('finance');
  return finance.post(`/api/refunds/${refundId}/transitions`, { data: { action } });
}

/** The sandbox's record of the original payment of an order. */
const sandboxPaymentOf = (orderNumber: string) =>
  [...bank.payments.values()].find((p) => p.orderNumber === orderNumber && p.state === 'paid')!;

async function until(check: () => Promise<boolean>, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
}

describe('raising refunds (人员审核不通过)', () => {
  it('rejecting a paid person raises one refund of their fee, with an audit row; the person is 退款中', async () => {
    const { personIds, order } = await paidOrder(app, ['full', 'half']);
    const rejected = await reject(personIds[1]!);
    expect(rejected).toMatchObject({ personStatus: 'rejected', paymentStatus: 'refunding' });
    const refund = await refundOf(personIds[1]!);
    expect(refund).toMatchObject({
      refund_status: 'requested',
      amount_fen: 10_000,
      order_ref: order.documentId,
      order_number: order.orderNumber,
      payment_method: 'alipay',
    });
    expect(refund.refund_number).toMatch(/^R\d{24}$/);
    expect(await auditOf(refund.document_id)).toEqual([
      expect.objectContaining({
        machine: 'refund',
        action: 'create',
        to_state: 'requested',
        actor_role: 'system',
      }),
    ]);
    expect(await refundsOf([personIds[0]!])).toHaveLength(0);
    expect(await paymentStatus(personIds[0]!)).toBe('paid');
  });

  it('the bulk rejection of 人员审核 raises one refund per paid person, with their own fees', async () => {
    const { personIds } = await paidOrder(app, ['full', 'half']);
    const operations = await app.as('operations');
    const response = await operations.post('/api/persons/bulk-transitions', {
      data: { documentIds: personIds, action: 'reject', reason: '不符合专业观众条件' },
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body.data.succeeded).toHaveLength(2);
    const refunds = await refundsOf(personIds);
    expect(
      Object.fromEntries(refunds.map((r) => [r.person_ref, `${r.refund_status}:${r.amount_fen}`])),
    ).toEqual({ [personIds[0]!]: 'requested:20000', [personIds[1]!]: 'requested:10000' });
    expect(await paymentStatus(personIds[0]!)).toBe('refunding');
  });

  it('rejecting a person who paid nothing (a free, reused badge) raises no refund', async () => {
    const liaison = await approvedLiaison(app);
    const [personId] = await pendingPersons(liaison, ['full']);
    // Badge reuse leaves a person in review without payment.
    await knex()('persons')
      .where({ document_id: personId })
      .update({ person_status: 'pendingReview', payment_status: 'free', badge_reuse: true });
    expect((await reject(personId!)).paymentStatus).toBe('free');
    expect(await refundsOf([personId!])).toHaveLength(0);
  });

  it('finance raising a refund for a person not rejected is refused 409 in zh and en; nothing written', async () => {
    const { personIds } = await paidOrder(app, ['full']);
    const finance = await app.as('finance');
    const response = await finance.post('/api/refunds', { data: { person: personIds[0] } });
    expect(response.status).toBe(409);
    expect(errorsOf(response)[0]).toMatchObject({
      path: ['person'],
      code: 'personNotRejected',
      zh: '只有人员审核不通过的人员才能退款',
    });
    expect(await refundsOf(personIds)).toHaveLength(0);
    expect(await paymentStatus(personIds[0]!)).toBe('paid');
    // Rejected: raised at once; asking again is refused and changes nothing.
    await reject(personIds[0]!);
    const again = await finance.post('/api/refunds', { data: { person: personIds[0] } });
    expect(again.status).toBe(409);
    expect(errorsOf(again)[0]!.code).toBe('alreadyRefunded');
    expect(await refundsOf(personIds)).toHaveLength(1);
  });

  it('finance raises by hand the refund of a rejected, paid person who has none', async () => {
    const { personIds } = await paidOrder(app, ['full']);
    await reject(personIds[0]!);
    // A rejection from before refunds were raised by themselves.
    await knex()('refunds').whereIn('person_ref', personIds).delete();
    await knex()('persons').where({ document_id: personIds[0] }).update({ payment_status: 'paid' });
    const finance = await app.as('finance');
    const response = await finance.post('/api/refunds', { data: { person: personIds[0] } });
    expect(response.status, response.text).toBe(201);
    expect(response.body.data).toMatchObject({
      refundStatus: 'requested',
      amountFen: 20_000,
      allowedActions: ['submit'],
    });
    expect(await auditOf(response.body.data.documentId)).toEqual([
      expect.objectContaining({ action: 'create', actor_role: 'finance' }),
    ]);
  });
});

describe('processing refunds (退款)', () => {
  it('Alipay refunds at once: succeeded, the sandbox bank holds the refund; the order is partially, then fully refunded', async () => {
    const { liaison, personIds, order } = await paidOrder(app, ['full', 'half']);
    await reject(personIds[0]!);
    const first = await refundOf(personIds[0]!);
    const response = await submit(first.document_id);
    expect(response.status, response.text).toBe(200);
    expect(response.body.data).toMatchObject({
      refundStatus: 'succeeded',
      refundedAmountFen: 20_000,
      exchangeRateDifferenceFen: 0,
      allowedActions: [],
    });
    expect(sandboxPaymentOf(order.orderNumber).refunds).toEqual([
      expect.objectContaining({
        refundNumber: first.refund_number,
        amountFen: 20_000,
        state: 'done',
      }),
    ]);
    expect(await orderStatus(order.documentId)).toBe('partiallyRefunded');
    expect(await paymentStatus(personIds[0]!)).toBe('refunded');

    await reject(personIds[1]!);
    const second = await refundOf(personIds[1]!);
    expect((await submit(second.document_id)).body.data.refundStatus).toBe('succeeded');
    expect(await orderStatus(order.documentId)).toBe('refunded');
    expect((await auditOf(order.documentId)).slice(-2)).toEqual([
      expect.objectContaining({ action: 'refundPartially', to_state: 'partiallyRefunded' }),
      expect.objectContaining({ action: 'refundFully', to_state: 'refunded' }),
    ]);
    // The liaison sees both refunds of the order.
    const own = await liaison.get(`/api/refunds?filters[orderRef][$eq]=${order.documentId}`);
    expect(own.status).toBe(200);
    expect(own.body.data.map((r: { refundStatus: string }) => r.refundStatus)).toEqual([
      'succeeded',
      'succeeded',
    ]);
  });

  it('WeChat Pay accepts, the refund waits; its signed refund notification sent ten times completes it once', async () => {
    const { personIds, order } = await paidOrder(app, ['full'], 'wechatPay');
    await reject(personIds[0]!);
    const refund = await refundOf(personIds[0]!);
    bank.holdRefundNotices = true;
    try {
      const response = await submit(refund.document_id);
      expect(response.body.data).toMatchObject({ refundStatus: 'processing', allowedActions: [] });
      expect(await orderStatus(order.documentId)).toBe('paid');
      const sent = await Promise.all(
        Array.from({ length: 10 }, () => bank.sendRefundNotice(refund.refund_number)),
      );
      expect(sent[0]!.deliveries).toHaveLength(10);
      expect(sent[0]!.deliveries.every((d) => d.status === 204)).toBe(true);
    } finally {
      bank.holdRefundNotices = false;
    }
    const [row] = await refundsOf(personIds);
    expect(row).toMatchObject({ refund_status: 'succeeded', refunded_amount_fen: 20_000 });
    expect((await auditOf(refund.document_id)).filter((a) => a.action === 'succeed')).toHaveLength(
      1,
    );
    expect(
      (await auditOf(order.documentId)).filter((a) => a.action === 'refundFully'),
    ).toHaveLength(1);
    expect(await orderStatus(order.documentId)).toBe('refunded');
  });

  it('UnionPay accepts and its refund notification arrives by itself', async () => {
    const { personIds, order } = await paidOrder(app, ['full', 'half'], 'unionPay');
    await reject(personIds[1]!);
    const refund = await refundOf(personIds[1]!);
    expect((await submit(refund.document_id)).body.data.refundStatus).toBe('processing');
    await until(async () => (await refundOf(personIds[1]!)).refund_status === 'succeeded');
    expect(await orderStatus(order.documentId)).toBe('partiallyRefunded');
  });

  it('a refund the gateway refuses fails with its message; finance retries it and it succeeds', async () => {
    const { personIds, order } = await paidOrder(app, ['full']);
    await reject(personIds[0]!);
    const refund = await refundOf(personIds[0]!);
    bank.declineRefunds = 'NOT_ENOUGH 基本账户余额不足';
    let failed: Record<string, unknown>;
    try {
      failed = (await submit(refund.document_id)).body.data;
    } finally {
      bank.declineRefunds = null;
    }
    expect(failed).toMatchObject({ refundStatus: 'failed', allowedActions: ['retry'] });
    expect(failed.failureReason).toContain('NOT_ENOUGH 基本账户余额不足');
    expect(await orderStatus(order.documentId)).toBe('paid');
    const retried = await submit(refund.document_id, 'retry');
    expect(retried.body.data).toMatchObject({ refundStatus: 'succeeded', failureReason: null });
    expect(sandboxPaymentOf(order.orderNumber).refunds).toHaveLength(1);
    expect((await auditOf(refund.document_id)).map((a) => a.action)).toEqual([
      'create',
      'submit',
      'fail',
      'retry',
      'succeed',
    ]);
  });

  it('a bank transfer is refunded at the bank: finance records amount, reference and date; the shortfall is the exchange-rate difference', async () => {
    const { personIds, order } = await paidOrder(app, ['full'], 'bankTransfer');
    await reject(personIds[0]!);
    const refund = await refundOf(personIds[0]!);
    const submitted = await submit(refund.document_id);
    expect(submitted.body.data).toMatchObject({
      refundStatus: 'processing',
      paymentMethod: 'bankTransfer',
      allowedActions: ['recordBankRefund'],
    });
    const finance = await app.as('finance');
    const url = `/api/refunds/${refund.document_id}/bank-refund`;
    const bad = await finance.post(url, {
      data: { refundedAmountFen: 25_000, bankReference: ' ', refundedOn: '2099-01-01' },
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad)).toEqual(['refundedAmountFen', 'bankReference', 'refundedOn']);
    expect((await refundOf(personIds[0]!)).refund_status).toBe('processing');
    const today = beijingDay(new Date());
    const recorded = await finance.post(url, {
      data: { refundedAmountFen: 19_650, bankReference: 'BOC20251105001', refundedOn: today },
    });
    expect(recorded.status, recorded.text).toBe(200);
    expect(recorded.body.data).toMatchObject({
      refundStatus: 'succeeded',
      refundedAmountFen: 19_650,
      exchangeRateDifferenceFen: 350,
      channelReference: 'BOC20251105001',
      refundedOn: today,
    });
    expect(await orderStatus(order.documentId)).toBe('refunded');
    expect(await paymentStatus(personIds[0]!)).toBe('refunded');
  });

  it('a gateway refund cannot be recorded as a bank refund', async () => {
    const { personIds } = await paidOrder(app, ['full'], 'wechatPay');
    await reject(personIds[0]!);
    const refund = await refundOf(personIds[0]!);
    bank.holdRefundNotices = true;
    try {
      await submit(refund.document_id);
    } finally {
      bank.holdRefundNotices = false;
    }
    const finance = await app.as('finance');
    const today = beijingDay(new Date());
    const response = await finance.post(`/api/refunds/${refund.document_id}/bank-refund`, {
      data: { refundedAmountFen: 20_000, bankReference: 'X1', refundedOn: today },
    });
    expect(response.status).toBe(409);
    expect(errorsOf(response)[0]!.code).toBe('refundNotBankTransfer');
  });

  it('two finance users submitting the same refund at once: one gateway refund, the other is refused', async () => {
    const { personIds, order } = await paidOrder(app, ['full']);
    await reject(personIds[0]!);
    const refund = await refundOf(personIds[0]!);
    const { username } = await newAccount(app, 'finance');
    const other = await app.login(username, 'Secret#2025');
    const [a, b] = await Promise.all([
      submit(refund.document_id),
      app
        .http()
        .post(`/api/refunds/${refund.document_id}/transitions`)
        .set('Authorization', `Bearer ${other}`)
        .send({ data: { action: 'submit' } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(sandboxPaymentOf(order.orderNumber).refunds).toHaveLength(1);
    expect((await refundOf(personIds[0]!)).refund_status).toBe('succeeded');
  });
});

describe('scope and export', () => {
  it("answers 404 for someone else's refund and leaves it out of the list; liaisons cannot submit", async () => {
    const { personIds } = await paidOrder(app, ['full']);
    await reject(personIds[0]!);
    const refund = await refundOf(personIds[0]!);
    const stranger = await approvedLiaison(app);
    expect((await stranger.get(`/api/refunds/${refund.document_id}`)).status).toBe(404);
    expect((await stranger.get(`/api/refunds/${refund.document_id}/history`)).status).toBe(404);
    const list = await stranger.get('/api/refunds');
    expect(list.body.data).toEqual([]);
    const submitted = await stranger.post(`/api/refunds/${refund.document_id}/transitions`, {
      data: { action: 'submit' },
    });
    expect(submitted.status).toBe(403);
    expect((await refundOf(personIds[0]!)).refund_status).toBe('requested');
  });

  it('exports the queue filtered by status as XLSX with Chinese headers', async () => {
    const { personIds } = await paidOrder(app, ['full']);
    await reject(personIds[0]!);
    const finance = await app.as('finance');
    const response = await finance
      .get('/api/refunds/export?refundStatus=requested')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    const sheet = workbook.getWorksheet('退款列表')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('退款单号');
    const statuses = new Set<unknown>();
    sheet.eachRow((row, n) => {
      if (n > 1) statuses.add(row.getCell(2).value);
    });
    expect([...statuses]).toEqual(['待处理']);
    expect(sheet.rowCount).toBeGreaterThan(1);
  });
});
