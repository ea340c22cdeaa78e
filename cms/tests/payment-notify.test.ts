import crypto from 'node:crypto';
import net from 'node:net';
import { ORDER_TERMS_VERSION } from '@pvis/config';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SandboxBank } from '../src/payments/sandbox/bank';
import { keyHolder } from '../src/payments/sandbox/keys';
import {
  alipayNotification,
  type OutgoingNotification,
  wechatPayNotification,
} from '../src/payments/sandbox/notifications';
import type { GatewayMethod, PaymentPrompt } from '../src/payments/types';
import { newLiaison, withStrapi } from './support/app';
import { residentId } from './support/identities';

/**
 * Gateway notifications over HTTP against the booted cms with the sandbox gateway on: the
 * sandbox sends each gateway's signed notification to the real notify route on a real port.
 */
const port = await new Promise<number>((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as net.AddressInfo;
    probe.close(() => resolve(port));
  });
});
const app = withStrapi({ PAYMENT_SANDBOX: 'true', PORT: String(port), HOST: '127.0.0.1' });

let bank: SandboxBank;
beforeAll(async () => {
  await new Promise<void>((resolve) =>
    app.strapi().server.httpServer.listen(port, '127.0.0.1', resolve),
  );
  bank = gateways().sandbox()!;
});

const gateways = () =>
  app.strapi().service('api::payment.gateways') as unknown as {
    sandbox: () => SandboxBank | null;
    createPayment: (
      method: GatewayMethod,
      input: { orderNumber: string; amountFen: number; subject: string; returnUrl?: string },
    ) => Promise<PaymentPrompt | null>;
  };

type Liaison = Awaited<ReturnType<typeof newLiaison>>;
let liaison: Liaison | null = null;

/**
 * A real unpaid order of an approved enterprise (two persons: ¥200 + ¥100), placed through
 * POST /badge-orders as the portal does; its number is the gateways' out_trade_no.
 */
async function newOrder() {
  if (!liaison) {
    liaison = await newLiaison(app, 'domesticEnterprise');
    await liaison.post(`/api/organizations/${liaison.organizationId}/transitions`, {
      data: { action: 'submit' },
    });
  }
  const personIds: string[] = [];
  for (const entryDateOption of ['full', 'half']) {
    const person = await liaison.post('/api/persons', {
      data: {
        name: '付款测试',
        regionType: 'mainland',
        idType: 'residentId',
        idNumber: residentId(),
        entryDateOption,
      },
    });
    const id = person.body.data.documentId as string;
    await liaison.post(`/api/persons/${id}/transitions`, { data: { action: 'submit' } });
    personIds.push(id);
  }
  const placed = await liaison.post('/api/badge-orders', {
    data: {
      personIds,
      collectionMethod: 'pickup',
      termsAccepted: ORDER_TERMS_VERSION,
      idempotencyKey: crypto.randomBytes(12).toString('hex'),
    },
  });
  expect(placed.status, placed.text).toBe(201);
  return placed.body.data as { documentId: string; orderNumber: string; amountFen: number };
}

const paymentsOf = (filters: object) =>
  app
    .strapi()
    .documents('api::payment.payment')
    .findMany({ filters } as never) as unknown as Promise<
    {
      paymentStatus: string;
      amountFen: number;
      paidAmountFen: number;
      flagReason?: string;
      orderRef: string;
    }[]
  >;
const paymentCount = () =>
  app
    .strapi()
    .documents('api::payment.payment')
    .count({} as never);

/** Opens a sandbox payment as the portal does: QR content, or the bank form posted by the browser. */
async function openSandboxPayment(method: GatewayMethod, orderId: string) {
  const response = await liaison!.post(`/api/badge-orders/${orderId}/payments`, {
    data: { method },
  });
  expect(response.status, response.text).toBe(201);
  return pageOf(response.body.data.prompt as PaymentPrompt);
}

/** The sandbox page a prompt leads to (a redirect form is posted to the bank's front door first). */
async function pageOf(prompt: PaymentPrompt | null) {
  if (prompt?.kind === 'redirect') {
    const response = await app
      .http()
      .post(new URL(prompt.url).pathname)
      .type('form')
      .send(new URLSearchParams(prompt.fields).toString());
    expect(response.status).toBe(302);
    return new URL(response.headers.location).pathname;
  }
  expect(prompt?.kind).toBe('qr');
  return new URL(prompt!.kind === 'qr' ? prompt!.qrContent : '').pathname;
}

const expectedAnswer: Record<GatewayMethod, { status: number; body: string }> = {
  alipay: { status: 200, body: 'success' },
  wechatPay: { status: 204, body: '' },
  unionPay: { status: 200, body: 'ok' },
  b2bGateway: { status: 200, body: 'ok' },
};

const send = (method: string, n: OutgoingNotification) =>
  app
    .http()
    .post(`/api/payments/notify/${method}`)
    .set({ 'Content-Type': n.contentType, ...n.headers })
    .send(n.body);

