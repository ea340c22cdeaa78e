import { type Actor, can, type MachineName, machines, transitionMessages } from '@pvis/config';
import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { conflict, fieldError, invalidFields, notFound } from '../errors';
import { writeAudit } from './audit';
import { asLifecycleService } from './service-writes';

export interface TransitionRequest {
  uid: UID.ContentType;
  machine: MachineName;
  documentId: string;
  action: string;
  actor: Actor;
  /** The user behind the actor (numeric id); absent for `system`. */
  userId?: number;
  actorName?: string;
  reason?: string;
  /** What the machine's guards read (e.g. the organization category); the record is added. */
  context?: Record<string, unknown>;
  /** Fields the transition sets besides the state (submittedAt, rejectionReason, …). */
  changes?: Record<string, unknown>;
  /** The row as this transaction already locked and changed it (a follow-up): not read again. */
  locked?: Record<string, unknown>;
  /** Checks on the locked row before the machine's (e.g. completeness on submit); throws to refuse. */
  precondition?: (record: Record<string, unknown>, trx: Knex.Transaction) => Promise<void>;
}

export interface TransitionResult {
  from: string;
  to: string | null;
  /** The record after the change, by attribute name (scalar fields only). */
  record: Record<string, unknown>;
}

const messageOf = (code: string) =>
  (transitionMessages as Record<string, { zh: string; en: string }>)[code] ?? {
    zh: `操作被拒绝（${code}）`,
    en: `Refused (${code})`,
  };

/** Attribute name ↔ column name for a content type's scalar attributes. */
export function columnsOf(strapi: Core.Strapi, uid: UID.ContentType) {
  const meta = strapi.db.metadata.get(uid);
  const toColumn = new Map<string, string>();
  for (const [name, attribute] of Object.entries(meta.attributes)) {
    const column = (attribute as { columnName?: string; type: string }).columnName;
    if (column && (attribute as { type: string }).type !== 'relation') toColumn.set(name, column);
  }
  return {
    table: meta.tableName,
    toColumn,
    toAttribute: new Map([...toColumn].map(([a, c]) => [c, a])),
  };
}

/**
 * The one way a lifecycle field changes (docs/lifecycles.md): inside a transaction, lock the row, check
 * the machine from config/, write the new state and the audit row (审核记录), or refuse with a
 * field-level error and write nothing. Side effects are the caller's, after commit.
 *
 * Hot path in SQL (docs/architecture.md): through the document service a submit cost about 45
 * statements and ran at a third of Strapi's generic create (docs/performance.md); here
 * it is a locked read, the caller's precondition on that row, and one statement for the UPDATE
 * and the audit rows.
 */
export function transition(
  strapi: Core.Strapi,
  request: TransitionRequest,
): Promise<TransitionResult> {
  // Marked, so the field guard (document-middlewares/guard-fields.ts) lets its writes through.
  return asLifecycleService(`transition:${request.machine}`, () => transitionNow(strapi, request));
}

async function transitionNow(
  strapi: Core.Strapi,
  request: TransitionRequest,
): Promise<TransitionResult> {
  const machine = machines[request.machine];
  const field = machine.field;
  const { table, toColumn, toAttribute } = columnsOf(strapi, request.uid);
  return strapi.db.transaction(async ({ trx }) => {
    const row =
      request.locked ??
      (await trx(table).select('*').where('document_id', request.documentId).forUpdate().first());
    if (!row) throw notFound();
    const current = request.locked
      ? { ...request.locked }
      : Object.fromEntries(
          Object.entries(row).map(([column, value]) => [toAttribute.get(column) ?? column, value]),
        );
    await request.precondition?.(current, trx);
    const from = String(current[field]);
    const check = can(machine, from, request.action, request.actor, {
      ...current,
      ...request.context,
      reason: request.reason,
    });
    if (!check.ok) {
      const message = messageOf(check.code);
      const error = fieldError(
        check.code === 'reasonRequired' ? 'reason' : field,
        check.code,
        message.zh,
        message.en,
      );
      throw check.code === 'reasonRequired' ? invalidFields([error]) : conflict([error]);
    }
    const to = check.to as string | null;
    const now = new Date();
    let change: Knex.QueryBuilder | undefined;
    if (to === null) {
      await strapi.documents(request.uid).delete({ documentId: request.documentId });
    } else {
      const changes = { ...request.changes, [field]: to };
      const columns: Record<string, unknown> = { updated_at: now };
      for (const [name, value] of Object.entries(changes)) {
        const column = toColumn.get(name);
        if (column) columns[column] = value;
      }
      change = trx(table).where('id', current.id).update(columns);
      Object.assign(current, changes);
    }
    // The UPDATE travels with the audit rows: one statement.
    await writeAudit(
      trx,
      [
        {
          machine: request.machine,
          recordRef: request.documentId,
          action: request.action,
          fromState: from,
          toState: to ?? 'deleted',
          actorRole: request.actor,
          actorName: request.actorName,
          reason: request.reason,
        },
      ],
      request.userId,
      change,
    );
    return { from, to, record: current };
  });
}
