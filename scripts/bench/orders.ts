import crypto from 'node:crypto';
import { ORDER_TERMS_VERSION } from '@pvis/config';
import { alipayNotification } from '../../cms/src/payments/sandbox/notifications';
import { generatePayablePersons } from '../../database/generator/persons';
import { createLiaisons, type Liaison, loginAll } from './fixtures';
import { call, runLoad } from './load';
import { type Row, rowOf } from './report';
import { type BenchContext, genericCreateLoad } from './scenarios';

const RUSH_CLIENTS = Number(process.env.BENCH_RUSH_CLIENTS ?? 500);
const RUSH_MS = Number(process.env.BENCH_RUSH_SECONDS ?? 30) * 1000;
/** Enough that no client runs out within the rush at well over 200 orders a second. */
const PERSONS_PER_CLIENT = 60;
const RACERS = 200;
const CONTESTED = 50;
const NOTIFY_CONCURRENCY = 20;

const orderBody = (personId: string) => ({
  data: {
    personIds: [personId],
    collectionMethod: 'pickup',
    termsAccepted: ORDER_TERMS_VERSION,
    idempotencyKey: crypto.randomBytes(12).toString('hex'),
  },
});

const placeOrder = (ctx: BenchContext, token: string, personId: string) =>
  call(`${ctx.cmsUrl}/api/badge-orders`, { method: 'POST', token, body: orderBody(personId) });

/** Persons holding more than one live order line: must be none, whatever the load. */
async function personsInTwoLiveOrders(ctx: BenchContext) {
  const { rows } = await ctx.db.query<{ n: string }>(
    `SELECT count(*) AS n FROM (SELECT person_ref FROM badge_order_lines WHERE live
       GROUP BY person_ref HAVING count(*) > 1) twice`,
  );
  return Number(rows[0]!.n);
}

/** Approved organizations with logged-in liaisons, each with persons pending payment. */
async function payableOrganizations(ctx: BenchContext, count: number, perOrganization: number) {
  const liaisons = await createLiaisons(ctx.db, {
    count,
    delegationPath: '/beijing/beijing-chaoyang/',
    tag: ctx.tag,
  });
  await ctx.db.query(
    `UPDATE organizations SET review_status = 'approved', submitted_at = now(), reviewed_at = now()
      WHERE document_id = ANY($1)`,
    [liaisons.map((l) => l.organizationId)],
  );
  const edition = (
    await ctx.db.query<{ number: number }>('SELECT number FROM editions WHERE current')
  ).rows[0]!.number;
  const persons = await generatePayablePersons(ctx.db, {
    edition,
    organizationRefs: liaisons.map((l) => l.organizationId),
    perOrganization,
    prefix: `pr${ctx.tag}`,
  });
  await loginAll(ctx.cmsUrl, liaisons, 300_000);
  return liaisons.map((liaison) => ({
    liaison: liaison as Required<Liaison>,
    persons: persons.get(liaison.organizationId) ?? [],
  }));
}

/**
 * Issue 5's rush: RUSH_CLIENTS liaisons each ordering their own persons one order after another
 * for RUSH_MS (orders/s, p99, errors, nobody in two live orders); then RACERS clients racing
 * for the same CONTESTED persons (exactly one live order each); then signed Alipay notifications
 * paying the rush's orders, a tenth of them sent twice (idempotent); against Strapi's generic
 * create at the same concurrency.
 */
