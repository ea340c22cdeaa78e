import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { enqueueMany, queue, work } from '../jobs/queue';
import { endUnpaidOrder } from './end-unpaid';

interface ExpiryJob {
  /** One order at its expiry time; absent for the periodic sweep. */
  documentId?: string;
}

/**
 * Queues the expiry of a new unpaid order for the moment it is due (pg-boss `startAfter`), in the
 * order's own transaction: the job exists exactly when the order does.
 */
export const scheduleExpiry = (trx: Knex.Transaction, documentId: string, at: Date) =>
  enqueueMany('order-expiry', [{ documentId } satisfies ExpiryJob], trx, { startAfter: at });

// A job that fires a moment before the stored time (clocks of two machines) still counts.
const TOLERANCE_MS = 2_000;

async function expireIfDue(strapi: Core.Strapi, documentId: string) {
  const order = await strapi.db
    .connection('badge_orders')
    .where({ document_id: documentId })
    .first('order_status', 'expires_at');
  if (order?.order_status !== 'pendingPayment') return; // paid or cancelled meanwhile
  if (new Date(order.expires_at).getTime() > Date.now() + TOLERANCE_MS) return;
  try {
    await endUnpaidOrder(strapi, { documentId, action: 'expire', actor: 'system' });
  } catch (error) {
    // Paid or cancelled between the read and the lock: nothing to expire.
    if ((error as { status?: number }).status !== 409) throw error;
  }
}

/**
 * Unpaid orders expire after ORDER_EXPIRY_MINUTES: each order's own delayed job, and a
 * sweep every five minutes for any the jobs missed (e.g. orders placed before an upgrade).
 */
export async function startExpiryWorker(strapi: Core.Strapi) {
  await work<ExpiryJob>('order-expiry', async (job) => {
    if (job.documentId) return expireIfDue(strapi, job.documentId);
    const overdue: { document_id: string }[] = await strapi.db
      .connection('badge_orders')
      .where({ order_status: 'pendingPayment' })
      .where('expires_at', '<', new Date())
      .limit(500)
      .select('document_id');
    for (const order of overdue) await expireIfDue(strapi, order.document_id);
  });
  await queue().schedule('order-expiry', '*/5 * * * *', {} satisfies ExpiryJob);
}
