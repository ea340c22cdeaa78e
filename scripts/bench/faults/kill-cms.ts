import crypto from 'node:crypto';
import { log, sleep, timedCall } from './harness';
import { orderBody, orderers, startWorld } from './world';

export interface KillOptions {
  clients: number;
  killAfterSeconds: number;
  /** How long the rush goes on once the cms answers again. */
  afterRestartSeconds: number;
}

interface Answered {
  documentId: string;
  personId: string;
  key: string;
  status: number;
}

/**
 * kill -9 of the cms during an order rush. Each client orders its own persons one after another;
 * like the portal, it retries a request that got no answer (connection refused or reset, 5xx)
 * with the SAME idempotency key until it is answered. After `killAfterSeconds` the cms gets
 * SIGKILL and is started again at once. Then every order answered 201 must exist, exactly once,
 * and no person may be in two live orders.
 */
export async function killDuringRush(options: KillOptions) {
  const world = await startWorld('kill');
  try {
    const clients = await orderers(world, options.clients, 800);
    const answered: Answered[] = [];
    const unanswered = {
      attempts: 0,
      keysRetried: new Set<string>(),
      other: new Map<number, number>(),
    };
    let rushEnds = Number.POSITIVE_INFINITY;
    let killedAt = 0;
    let restarting = Promise.resolve();
    const worker = async (index: number) => {
      const client = clients[index]!;
      for (const personId of client.persons) {
        if (Date.now() > rushEnds) return;
        const key = crypto.randomBytes(12).toString('hex');
        // A request without an answer is sent again with its key, until answered (max 3 min).
        for (const giveUp = Date.now() + 180_000; Date.now() < giveUp; ) {
          await restarting;
          const response = await timedCall(
            `${world.cms.url}/api/badge-orders`,
            { method: 'POST', token: client.token, body: orderBody(personId, key) },
            30_000,
          );
          if (response.status === 201 || response.status === 200) {
            const data = JSON.parse(response.text).data as { documentId: string };
            answered.push({ documentId: data.documentId, personId, key, status: response.status });
            break;
          }
          if (response.status === 0 || response.status >= 500) {
            unanswered.attempts += 1;
            unanswered.keysRetried.add(key);
            await sleep(250);
            continue;
          }
          unanswered.other.set(response.status, (unanswered.other.get(response.status) ?? 0) + 1);
          break;
        }
      }
    };
    const killer = (async () => {
      await sleep(options.killAfterSeconds * 1000);
      const before = answered.length;
      await world.cms.kill9();
      killedAt = Date.now();
      log(`kill -9 of the cms after ${before} orders answered`);
      let done: () => void = () => {};
      restarting = new Promise((resolve) => {
        done = resolve;
      });
      await world.restartCms();
      const restartSeconds = (Date.now() - killedAt) / 1000;
      rushEnds = Date.now() + options.afterRestartSeconds * 1000;
      done();
      log(`cms started again in ${restartSeconds.toFixed(1)} s`);
      return { answeredBeforeKill: before, restartSeconds };
    })();
    await Promise.all(clients.map((_, i) => worker(i)));
    const kill = await killer;

    const ids = answered.map((a) => a.documentId);
    const found = Number(
      (
        await world.db.query(
          'SELECT count(DISTINCT document_id) AS n FROM badge_orders WHERE document_id = ANY($1)',
          [ids],
        )
      ).rows[0].n,
    );
    const rowsForAnswered = Number(
      (
        await world.db.query('SELECT count(*) AS n FROM badge_orders WHERE document_id = ANY($1)', [
          ids,
        ])
      ).rows[0].n,
    );
    const keys = answered.map((a) => a.key);
    const ordersPerKey = await world.db.query(
      `SELECT count(*) AS n FROM (SELECT idempotency_key FROM badge_orders WHERE idempotency_key = ANY($1)
         GROUP BY organization_ref, idempotency_key HAVING count(*) > 1) twice`,
      [keys],
    );
    const personsTwice = await world.db.query(
      `SELECT count(*) AS n FROM (SELECT person_ref FROM badge_order_lines WHERE live
         GROUP BY person_ref HAVING count(*) > 1) twice`,
    );
    const orgs = clients.map((c) => c.organizationId);
    const inDatabase = Number(
      (
        await world.db.query(
          'SELECT count(*) AS n FROM badge_orders WHERE organization_ref = ANY($1)',
          [orgs],
        )
      ).rows[0].n,
    );
    const answeredTwiceDifferently = answered.length - new Set(keys).size;
    // Retried requests whose order had committed before the kill: the retry got that order back.
    const replayed = Number(
      (
        await world.db.query(
          'SELECT count(*) AS n FROM badge_orders WHERE idempotency_key = ANY($1) AND created_at < $2',
          [[...unanswered.keysRetried], new Date(killedAt)],
        )
      ).rows[0].n,
    );
    return {
      scenario: 'kill -9 of the cms during an order rush',
      clients: options.clients,
      killAfterSeconds: options.killAfterSeconds,
      rushAfterRestartSeconds: options.afterRestartSeconds,
      answeredBeforeKill: kill.answeredBeforeKill,
      cmsRestartSeconds: Number(kill.restartSeconds.toFixed(1)),
      answered201: answered.filter((a) => a.status === 201).length,
      answeredOther2xx: answered.filter((a) => a.status !== 201).length,
      unansweredAttemptsRetried: unanswered.attempts,
      keysRetried: unanswered.keysRetried.size,
      retriedKeysWhoseOrderCommittedBeforeKill: replayed,
      otherAnswers: Object.fromEntries(unanswered.other),
      foundInDatabase: found,
      missing: new Set(ids).size - found,
      duplicateRowsForAnsweredOrders: rowsForAnswered - found,
      keysWithTwoOrders: Number(ordersPerKey.rows[0].n),
      personsInTwoLiveOrders: Number(personsTwice.rows[0].n),
      keysAnsweredTwice: answeredTwiceDifferently,
      ordersInDatabaseForTheClients: inDatabase,
      ordersCommittedButNeverAnswered: inDatabase - found,
    };
  } finally {
    await world.close();
  }
}
