import { createSign, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAlipayAdapter } from '../src/payments/alipay';
import { formatChinaTime } from '../src/payments/alipay-openapi';
import { fenToYuan } from '../src/payments/money';
import { privateKeyFrom } from '../src/payments/pem';
import { adaptersFromEnv } from '../src/payments/production-config';
import {
  alipayNotification,
  wechatPayNotification,
  wechatPaySignedHeaders,
} from '../src/payments/sandbox/notifications';
import type { GatewayMethod } from '../src/payments/types';
import { createWechatPayAdapter } from '../src/payments/wechat-pay';
import { errorsOf } from './support/field-errors';
import { paidOrder, unpaidOrder, withSandboxStrapi } from './support/orders';

/**
 * Issue 10, finding 10: payments checked against the gateways' published formats, over HTTP
 * against the booted cms with the sandbox bank on a real port. Notifications are built here
 * from the documents (Alipay: sorted `k=v&` signed with the named algorithm; WeChat Pay v3:
 * `timestamp\nnonce\nbody\n` under the key its Wechatpay-Serial names).
 */
const { app, bank } = await withSandboxStrapi({ REFUND_CONFIRMATION_DELAY_SECONDS: '1' });

const knex = () => app.strapi().db.connection;
const gateways = () =>
  app.strapi().service('api::payment.gateways') as unknown as {
    confirmRefunds: () => Promise<Record<string, string>>;
  };
const paymentCount = async () => Number((await knex()('payments').count('* as n'))[0]!.n);
const orderStatus = async (documentId: string) =>
  (await knex()('badge_orders').where({ document_id: documentId }).first('order_status'))
    .order_status as string;
const refundRow = async (personId: string) =>
  knex()('refunds')
    .where({ person_ref: personId })
    .first('document_id', 'refund_number', 'refund_status', 'failure_reason');
const send = (method: GatewayMethod, n: { contentType: string; headers: object; body: string }) =>
  app
    .http()
    .post(`/api/payments/notify/${method}`)
    .set({ 'Content-Type': n.contentType, ...n.headers })
    .send(n.body);

async function until(check: () => Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('condition not met in time');
}

async function reject(personId: string) {
  const operations = await app.as('operations');
  const response = await operations.post(`/api/persons/${personId}/transitions`, {
    data: { action: 'reject', reason: '证件照片不清晰' },
  });
  expect(response.status, response.text).toBe(200);
}

async function submit(refundId: string, action = 'submit') {
  const finance = await app.as('finance');
  return finance.post(`/api/refunds/${refundId}/transitions`, { data: { action } });
}

const transaction = (orderNumber: string, amountFen: number, gatewayTransactionId: string) => ({
  orderNumber,
  gatewayTransactionId,
  amountFen,
  subject: 'CIIE 专业观众证件',
  paidAt: new Date(),
});

describe('Alipay notifications are believed only as the app is configured', () => {
  it('refuses sign_type=RSA (SHA1, correctly signed with the Alipay key) on an RSA2 app; nothing written', async () => {
    const { order } = await unpaidOrder(app);
    const params: Record<string, string> = {
      notify_time: formatChinaTime(new Date()),
      notify_type: 'trade_status_sync',
      notify_id: 'ac05099524730693a8b330c5ecf72da9786',
      app_id: bank().keys.alipay.appId,
      charset: 'utf-8',
      version: '1.0',
      trade_no: '2025110522001400000000000091',
      out_trade_no: order.orderNumber,
      seller_id: bank().keys.alipay.sellerId,
      trade_status: 'TRADE_SUCCESS',
      total_amount: fenToYuan(order.amountFen),
    };
    const content = Object.keys(params)
      .sort()
      .map((k) => `${k}=${params[k]}`)
      .join('&');
    const sign = createSign('RSA-SHA1')
      .update(content, 'utf8')
      .sign(bank().keys.alipay.gateway.privateKey, 'base64');
    const before = await paymentCount();
    const response = await send('alipay', {
      contentType: 'application/x-www-form-urlencoded',
      headers: {},
      body: new URLSearchParams({ ...params, sign, sign_type: 'RSA' }).toString(),
    });
    expect(response.text).toBe('fail');
    expect(await paymentCount()).toBe(before);
    expect(await orderStatus(order.documentId)).toBe('pendingPayment');
  });

  it('refuses a correctly signed notification for another seller_id; the order is not paid', async () => {
    const { order } = await unpaidOrder(app);
    const before = await paymentCount();
    const n = alipayNotification(
      { ...bank().keys.alipay, sellerId: '2088000000000666' },
      transaction(order.orderNumber, order.amountFen, '2025110522001400000000000092'),
    );
    expect((await send('alipay', n)).text).toBe('fail');
    expect(await paymentCount()).toBe(before);
    expect(await orderStatus(order.documentId)).toBe('pendingPayment');
  });
});

