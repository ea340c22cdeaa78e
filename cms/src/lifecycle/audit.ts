import { createId } from '@paralleldrive/cuid2';
import type { Knex } from 'knex';

export interface AuditEntry {
  machine: string;
  recordRef: string;
  action: string;
  fromState: string;
  toState: string;
  actorRole: string;
  actorName?: string;
  reason?: string;
}

/**
 * Writes review-log rows (审核记录) in the caller's transaction: one INSERT for any number of
 * transitions, plus the links to the acting user. Used by single and bulk transitions alike.
 */
export async function writeAudit(trx: Knex.Transaction, entries: AuditEntry[], userId?: number) {
  if (entries.length === 0) return;
  const now = new Date();
  const logs = trx('review_logs')
    .insert(
      entries.map((entry) => ({
        document_id: createId(),
        machine: entry.machine,
        record_ref: entry.recordRef,
        action: entry.action,
        from_state: entry.fromState,
        to_state: entry.toState,
        actor_role: entry.actorRole,
        actor_name: entry.actorName ?? null,
        reason: entry.reason ?? null,
        at: now,
        created_at: now,
        updated_at: now,
        published_at: now,
      })),
    )
    .returning('id');
  if (!userId) {
    await logs;
    return;
  }
  // The rows and their links to the acting user in one statement (one round trip per transition).
  await trx.raw(
    'with logs as (?) insert into review_logs_actor_lnk (review_log_id, user_id) select id, ? from logs',
    [logs, userId],
  );
}