describe('sandbox-signed notifications over HTTP', () => {
  for (const method of ['alipay', 'wechatPay', 'unionPay', 'b2bGateway'] as const) {
    it(`${method}: paying on the sandbox page records exactly one payment, even notified ten times`, async () => {
      const { orderNumber, documentId } = await newOrder();
      const page = await openSandboxPayment(method, documentId);
      const shown = await app.http().get(page);
      expect(shown.status).toBe(200);
      expect(shown.text).toContain(orderNumber);
      expect(shown.text).toContain('¥300.00');

      // Pay pressed ten times at once: ten signed notifications travel over HTTP to the notify route.
      const presses = await Promise.all(
        Array.from({ length: 10 }, () => app.http().post(`${page}/pay`)),
      );
      expect(presses.every((r) => r.status === 200)).toBe(true);
      const sandboxPayment = [...bank.payments.values()].find(
        (p) => p.orderNumber === orderNumber,
      )!;
      expect(sandboxPayment.deliveries).toHaveLength(10);
      for (const delivery of sandboxPayment.deliveries)
        expect(delivery).toEqual(expectedAnswer[method]);

      // And the same notification replayed ten more times, byte for byte.
      const notification = bank.notificationOf(sandboxPayment);
      const replays = await Promise.all(
        Array.from({ length: 10 }, () => send(method, notification)),
      );
      for (const r of replays) expect(r.status).toBe(expectedAnswer[method].status);

      const rows = await paymentsOf({ gatewayTransactionId: sandboxPayment.gatewayTransactionId });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        paymentStatus: 'succeeded',
        amountFen: 30_000,
        paidAmountFen: 30_000,
        orderRef: documentId,
      });
      const order = await liaison!.get(`/api/badge-orders/${documentId}`);
      expect(order.body.data).toMatchObject({ orderStatus: 'paid', paymentMethod: method });
      expect((await app.http().get(page)).text).toContain('已支付');
    });
  }

  it('records a payment whose amount differs from the order as flagged for finance', async () => {
    const { orderNumber } = await newOrder();
    // The gateway reports ¥1.00 for an order of ¥300.00.
    const page = await pageOf(
      await gateways().createPayment('unionPay', { orderNumber, amountFen: 100, subject: 'x' }),
    );
    await app.http().post(`${page}/pay`);
    const sent = [...bank.payments.values()].find((p) => p.orderNumber === orderNumber)!;
    const [row] = await paymentsOf({ gatewayTransactionId: sent.gatewayTransactionId });
    expect(row).toMatchObject({
      paymentStatus: 'flagged',
      flagReason: 'amountMismatch',
      amountFen: 30_000,
      paidAmountFen: 100,
    });
  });

  it('a payment the payer abandons sends nothing and records nothing', async () => {
    const page = await openSandboxPayment('wechatPay', (await newOrder()).documentId);
    const before = await paymentCount();
    const failed = await app.http().post(`${page}/fail`);
    expect(failed.text).toContain('已关闭');
    expect((await app.http().post(`${page}/pay`)).status).toBe(404);
    expect(await paymentCount()).toBe(before);
  });
});

describe('refused notifications write nothing', () => {
  it('a forged Alipay signature gets the failure answer', async () => {
    const before = await paymentCount();
    const attacker = await keyHolder('Attacker');
    const forged = alipayNotification(
      { ...bank.keys.alipay, gateway: attacker },
      {
        orderNumber: (await newOrder()).orderNumber,
        gatewayTransactionId: '2025110522001400000000000001',
        amountFen: 30_007,
        subject: 'x',
        paidAt: new Date(),
      },
    );
    const response = await send('alipay', forged);
    expect(response.status).toBe(200);
    expect(response.text).toBe('fail');
    expect(await paymentCount()).toBe(before);
  });

  it('a tampered UnionPay amount gets a non-200 answer', async () => {
    const page = await openSandboxPayment('unionPay', (await newOrder()).documentId);
    const before = await paymentCount();
    const sandboxPayment = bank.payments.get(page.split('/').pop()!)!;
    sandboxPayment.paidAt = new Date();
    const genuine = bank.notificationOf(sandboxPayment);
    const form = new URLSearchParams(genuine.body);
    form.set('txnAmt', '1');
    const response = await send('unionPay', { ...genuine, body: form.toString() });
    expect(response.status).toBe(400);
    expect(await paymentCount()).toBe(before);
  });

  it('a replayed WeChat Pay notification (timestamp six minutes old) gets 4xx {code: FAIL}', async () => {
    const before = await paymentCount();
    const old = wechatPayNotification(
      bank.keys.wechatPay,
      {
        orderNumber: (await newOrder()).orderNumber,
        gatewayTransactionId: '4200000000202511050000000001',
        amountFen: 30_007,
        subject: 'x',
        paidAt: new Date(),
      },
      Math.floor(Date.now() / 1000) - 6 * 60,
    );
    const response = await send('wechatPay', old);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ code: 'FAIL', message: 'replayed' });
    expect(await paymentCount()).toBe(before);
  });

  it('an unknown gateway answers 404', async () => {
    const response = await app.http().post('/api/payments/notify/paypal').type('form').send('a=1');
    expect(response.status).toBe(404);
    const sandbox = await app
      .http()
      .get(`/api/payment-sandbox/${crypto.randomBytes(8).toString('hex')}`);
    expect(sandbox.status).toBe(404);
  });

  it('the bank refuses a B2B form whose signature does not verify', async () => {
    const prompt = await gateways().createPayment('b2bGateway', {
      orderNumber: (await newOrder()).orderNumber,
      amountFen: 30_007,
      subject: 'x',
    });
    if (prompt?.kind !== 'redirect') throw new Error('expected a redirect');
    const response = await app
      .http()
      .post('/api/payment-sandbox/b2b/front')
      .type('form')
      .send(new URLSearchParams({ ...prompt.fields, txnAmt: '1' }).toString());
    expect(response.status).toBe(400);
  });
});