describe('a transaction number already booked for another order', () => {
  it('is flagged for finance once, pays nothing, and is answered so the gateway stops', async () => {
    const first = await paidOrder(app, ['full']);
    const paidRow = await knex()('payments')
      .where({ order_ref: first.order.documentId, payment_status: 'succeeded' })
      .first('gateway_transaction_id');
    const second = await unpaidOrder(app);
    const reused = alipayNotification(
      bank().keys.alipay,
      transaction(second.order.orderNumber, second.order.amountFen, paidRow.gateway_transaction_id),
    );
    for (let i = 0; i < 3; i++) expect((await send('alipay', reused)).text).toBe('success');
    const flagged = await knex()('payments')
      .where({ order_ref: second.order.documentId })
      .select('payment_status', 'flag_reason', 'gateway_payload', 'gateway_transaction_id');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({
      payment_status: 'flagged',
      flag_reason: 'transactionReused',
      gateway_transaction_id: null,
    });
    const payload =
      typeof flagged[0].gateway_payload === 'string'
        ? JSON.parse(flagged[0].gateway_payload)
        : flagged[0].gateway_payload;
    expect(payload, JSON.stringify(flagged[0])).toMatchObject({
      reusedTransactionId: paidRow.gateway_transaction_id,
      orderNumber: second.order.orderNumber,
    });
    expect(await orderStatus(second.order.documentId)).toBe('pendingPayment');
    expect(await orderStatus(first.order.documentId)).toBe('paid');
  });
  it('two orders notified at once with one transaction number: one is paid, the other flagged', async () => {
    const orders = [await unpaidOrder(app), await unpaidOrder(app)];
    const tradeNo = `2025120222001400${String(Date.now()).slice(-12)}`;
    const answers = await Promise.all(
      orders.map(({ order }) =>
        send(
          'alipay',
          alipayNotification(
            bank().keys.alipay,
            transaction(order.orderNumber, order.amountFen, tradeNo),
          ),
        ),
      ),
    );
    expect(answers.map((a) => a.text)).toEqual(['success', 'success']);
    const statuses = await Promise.all(orders.map(({ order }) => orderStatus(order.documentId)));
    expect(statuses.sort()).toEqual(['paid', 'pendingPayment']);
    const rows = await knex()('payments')
      .whereIn(
        'order_ref',
        orders.map(({ order }) => order.documentId),
      )
      .select('payment_status', 'flag_reason');
    expect(rows.map((r) => `${r.payment_status}:${r.flag_reason}`).sort()).toEqual([
      'flagged:transactionReused',
      'succeeded:null',
    ]);
  });
});

