import crypto from 'node:crypto';
import { databaseClient, log, sleep, timedCall } from './harness';
import { orderBody, orderers, startWorld } from './world';

export interface RestartOptions {
  clients: number;
  restartAfterSeconds: number;
  downSeconds: number;
  afterSeconds: number;
}

interface Sample {
  startedAt: number;
  endedAt: number;
  status: number;
  error: string | null;
  body: string;
  kind: 'list' | 'order';
}

/**
 * PostgreSQL stopped and started under load, the cms left running: half the clients read their
 * order list, half place orders. Requests while the database is away must end (no hang) with a
 * clear 5xx; the same cms process must answer again once PostgreSQL is back, and its job queue
 * must work again (a mail queued after recovery is delivered).
 */
export async function restartPostgresUnderLoad(options: RestartOptions) {
  const world = await startWorld('postgres', {
    CODE_IP_PER_MINUTE: '100000',
    CODE_IP_PER_DAY: '100000',
  });
  try {
    const clients = await orderers(world, options.clients, 800);
    const pid = world.cms.child.pid;
    const samples: Sample[] = [];
    let stopLoad = false;
    const worker = async (index: number) => {
      const client = clients[index]!;
      let next = 0;
      while (!stopLoad) {
        const kind = index % 2 === 0 ? 'list' : 'order';
        const startedAt = Date.now();
        const response =
          kind === 'list'
            ? await timedCall(`${world.cms.url}/api/badge-orders?pagination[pageSize]=10`, {
                token: client.token,
              })
            : await timedCall(`${world.cms.url}/api/badge-orders`, {
                method: 'POST',
                token: client.token,
                body: orderBody(client.persons[next++]!, crypto.randomBytes(12).toString('hex')),
              });
        samples.push({
          startedAt,
          endedAt: Date.now(),
          status: response.status,
          error: response.error,
          body: response.status >= 500 ? response.text.slice(0, 300) : '',
          kind,
        });
        if (response.status === 0) await sleep(100); // connection refused: do not spin
      }
    };
    const load = Promise.all(clients.map((_, i) => worker(i)));
    await sleep(options.restartAfterSeconds * 1000);
    log('stopping PostgreSQL');
    const { stoppedAt, startedAt } = await world.pg.restart(options.downSeconds * 1000);
    log(`PostgreSQL started again after ${((startedAt - stoppedAt) / 1000).toFixed(1)} s`);
    await world.db.end().catch(() => {});
    world.db = await databaseClient(world.pg.databaseUrl);
    await sleep(options.afterSeconds * 1000);
    stopLoad = true;
    await load;

    const ok = (s: Sample) => s.status > 0 && s.status < 500;
    const failed = samples.filter((s) => !ok(s));
    const firstOkAfter = samples
      .filter((s) => ok(s) && s.startedAt >= startedAt)
      .reduce((min, s) => Math.min(min, s.endedAt), Number.POSITIVE_INFINITY);
    const lastFailure = failed.reduce((max, s) => Math.max(max, s.endedAt), 0);
    const tail = samples.filter((s) => s.startedAt > startedAt + (options.afterSeconds * 1000) / 2);
    const byStatus: Record<string, number> = {};
    for (const s of failed) {
      const key = s.error ?? String(s.status);
      byStatus[key] = (byStatus[key] ?? 0) + 1;
    }
    const bodies = [...new Set(failed.filter((s) => s.body).map((s) => s.body))].slice(0, 3);

    // The job queue after recovery: a code by email goes out through pg-boss and SMTP.
    const target = `after-restart-${crypto.randomBytes(3).toString('hex')}@example.com`;
    const queued = await timedCall(`${world.cms.url}/api/verification-codes`, {
      method: 'POST',
      body: { data: { channel: 'email', target, purpose: 'register' } },
    });
    let mailSeconds: number | null = null;
    const mailFrom = Date.now();
    while (Date.now() - mailFrom < 120_000) {
      if (world.smtp.received.some((m) => m.to === target)) {
        mailSeconds = (Date.now() - mailFrom) / 1000;
        break;
      }
      await sleep(250);
    }
    return {
      scenario: 'PostgreSQL stopped and started under load, cms not restarted',
      clients: options.clients,
      postgresDownSeconds: Number(((startedAt - stoppedAt) / 1000).toFixed(1)),
      requests: samples.length,
      failed: failed.length,
      failedBy: byStatus,
      hung: failed.filter((s) => s.error === 'timeout').length,
      slowestFailureMs: failed.reduce((max, s) => Math.max(max, s.endedAt - s.startedAt), 0),
      failureBodies: bodies,
      firstSuccessAfterPostgresBackSeconds: Number.isFinite(firstOkAfter)
        ? Number(((firstOkAfter - startedAt) / 1000).toFixed(2))
        : null,
      lastFailureAfterPostgresBackSeconds: Number(((lastFailure - startedAt) / 1000).toFixed(2)),
      errorsInLastHalfOfRecovery: tail.filter((s) => !ok(s)).length,
      requestsInLastHalfOfRecovery: tail.length,
      sameCmsProcess: world.cms.alive() && world.cms.child.pid === pid,
      mailAfterRecovery: { status: queued.status, deliveredInSeconds: mailSeconds },
    };
  } finally {
    await world.close();
  }
}
