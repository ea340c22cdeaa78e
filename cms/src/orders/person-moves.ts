import { type Actor, type PersonAction, transitionMessages } from '@pvis/config';
import type { Knex } from 'knex';
import {
  type CheckedMoves,
  checkRowMoves,
  type MovingRow,
  moveRows,
  type Refused,
  type RowMove,
  rowMoveUpdate,
} from '../db/move-rows';
import { conflict, fieldError } from '../errors';

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

const rowMove = (move: PersonMove): RowMove => ({
  ...move,
  machine: 'person',
  context: () => ({ organizationStatus: move.organizationStatus }),
});

/** The 409 naming each refused person (with its state), nothing written. */
const refusePersons =
  (fieldOf: (person: LockedPerson) => string) => (refused: Refused<LockedPerson & MovingRow>[]) =>
    conflict(
      refused.map(({ row: person, code }) => {
        const known = (transitionMessages as Record<string, { zh: string; en: string }>)[code];
        return fieldError(
          fieldOf(person),
          code,
          `${person.name}：${known?.zh ?? code}（当前状态 ${person.person_status}）`,
          `${person.name}: ${known?.en ?? code} (status ${person.person_status})`,
        );
      }),
    );

const asRows = (persons: LockedPerson[]) => persons as (LockedPerson & MovingRow)[];
const everyPerson = () => 'personIds';

/**
 * Checks every locked person against the person machine of config/ (409 naming each refused
 * person, nothing written) and returns the UPDATEs' targets and the audit rows to write.
 */
export const checkMoves = (
  persons: LockedPerson[],
  move: PersonMove,
  /** Where each refused person is named in the request (e.g. `personIds.2`). */
  fieldOf: (person: LockedPerson) => string = everyPerson,
): CheckedMoves => checkRowMoves(asRows(persons), rowMove(move), refusePersons(fieldOf));

/** The UPDATE of one target state's persons, built, not run. */
export const moveUpdate = (
  trx: Knex.Transaction,
  to: string,
  ids: number[],
  columns: Record<string, unknown> = {},
) => rowMoveUpdate(trx, 'person', to, ids, columns);

/**
 * Moves locked persons through the person machine in the caller's transaction (db/move-rows.ts):
 * orders move their persons together.
 */
export const movePersons = (
  trx: Knex.Transaction,
  persons: LockedPerson[],
  move: PersonMove,
  fieldOf: (person: LockedPerson) => string = everyPerson,
) => moveRows(trx, asRows(persons), rowMove(move), refusePersons(fieldOf));