describe('WeChat Pay: public-key mode and appid', () => {
  it('pays an order from a notification signed in public-key mode (Wechatpay-Serial PUB_KEY_ID_…) and in certificate mode', async () => {
    for (const signWith of ['publicKey', 'certificate'] as const) {
      const { order } = await unpaidOrder(app);
      const n = wechatPayNotification(
        { ...bank().keys.wechatPay, signWith },
        transaction(
          order.orderNumber,
          order.amountFen,
          `42000000002025120${signWith.length}0000000001`,
        ),
      );
      if (signWith === 'publicKey') expect(n.headers['Wechatpay-Serial']).toMatch(/^PUB_KEY_ID_/);
      expect((await send('wechatPay', n)).status).toBe(204);
      expect(await orderStatus(order.documentId)).toBe('paid');
    }
  });

  it('refuses a correctly signed transaction of another appid; nothing written', async () => {
    const { order } = await unpaidOrder(app);
    const before = await paymentCount();
    const n = wechatPayNotification(
      { ...bank().keys.wechatPay, appId: 'wx9999999999999999' },
      transaction(order.orderNumber, order.amountFen, '4200000000202512020000000099'),
    );
    const response = await send('wechatPay', n);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ code: 'FAIL', message: 'wrongApp' });
    expect(await paymentCount()).toBe(before);
  });

  it('production settings: the public key and its id alone are enough; a bad id stops start-up', () => {
    const k = bank().keys.wechatPay;
    const env = {
      WECHATPAY_MCH_ID: k.mchId,
      WECHATPAY_APP_ID: k.appId,
      WECHATPAY_API_V3_KEY: k.apiV3Key,
      WECHATPAY_MERCHANT_PRIVATE_KEY: k.merchant.privateKey
        .export({ type: 'pkcs8', format: 'pem' })
        .toString(),
      WECHATPAY_MERCHANT_SERIAL: k.merchant.certificate.serialNumber,
      WECHATPAY_PUBLIC_KEY_ID: k.publicKeyId,
      WECHATPAY_PUBLIC_KEY: k.wechatPayKey.publicKey
        .export({ type: 'spki', format: 'pem' })
        .toString(),
    };
    const adapter = adaptersFromEnv(env).get('wechatPay')!;
    const n = wechatPayNotification(
      { ...k, signWith: 'publicKey' },
      transaction('V202512020800000000000001', 100, '4200000000202512020000000100'),
    );
    const headers = Object.fromEntries(
      Object.entries(n.headers).map(([h, v]) => [h.toLowerCase(), v]),
    );
    expect(adapter.verifyNotification({ rawBody: n.body, headers })).toMatchObject({
      kind: 'payment',
    });
    // The platform certificate is not configured: its serial is unknown.
    const byCertificate = wechatPayNotification(
      { ...k, signWith: 'certificate' },
      transaction('V1', 1, '1'),
    );
    expect(() =>
      adapter.verifyNotification({
        rawBody: byCertificate.body,
        headers: Object.fromEntries(
          Object.entries(byCertificate.headers).map(([h, v]) => [h.toLowerCase(), v]),
        ),
      }),
    ).toThrow(/unknown platform certificate serial/);
    expect(() => adaptersFromEnv({ ...env, WECHATPAY_PUBLIC_KEY_ID: '0123456789' })).toThrow(
      /PUB_KEY_ID_/,
    );
    expect(() => adaptersFromEnv({ ...env, WECHATPAY_PUBLIC_KEY_ID: '' })).toThrow(
      /WECHATPAY_PUBLIC_KEY_ID/,
    );
  });
});

describe('merchant private keys', () => {
  it('accepts PKCS#1 and PKCS#8, PEM or bare base64, and names the expected formats otherwise', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const bare = (der: Buffer) => der.toString('base64');
    for (const value of [
      pkcs1,
      pkcs8,
      pkcs1.replace(/\n/g, '\\n'),
      bare(privateKey.export({ type: 'pkcs1', format: 'der' })),
      bare(privateKey.export({ type: 'pkcs8', format: 'der' })),
    ]) {
      expect(privateKeyFrom(value, 'ALIPAY_PRIVATE_KEY').asymmetricKeyType).toBe('rsa');
    }
    expect(() => privateKeyFrom('A'.repeat(200), 'ALIPAY_PRIVATE_KEY')).toThrow(
      /ALIPAY_PRIVATE_KEY .*PKCS#8.*PKCS#1/,
    );
  });
});

