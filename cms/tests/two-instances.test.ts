import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/processes';
import { keyHolder } from '../src/payments/sandbox/keys';
import { alipayNotification } from '../src/payments/sandbox/notifications';
import { newAccount, withStrapi } from './support/app';
import { openMailbox } from './support/mailbox';
import { approvedLiaison, pendingPersons, placeOrder } from './support/orders';

/**
 * Scale-out (docs/architecture.md): two cms instances against one database agree. This file's Strapi (in-process) and a
 * second one (`strapi start`, its own process and port) share the test database, the Alipay
 * settings (keys made here: the test plays Alipay) and the job queue. Copies of one payment
 * notification split between them make one payment and one receipt; an order's expiry job runs
 * once, on whichever instance claims it.
 */
const mailbox = await openMailbox();
await mailbox.start();
const [merchant, gateway] = await Promise.all([
  keyHolder('Two-instance merchant'),
  keyHolder('Two-instance Alipay'),
]);
const alipay = { appId: '2021000000000777', sellerId: '2088000000000777', merchant, gateway };
const app = withStrapi({
  PAYMENT_SANDBOX: 'false',
  ALIPAY_APP_ID: alipay.appId,
  ALIPAY_SELLER_ID: alipay.sellerId,
  ALIPAY_PRIVATE_KEY: merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  ALIPAY_PUBLIC_KEY: gateway.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(mailbox.port),
});

let second: ChildProcess;
let secondUrl: string;
let secondLog = '';
beforeAll(async () => {
  const port = await freePort();
  secondUrl = `http://127.0.0.1:${port}`;
  const cmsDir = path.resolve(__dirname, '..');
  // The in-process instance put the test database and settings into process.env when it booted.
  second = spawn(path.join(cmsDir, '..', 'node_modules', '.bin', 'strapi'), ['start'], {
    cwd: cmsDir,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), SERVE_ADMIN_PANEL: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    secondLog = (secondLog + chunk.toString()).slice(-4000);
  };
  second.stdout?.on('data', keep);
  second.stderr?.on('data', keep);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (second.exitCode !== null) throw new Error(`second cms exited: ${secondLog}`);
    const up = await fetch(`${secondUrl}/api/editions`).catch(() => null);
    if (up?.ok) break;
    if (Date.now() > deadline) throw new Error(`second cms did not start: ${secondLog}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, 150_000);
// Registered after withStrapi's, so it runs first: the second instance stops before the
// database is dropped.
afterAll(async () => {
  if (second && second.exitCode === null) {
    const exited = new Promise((resolve) => second.once('exit', resolve));
    second.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    if (second.exitCode === null) second.kill('SIGKILL');
  }
  await mailbox.stop();
}, 30_000);

const knex = () => app.strapi().db.connection;

async function orderOfNewLiaison() {
  const liaison = await approvedLiaison(app);
  const order = await placeOrder(liaison, await pendingPersons(liaison, ['full']));
  const organization = await knex()('organizations')
    .where({ document_id: liaison.organizationId })
    .first('contact_email');
  return { liaison, order, email: String(organization.contact_email) };
}

describe('two cms instances against one database', () => {
  it('books a notification sent to both instances once: one payment, one receipt', async () => {
    const { liaison, order, email } = await orderOfNewLiaison();
    const notice = alipayNotification(alipay, {
      orderNumber: order.orderNumber,
      gatewayTransactionId: `2026${order.orderNumber.slice(-20)}`,
      amountFen: order.amountFen,
      subject: 'CIIE 专业观众证件 1 人',
      paidAt: new Date(),
    });
    const toFirst = () =>
      app
        .http()
        .post('/api/payments/notify/alipay')
        .set('Content-Type', notice.contentType)
        .send(notice.body)
        .then((r) => r.text);
    const toSecond = () =>
      fetch(`${secondUrl}/api/payments/notify/alipay`, {
        method: 'POST',
        headers: { 'Content-Type': notice.contentType },
        body: notice.body,
      }).then((r) => r.text());
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? toFirst() : toSecond())),
    );
    expect(answers).toEqual(Array(10).fill('success'));

    const payments = await knex()('payments').where({ order_ref: order.documentId });
    expect(payments.map((p) => p.payment_status)).toEqual(['succeeded']);
    const pays = await knex()('review_logs').where({
      record_ref: order.documentId,
      action: 'pay',
    });
    expect(pays).toHaveLength(1);
    // Both instances work the mail queue; the receipt job is claimed once.
    await mailbox.waitFor(email, (mail) => mail.subject.includes(order.orderNumber));
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const receipts = mailbox.mails.filter(
      (mail) => mail.to.includes(email) && mail.subject.includes(order.orderNumber),
    );
    expect(receipts).toHaveLength(1);
    // The liaison's token works on either instance, and both read the order as paid.
    const fromSecond = await fetch(`${secondUrl}/api/badge-orders/${order.documentId}`, {
      headers: { Authorization: `Bearer ${liaison.token}` },
    }).then((r) => r.json());
    expect(fromSecond.data).toMatchObject({ orderStatus: 'paid', paymentMethod: 'alipay' });
  }, 60_000);

  it('runs an order expiry once, whichever instance claims the job', async () => {
    const previous = process.env.ORDER_EXPIRY_MINUTES;
    process.env.ORDER_EXPIRY_MINUTES = '0.05'; // three seconds, for orders placed on this instance
    let placed: Awaited<ReturnType<typeof orderOfNewLiaison>>;
    try {
      placed = await orderOfNewLiaison();
    } finally {
      process.env.ORDER_EXPIRY_MINUTES = previous;
    }
    await expect
      .poll(
        async () =>
          (await knex()('badge_orders').where({ document_id: placed.order.documentId }).first())
            .order_status,
        { timeout: 20_000, interval: 250 },
      )
      .toBe('expired');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const expiries = await knex()('review_logs').where({
      record_ref: placed.order.documentId,
      action: 'expire',
    });
    expect(expiries).toHaveLength(1);
  }, 60_000);

  it('refuses a token revoked on one instance on the other within the auth cache period', async () => {
    const { username } = await newAccount(app, 'liaison');
    const token = await app.login(username, 'Secret#2025');
    const session = () =>
      fetch(`${secondUrl}/api/session`, { headers: { Authorization: `Bearer ${token}` } });
    // The second instance has the account and its token in its cache now.
    expect((await session()).status).toBe(200);
    const revoked = await app
      .http()
      .post('/api/account/sign-out-everywhere')
      .set('Authorization', `Bearer ${token}`);
    expect(revoked.status).toBe(204);
    expect(
      (await app.http().get('/api/session').set('Authorization', `Bearer ${token}`)).status,
    ).toBe(401);
    const since = Date.now();
    await expect
      .poll(async () => (await session()).status, { timeout: 10_000, interval: 200 })
      .toBe(401);
    // AUTH_CACHE_MS (5 s by default) bounds how long the other instance may lag.
    expect(Date.now() - since).toBeLessThan(5_000 + 1_000);
  }, 30_000);
});