export async function ordersScenario(ctx: BenchContext): Promise<Row[]> {
  const t = Date.now();
  const organizations = await payableOrganizations(ctx, RUSH_CLIENTS + 1, PERSONS_PER_CLIENT);
  const contested = organizations.pop()!;
  ctx.notes.push(
    `orders: ${RUSH_CLIENTS + 1} approved organizations with ${PERSONS_PER_CLIENT} persons pending payment each, liaisons logged in, in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );

  // ── the rush: every client its own organization and persons
  const used = new Array<number>(RUSH_CLIENTS).fill(0);
  const placed: { documentId: string; orderNumber: string; amountFen: number }[] = [];
  const rush = await runLoad({
    concurrency: RUSH_CLIENTS,
    durationMs: RUSH_MS,
    maxRequests: RUSH_CLIENTS * PERSONS_PER_CLIENT,
    send: async (worker) => {
      const { liaison, persons } = organizations[worker]!;
      const person = persons[used[worker]!++];
      if (!person) return null;
      const { status, json } = await placeOrder(ctx, liaison.token, person);
      const order = (json as { data?: Record<string, unknown> } | null)?.data;
      if (status === 201 && order) {
        placed.push({
          documentId: String(order.documentId),
          orderNumber: String(order.orderNumber),
          amountFen: Number(order.amountFen),
        });
      }
      return { ok: status === 201, status };
    },
  });
  const twiceAfterRush = await personsInTwoLiveOrders(ctx);
  if (rush.samples.length > 0) ctx.notes.push(`rush errors (first): ${rush.samples.join('; ')}`);
  ctx.notes.push(
    `rush: ${placed.length} orders placed by ${RUSH_CLIENTS} clients in ${rush.seconds.toFixed(1)} s; persons in two live orders afterwards: ${twiceAfterRush}`,
  );

  // ── the race: RACERS clients of one organization, CONTESTED persons, one request each
  const racers = await runLoad({
    concurrency: RACERS,
    durationMs: 60_000,
    maxRequests: RACERS,
    send: async (_worker, index) => {
      const person = contested.persons[index % CONTESTED]!;
      const { status } = await placeOrder(ctx, contested.liaison.token, person);
      // 201 for the winner, 409 personInLiveOrder for everyone else: both are right answers.
      return { ok: status === 201 || status === 409, status, label: String(status) };
    },
  });
  const { rows: liveLines } = await ctx.db.query<{ person_ref: string; n: string }>(
    `SELECT person_ref, count(*) AS n FROM badge_order_lines
      WHERE live AND person_ref = ANY($1) GROUP BY person_ref`,
    [contested.persons.slice(0, CONTESTED)],
  );
  const exactlyOne =
    liveLines.length === CONTESTED && liveLines.every((line) => Number(line.n) === 1);
  ctx.notes.push(
    `race: ${RACERS} clients for ${CONTESTED} persons → ${racers.byLabel.get('201')?.length ?? 0} orders (201), ${racers.byLabel.get('409')?.length ?? 0} refused (409); each person in exactly one live order: ${exactlyOne ? 'yes' : 'NO'}`,
  );

  // ── notifications: Alipay's signed form, verified and booked; every tenth one sent twice
  const alipay = ctx.alipay;
  if (!alipay) throw new Error('the orders scenario needs the bench Alipay keys (ctx.alipay)');
  const sends = placed.flatMap((order, i) => (i % 10 === 9 ? [order, order] : [order]));
  const notify = await runLoad({
    concurrency: NOTIFY_CONCURRENCY,
    durationMs: ctx.durationMs,
    maxRequests: sends.length,
    send: async (_worker, index) => {
      const order = sends[index];
      if (!order) return null;
      const message = alipayNotification(alipay, {
        orderNumber: order.orderNumber,
        gatewayTransactionId: `2026${order.orderNumber.slice(-20)}`,
        amountFen: order.amountFen,
        subject: 'CIIE 专业观众证件 1 人',
        paidAt: new Date(),
      });
      const response = await fetch(`${ctx.cmsUrl}/api/payments/notify/alipay`, {
        method: 'POST',
        headers: { 'content-type': message.contentType },
        body: message.body,
      });
      const text = await response.text();
      return { ok: response.status === 200 && text === 'success', status: response.status };
    },
  });
  const paid = (
    await ctx.db.query<{ orders: string; payments: string }>(
      `SELECT count(DISTINCT o.id) AS orders, count(p.id) AS payments FROM badge_orders o
         JOIN payments p ON p.order_ref = o.document_id AND p.payment_status = 'succeeded'
        WHERE o.document_id = ANY($1) AND o.order_status = 'paid'`,
      [placed.map((o) => o.documentId)],
    )
  ).rows[0]!;
  ctx.notes.push(
    `notifications: ${notify.requests} signed Alipay notifications (every tenth order's sent twice) → ${paid.orders} orders paid with ${paid.payments} payments (one each: ${paid.orders === paid.payments ? 'yes' : 'NO'})`,
  );

  // ── Strapi's generic create at the rush's concurrency, for comparison
  const generic = await genericCreateLoad(ctx, RUSH_CLIENTS, 'rush');

  const ordersPerSecond = placed.length / rush.seconds;
  return [
    rowOf(
      `orders: rush, ${RUSH_CLIENTS} clients, distinct persons`,
      rush,
      '> 200 orders/s, 0 errors, 0 in two live orders',
      ordersPerSecond > 200 && rush.errors === 0 && twiceAfterRush === 0 ? 'pass' : 'FAIL',
    ),
    rowOf(
      `orders: ${RACERS} clients racing for ${CONTESTED} persons`,
      racers,
      'exactly one live order each',
      exactlyOne && racers.errors === 0 ? 'pass' : 'FAIL',
    ),
    rowOf(
      `notifications: Alipay RSA2, verified and booked (c=${NOTIFY_CONCURRENCY})`,
      notify,
      'one payment per order',
      paid.orders === paid.payments && notify.errors === 0 ? 'pass' : 'FAIL',
    ),
    rowOf(`generic create: POST /exhibition-items (c=${RUSH_CLIENTS})`, generic, 'baseline'),
  ];
}