describe('gateway answers that fail verification', () => {
  for (const method of ['alipay', 'wechatPay', 'unionPay'] as const) {
    it(`${method}: a forged answer to 去支付 is a 502 with a code in zh and en; the order stays unpaid`, async () => {
      const { liaison, order } = await unpaidOrder(app);
      bank().forgeAnswers = true;
      let response: Awaited<ReturnType<typeof liaison.post>>;
      try {
        response = await liaison.post(`/api/badge-orders/${order.documentId}/payments`, {
          data: { method },
        });
      } finally {
        bank().forgeAnswers = false;
      }
      expect(response.status, response.text).toBe(502);
      expect(errorsOf(response)).toEqual([
        expect.objectContaining({
          code: 'gatewayAnswerUnverified',
          zh: expect.stringContaining('未通过验证'),
          en: expect.stringContaining('failed verification'),
        }),
      ]);
      expect(await orderStatus(order.documentId)).toBe('pendingPayment');
      const attempts = await knex()('payments').where({ order_ref: order.documentId });
      expect(attempts.map((p) => p.payment_status)).toEqual(['created']);
      // The genuine answer afterwards works on the same attempt.
      const again = await liaison.post(`/api/badge-orders/${order.documentId}/payments`, {
        data: { method },
      });
      expect(again.status, again.text).toBe(201);
    });
  }

  it('a forged answer to a refund is a 502; the refund stays processing and the refund query settles it', async () => {
    const { personIds } = await paidOrder(app, ['full'], 'wechatPay');
    await reject(personIds[0]!);
    const refund = await refundRow(personIds[0]!);
    bank().forgeAnswers = true;
    let response: Awaited<ReturnType<typeof submit>>;
    try {
      response = await submit(refund.document_id);
    } finally {
      bank().forgeAnswers = false;
    }
    expect(response.status, response.text).toBe(502);
    expect(errorsOf(response)[0]?.code).toBe('gatewayAnswerUnverified');
    expect((await refundRow(personIds[0]!)).refund_status).toBe('processing');
    await until(async () => (await refundRow(personIds[0]!)).refund_status === 'succeeded');
  });
});

describe('answers about something else are not believed', () => {
  it('a signed WeChat Pay query answer for another appid, a signed Alipay answer about another trade', async () => {
    const w = bank().keys.wechatPay;
    const answer = JSON.stringify({
      appid: 'wx9999999999999999',
      mchid: w.mchId,
      out_trade_no: 'V202512020800000000000002',
      transaction_id: '4200000000202512020000000200',
      trade_state: 'SUCCESS',
      amount: { total: 100, currency: 'CNY' },
    });
    const wechat = createWechatPayAdapter({
      mchId: w.mchId,
      appId: w.appId,
      apiV3Key: w.apiV3Key,
      merchantPrivateKey: w.merchant.privateKey,
      merchantSerial: w.merchant.certificate.serialNumber,
      platformKeys: new Map([[w.publicKeyId, w.wechatPayKey.publicKey]]),
      apiBase: 'https://api.mch.weixin.qq.com',
      fetch: async () =>
        new Response(answer, {
          headers: wechatPaySignedHeaders({ ...w, signWith: 'publicKey' }, answer),
        }),
    });
    await expect(wechat.query('V202512020800000000000002')).rejects.toMatchObject({
      name: 'GatewayAnswerRejected',
    });

    // Alipay signs the exact text of the `…_response` object (开放平台: 同步响应验签).
    const a = bank().keys.alipay;
    const text = JSON.stringify({
      code: '10000',
      msg: 'Success',
      out_trade_no: 'V202512020800000000000003',
      trade_no: '2025120222001400000000000300',
      trade_status: 'TRADE_SUCCESS',
      total_amount: '1.00',
    });
    const sign = createSign('RSA-SHA256').update(text, 'utf8').sign(a.gateway.privateKey, 'base64');
    const alipay = createAlipayAdapter({
      appId: a.appId,
      sellerId: a.sellerId,
      privateKey: a.merchant.privateKey,
      alipayPublicKey: a.gateway.publicKey,
      gateway: 'https://openapi.alipay.com/gateway.do',
      fetch: async () => new Response(`{"alipay_trade_query_response":${text},"sign":"${sign}"}`),
    });
    await expect(alipay.query('V202512020800000000000099')).rejects.toMatchObject({
      name: 'GatewayAnswerRejected',
    });
    expect(await alipay.query('V202512020800000000000003')).toMatchObject({
      state: 'paid',
      amountFen: 100,
    });
  });
});

