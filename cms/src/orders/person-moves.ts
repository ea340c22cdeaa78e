import { type Actor, can, machines, type PersonAction, transitionMessages } from '@pvis/config';
import type { Knex } from 'knex';
import { conflict, fieldError } from '../errors';
import { type AuditEntry, writeAudit } from '../lifecycle/audit';

export interface LockedPerson {
  id: number;
  document_id: string;
  name: string;
  person_status: string;
  organization_ref: string;
  entry_date_option: string | null;
  badge_type: string | null;
  id_number: string;
}

/** Locks the persons in id order (so two orders over the same persons cannot deadlock). */
export const lockPersons = (
  trx: Knex.Transaction,
  documentIds: string[],
): Promise<LockedPerson[]> =>
  trx('persons')
    .select(
      'id',
      'document_id',
      'name',
      'person_status',
      'organization_ref',
      'entry_date_option',
      'badge_type',
      'id_number',
    )
    .whereIn('document_id', documentIds)
    .orderBy('id')
    .forUpdate();

export interface PersonMove {
  action: PersonAction;
  actor: Actor;
  userId?: number;
  actorName?: string;
  /** The person's organization's review status (the `order` guard reads it). */
  organizationStatus?: string;
  /** Columns set besides the state (e.g. payment_status). */
  columns?: Record<string, unknown>;
}

export interface CheckedMoves {
  /** Target state → the ids of the persons moving there. */
  byTarget: Map<string, number[]>;
  audit: AuditEntry[];
}

/**
 * Checks every locked person against the person machine of config/ (409 naming each refused
 * person, nothing written) and returns the UPDATEs' targets and the audit rows to write.
 */
export function checkMoves(
  persons: LockedPerson[],
  move: PersonMove,
  /** Where each refused person is named in the request (e.g. `personIds.2`). */
  fieldOf: (person: LockedPerson) => string = () => 'personIds',
): CheckedMoves {
  const checks = persons.map((person) => ({
    person,
    check: can(machines.person, person.person_status as never, move.action, move.actor, {
      organizationStatus: move.organizationStatus as never,
    }),
  }));
  const refused = checks.filter((c) => !c.check.ok);
  if (refused.length > 0) {
    throw conflict(
      refused.map(({ person, check }) => {
        const code = check.ok ? '' : check.code;
        const known = (transitionMessages as Record<string, { zh: string; en: string }>)[code];
        return fieldError(
          fieldOf(person),
          code,
          `${person.name}：${known?.zh ?? code}（当前状态 ${person.person_status}）`,
          `${person.name}: ${known?.en ?? code} (status ${person.person_status})`,
        );
      }),
    );
  }
  const byTarget = new Map<string, number[]>();
  for (const { person, check } of checks) {
    const to = String(check.ok ? check.to : '');
    byTarget.set(to, [...(byTarget.get(to) ?? []), person.id]);
  }
  return {
    byTarget,
    audit: checks.map(({ person, check }) => ({
      machine: 'person',
      recordRef: person.document_id,
      action: move.action,
      fromState: person.person_status,
      toState: String(check.ok ? check.to : ''),
      actorRole: move.actor,
      actorName: move.actorName,
    })),
  };
}

/** The UPDATE of one target state's persons, built, not run. */
export const moveUpdate = (
  trx: Knex.Transaction,
  to: string,
  ids: number[],
  columns: Record<string, unknown> = {},
) =>
  trx('persons')
    .whereIn('id', ids)
    .update({ person_status: to, updated_at: new Date(), ...columns });

/**
 * Moves locked persons through the person machine in the caller's transaction: the checks
 * above, then one UPDATE per target state and one INSERT of audit rows. Orders move their
 * persons together, so this is the set-based twin of lifecycle/transition.ts.
 */
export async function movePersons(
  trx: Knex.Transaction,
  persons: LockedPerson[],
  move: PersonMove,
  fieldOf?: (person: LockedPerson) => string,
) {
  const { byTarget, audit } = checkMoves(persons, move, fieldOf);
  for (const [to, ids] of byTarget) await moveUpdate(trx, to, ids, move.columns);
  await writeAudit(trx, audit, move.userId);
}
