import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import PgBoss from 'pg-boss';

/**
 * Side effects (emails, invitation batches, order expiry, imports) run as pg-boss jobs in
 * PostgreSQL (docs/architecture.md): retried with backoff, claimed with SKIP LOCKED so any number of cms
 * instances share the work, and kept across restarts.
 */
let boss: PgBoss | null = null;

export type QueueName =
  | 'mail'
  | 'one-click-invitations'
  | 'person-import'
  | 'order-expiry'
  // Red-letter confirmations (红字确认单): the reminder before the 72-hour deadline, and expiry.
  | 'red-letter-deadline'
  // Gateway refunds still processing, asked about with the gateway's refund query.
  | 'refund-confirmation'
  // Anonymising past editions' personal data (retention/).
  | 'retention';

const retry = () => ({
  retryLimit: Number(process.env.JOB_RETRY_LIMIT ?? 12),
  retryDelay: Number(process.env.JOB_RETRY_DELAY_SECONDS ?? 30),
  retryBackoff: process.env.JOB_RETRY_BACKOFF !== 'false',
});

export async function startQueue(strapi: Core.Strapi) {
  boss = new PgBoss({
    connectionString: process.env.DATABASE_URL,
    schema: 'pgboss',
    max: Number(process.env.JOB_POOL_MAX ?? 4),
  });
  boss.on('error', (error) => strapi.log.error(`job queue: ${error.message}`));
  await boss.start();
  for (const name of [
    'mail',
    'one-click-invitations',
    'person-import',
    'order-expiry',
    'red-letter-deadline',
    'refund-confirmation',
    'retention',
  ] satisfies QueueName[]) {
    await boss.createQueue(name, { name, ...retry() });
  }
  return boss;
}

export async function stopQueue() {
  const running = boss;
  boss = null;
  await running?.stop({ graceful: true, wait: true, timeout: 10_000 });
}

export function queue(): PgBoss {
  if (!boss) throw new Error('the job queue is not started');
  return boss;
}

/** Queues a job; the queue's retry policy applies. */
export async function enqueue(name: QueueName, data: object, options: PgBoss.SendOptions = {}) {
  return queue().send(name, data, { ...retry(), ...options });
}

/** pg-boss's SQL ($1, $2 …) run on a knex transaction, so its jobs commit — or not — with it. */
const inTransaction = (trx: Knex.Transaction): PgBoss.Db => ({
  async executeSql(text: string, values: unknown[]) {
    const bindings: unknown[] = [];
    const sql = text.replace(/\$(\d+)/g, (_, n: string) => {
      bindings.push(values[Number(n) - 1] ?? null); // knex refuses undefined; pg sends null
      return '?';
    });
    return (await trx.raw(sql, bindings as Knex.RawBinding[])) as { rows: unknown[] };
  },
});

/**
 * Queues many jobs in one statement (bulk review mails); inside `trx` when given (the outbox
 * pattern: a transition's mails exist exactly when it committed, and cost no commit of their own).
 */
export async function enqueueMany(
  name: QueueName,
  items: object[],
  trx?: Knex.Transaction,
  options: { startAfter?: Date } = {},
) {
  if (items.length === 0) return;
  await queue().insert(
    items.map((data) => ({ name, data, ...retry(), ...options })),
    trx ? { db: inTransaction(trx) } : {},
  );
}

/** Queues delayed jobs (a deadline's reminder and expiry) inside `trx`: they exist exactly when it commits. */
export async function enqueueAt(
  name: QueueName,
  jobs: { data: object; startAfter: Date }[],
  trx: Knex.Transaction,
) {
  if (jobs.length === 0) return;
  await queue().insert(
    jobs.map(({ data, startAfter }) => ({ name, data, startAfter, ...retry() })),
    { db: inTransaction(trx) },
  );
}

/** Runs `handler` for each job of `name`; a throw fails the attempt and schedules a retry. */
export async function work<T extends object>(name: QueueName, handler: (data: T) => Promise<void>) {
  await queue().work<T>(
    name,
    { batchSize: 5, pollingIntervalSeconds: Number(process.env.JOB_POLLING_SECONDS ?? 2) },
    async (jobs) => {
      for (const job of jobs) {
        // pg-boss 10's batch insert() stores `data` as a JSON string; send() stores an object.
        const data = typeof job.data === 'string' ? (JSON.parse(job.data) as T) : job.data;
        await handler(data);
      }
    },
  );
}