describe('refund confirmation by query', () => {
  it('Alipay fund_change=N: processing, then confirmed by alipay.trade.fastpay.refund.query (REFUND_SUCCESS)', async () => {
    const { personIds, order } = await paidOrder(app, ['full']);
    await reject(personIds[0]!);
    const refund = await refundRow(personIds[0]!);
    bank().alipayFundChangeN = true;
    try {
      const response = await submit(refund.document_id);
      expect(response.status, response.text).toBe(200);
      expect(response.body.data.refundStatus).toBe('processing');
    } finally {
      bank().alipayFundChangeN = false;
    }
    await until(async () => (await refundRow(personIds[0]!)).refund_status === 'succeeded');
    expect(await orderStatus(order.documentId)).toBe('refunded');
  });

  it('a WeChat Pay refund whose notification never comes is confirmed by GET /v3/refund/domestic/refunds/{out_refund_no}', async () => {
    const { personIds } = await paidOrder(app, ['full'], 'wechatPay');
    await reject(personIds[0]!);
    const refund = await refundRow(personIds[0]!);
    bank().holdRefundNotices = true;
    try {
      expect((await submit(refund.document_id)).body.data.refundStatus).toBe('processing');
      await until(async () => (await refundRow(personIds[0]!)).refund_status === 'succeeded');
    } finally {
      bank().holdRefundNotices = false;
    }
  });

  it('the scheduled sweep picks up a refund left processing by a crash: the gateway never got it, so it fails for a retry that succeeds', async () => {
    const { personIds } = await paidOrder(app, ['full'], 'unionPay');
    await reject(personIds[0]!);
    const refund = await refundRow(personIds[0]!);
    // What a crash between the first commit and the gateway call leaves behind.
    await knex()('refunds')
      .where({ document_id: refund.document_id })
      .update({ refund_status: 'processing', submitted_at: new Date(Date.now() - 2 * 3600_000) });
    const outcomes = await gateways().confirmRefunds();
    expect(outcomes[refund.refund_number]).toBe('failed');
    const failed = await refundRow(personIds[0]!);
    expect(failed.refund_status).toBe('failed');
    expect(failed.failure_reason).toContain('retry');
    const retried = await submit(refund.document_id, 'retry');
    expect(retried.body.data.refundStatus).toBe('processing');
    await until(async () => (await refundRow(personIds[0]!)).refund_status === 'succeeded');
  });

  it('a refund query that says done without the amount refunded is not booked as refunded: left processing for finance', async () => {
    const { personIds } = await paidOrder(app, ['full']);
    await reject(personIds[0]!);
    const refund = await refundRow(personIds[0]!);
    bank().alipayFundChangeN = true;
    bank().holdRefundNotices = true;
    bank().refundQueryWithoutAmount = true;
    try {
      expect((await submit(refund.document_id)).body.data.refundStatus).toBe('processing');
      await knex()('refunds')
        .where({ document_id: refund.document_id })
        .update({ submitted_at: new Date(Date.now() - 5 * 60_000) });
      // Asked until the sandbox has moved the money (before that Alipay does not know it yet).
      await until(
        async () => (await gateways().confirmRefunds())[refund.refund_number] === 'amountMismatch',
      );
      expect((await refundRow(personIds[0]!)).refund_status).toBe('processing');
    } finally {
      bank().alipayFundChangeN = false;
      bank().holdRefundNotices = false;
      bank().refundQueryWithoutAmount = false;
    }
  });

  it('the sweep is scheduled in pg-boss', async () => {
    const rows = await knex()('pgboss.schedule').where({ name: 'refund-confirmation' });
    expect(rows).toHaveLength(1);
    expect(rows[0].cron).toBe('*/10 * * * *');
  });
});
