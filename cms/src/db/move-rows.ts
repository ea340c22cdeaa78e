import { type Actor, can, type MachineName, machines } from '@pvis/config';
import type { UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { type AuditEntry, writeAudit } from '../lifecycle/audit';
import { columnName, tableName } from './names';

/**
 * The set-based twin of lifecycle/transition.ts: rows already locked in the caller's
 * transaction move through their machine of config/ together — one UPDATE per target state and
 * the audit rows, or a refusal and nothing written. Orders move their persons, notifications
 * their payments, finance its refunds this way (the payment rush measured in docs/performance.md).
 */

/** A locked row: its ids and its columns as read (the state column among them). */
export type MovingRow = { id: number; document_id: string } & Record<string, unknown>;

/** The machines whose records move as rows, and their content types. */
export const ROW_RECORDS = {
  person: 'api::person.person',
  payment: 'api::payment.payment',
  refund: 'api::refund.refund',
} as const satisfies Partial<Record<MachineName, UID.ContentType>>;
export type RowMachine = keyof typeof ROW_RECORDS;

export interface RowMove {
  machine: RowMachine;
  action: string;
  actor: Actor;
  userId?: number;
  actorName?: string;
  reason?: string;
  /** What the machine's guards read, per row (e.g. the refund's payment method). */
  context?: (row: MovingRow) => Record<string, unknown>;
  /** Columns set besides the state (e.g. payment_status, a gateway reference). */
  columns?: Record<string, unknown>;
}

/** A row the machine refused, with the machine's code. */
export interface Refused<R extends MovingRow> {
  row: R;
  code: string;
}

export interface CheckedMoves {
  /** Target state → the ids of the rows moving there. */
  byTarget: Map<string, number[]>;
  /** Each row's new state, in the order given. */
  targets: string[];
  audit: AuditEntry[];
}

/** The state column of a machine's records (Strapi's metadata). */
const stateColumnOf = (machine: RowMachine) =>
  columnName(ROW_RECORDS[machine], machines[machine].field);

/** The state a row is in. */
export const stateOf = (machine: RowMachine, row: MovingRow) => String(row[stateColumnOf(machine)]);

/**
 * Checks every row against the machine; any refusal throws `refuse(refused)` (the route's 409,
 * or an error that rolls back), otherwise the UPDATEs' targets and the audit rows to write.
 */
export function checkRowMoves<R extends MovingRow>(
  rows: readonly R[],
  move: RowMove,
  refuse: (refused: Refused<R>[]) => Error,
): CheckedMoves {
  const machine = machines[move.machine];
  const checks = rows.map((row) => {
    const from = stateOf(move.machine, row);
    return {
      row,
      from,
      check: can(machine, from as never, move.action as never, move.actor, {
        reason: move.reason,
        ...move.context?.(row),
      } as never),
    };
  });
  const refused = checks.flatMap(({ row, check }) => (check.ok ? [] : [{ row, code: check.code }]));
  if (refused.length > 0) throw refuse(refused);
  const targets = checks.map(({ check }) => String(check.ok ? check.to : ''));
  const byTarget = new Map<string, number[]>();
  checks.forEach(({ row }, i) => {
    byTarget.set(targets[i]!, [...(byTarget.get(targets[i]!) ?? []), row.id]);
  });
  return {
    byTarget,
    targets,
    audit: checks.map(({ row, from }, i) => ({
      machine: move.machine,
      recordRef: row.document_id,
      action: move.action,
      fromState: from,
      toState: targets[i]!,
      actorRole: move.actor,
      actorName: move.actorName,
      reason: move.reason,
    })),
  };
}

/** The UPDATE of one target state's rows, built, not run. */
export const rowMoveUpdate = (
  trx: Knex.Transaction,
  machine: RowMachine,
  to: string,
  ids: number[],
  columns: Record<string, unknown> = {},
) =>
  trx(tableName(ROW_RECORDS[machine]))
    .whereIn('id', ids)
    .update({ ...columns, [stateColumnOf(machine)]: to, updated_at: new Date() });

/**
 * Moves locked rows through their machine in the caller's transaction: the checks above, one
 * UPDATE per target state (the last one in the audit's statement) and the audit rows. Returns
 * each row's new state, in the order given.
 */
export async function moveRows<R extends MovingRow>(
  trx: Knex.Transaction,
  rows: readonly R[],
  move: RowMove,
  refuse: (refused: Refused<R>[]) => Error,
): Promise<string[]> {
  const { byTarget, targets, audit } = checkRowMoves(rows, move, refuse);
  const updates = [...byTarget].map(([to, ids]) =>
    rowMoveUpdate(trx, move.machine, to, ids, move.columns),
  );
  const last = updates.pop();
  for (const update of updates) await update;
  await writeAudit(trx, audit, move.userId, last);
  return targets;
}
