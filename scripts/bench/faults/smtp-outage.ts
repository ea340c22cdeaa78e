import crypto from 'node:crypto';
import { log, sleep, timedCall } from './harness';
import { startWorld } from './world';

export interface SmtpOptions {
  minutes: number;
  mails: number;
  /** How long to wait for the last mail after SMTP is back. */
  waitMinutes: number;
}

/**
 * SMTP down for `minutes`: `mails` emails (verification codes, a public route) are requested
 * while it is down; every one must be delivered after it comes back (pg-boss retries with the
 * cms's production retry settings), none twice.
 */
export async function smtpOutage(options: SmtpOptions) {
  const world = await startWorld('smtp', {
    CODE_IP_PER_MINUTE: '100000',
    CODE_IP_PER_DAY: '100000',
  });
  try {
    await world.smtp.down();
    const downAt = Date.now();
    log(`SMTP down for ${options.minutes} min; requesting ${options.mails} mails`);
    const targets: string[] = [];
    const answers = new Map<number, number>();
    for (let i = 0; i < options.mails; i++) {
      const target = `fault-${i}-${crypto.randomBytes(3).toString('hex')}@example.com`;
      const response = await timedCall(`${world.cms.url}/api/verification-codes`, {
        method: 'POST',
        body: { data: { channel: 'email', target, purpose: 'register' } },
      });
      answers.set(response.status, (answers.get(response.status) ?? 0) + 1);
      if (response.status === 202) targets.push(target);
    }
    const upAt = downAt + options.minutes * 60_000;
    while (Date.now() < upAt) await sleep(1000);
    await world.smtp.up();
    log('SMTP up again');
    const wanted = new Set(targets);
    const deadline = Date.now() + options.waitMinutes * 60_000;
    const delivered = () =>
      new Set(world.smtp.received.map((m) => m.to).filter((to) => wanted.has(to)));
    while (delivered().size < wanted.size && Date.now() < deadline) await sleep(1000);
    const received = world.smtp.received.filter((m) => wanted.has(m.to));
    const last = received.reduce((max, m) => Math.max(max, m.at), 0);
    const failedJobs = Number(
      (
        await world.db.query(
          "SELECT count(*) AS n FROM pgboss.job WHERE name = 'mail' AND state = 'failed'",
        )
      ).rows[0].n,
    );
    return {
      scenario: `SMTP down for ${options.minutes} min`,
      mailsRequested: options.mails,
      answers: Object.fromEntries(answers),
      queued: targets.length,
      receivedDuringOutage: world.smtp.received.filter((m) => m.at < upAt).length,
      delivered: delivered().size,
      duplicates: received.length - delivered().size,
      lastDeliveredAfterSmtpUpSeconds: last ? Number(((last - upAt) / 1000).toFixed(1)) : null,
      mailJobsFailedForGood: failedJobs,
    };
  } finally {
    await world.close();
  }
}
