import { createId } from '@paralleldrive/cuid2';
import type { Actor } from '@pvis/config';
import type { Knex } from 'knex';
import { linkIdentifiers } from '../db/links';

export interface AuditEntry {
  machine: string;
  recordRef: string;
  action: string;
  fromState: string;
  toState: string;
  /** Who acted: a lifecycle actor (config's Actor), never a users-permissions role type. */
  actorRole: Actor;
  actorName?: string;
  reason?: string;
}

/** The INSERT of the review-log rows (审核记录), built, not run (… RETURNING id). */
export function logRows(trx: Knex.Transaction, entries: AuditEntry[]) {
  const now = new Date();
  return trx('review_logs')
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
}

/**
 * Writes review-log rows in the caller's transaction, with their links to the acting user and,
 * when given, the record's own `change` (its UPDATE): all in one statement (data-modifying CTEs),
 * one round trip however many transitions. Used by single and bulk transitions alike.
 */
export async function writeAudit(
  trx: Knex.Transaction,
  entries: AuditEntry[],
  userId?: number,
  change?: Knex.QueryBuilder,
) {
  if (entries.length === 0) {
    if (change) await change;
    return;
  }
  const logs = logRows(trx, entries);
  const changed = change ? 'changed as (?), ' : '';
  if (userId) {
    await trx.raw(`with ${changed}logs as (?) insert into ?? (??, ??) select id, ? from logs`, [
      ...(change ? [change] : []),
      logs,
      ...linkIdentifiers('review-log.actor'),
      userId,
    ]);
  } else if (change) {
    await trx.raw('with changed as (?) ?', [change, logs]);
  } else {
    await logs;
  }
}
