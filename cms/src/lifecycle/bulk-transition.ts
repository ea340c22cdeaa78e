import { type Actor, can, type MachineName, machines, transitionMessages } from '@pvis/config';
import type { Core, UID } from '@strapi/strapi';
import { queueMails } from '../mail/outbox';
import { writeAudit } from './audit';
import { contextsFor } from './context';
import { runBulkFollowUp } from './follow-ups';
import { type MailRequest, mailsFor } from './notifications';
import { stampsFor } from './stamps';
import { columnsOf } from './transition';

export interface BulkRequest {
  uid: UID.ContentType;
  machine: MachineName;
  documentIds: string[];
  action: string;
  reason?: string;
  actor: Actor;
  userId?: number;
  actorName?: string;
  /** The caller's scope as document-service filters; rows outside it fail as not found. */
  scope: Record<string, unknown>;
}

export interface BulkResult {
  succeeded: string[];
  failed: { documentId: string; code: string; zh: string; en: string }[];
}

const notFound = {
  code: 'notFound',
  zh: '记录不存在或不在您的权限范围内',
  en: 'Not found or outside your scope',
};
// Removing records is a delete, not a bulk decision.
const notBulk = {
  code: 'notBulkAction',
  zh: '该操作不能批量执行',
  en: 'This action cannot be done in bulk',
};

/**
 * One action on many records at once (the delegation review desk, the liaison confirming
 * colleagues). The same machine from config/ decides each row, but the writes are set-based SQL
 * in one transaction — one UPDATE per target state, one INSERT of audit rows — because a
 * row-by-row document-service loop could not approve 1,000 organizations in the 2 s the review
 * desk asks for (measured: docs/performance.md). Mails are queued after commit.
 */
export async function bulkTransition(
  strapi: Core.Strapi,
  request: BulkRequest,
): Promise<BulkResult> {
  const ids = [...new Set(request.documentIds)].slice(0, 5000);
  const inScope = new Set(
    (
      await strapi.documents(request.uid).findMany({
        filters: { $and: [{ documentId: { $in: ids } }, request.scope] },
        fields: ['documentId'],
        limit: ids.length,
      })
    ).map((row) => row.documentId),
  );
  const failed: BulkResult['failed'] = ids
    .filter((id) => !inScope.has(id))
    .map((documentId) => ({ documentId, ...notFound }));
  const machine = machines[request.machine];
  const field = machine.field;
  const { table, toColumn, toAttribute } = columnsOf(strapi, request.uid);
  const changes = stampsFor(
    request.action,
    request.reason,
    strapi.getModel(request.uid).attributes,
  );
  const changedColumns = Object.fromEntries(
    Object.entries(changes).map(([name, value]) => [toColumn.get(name) ?? name, value]),
  );
  const now = new Date();
  const { succeeded, mails } = await strapi.db.transaction(async ({ trx }) => {
    const rows: Record<string, unknown>[] = await trx(table)
      .select('*')
      .whereIn('document_id', [...inScope])
      .forUpdate();
    const records = rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([column, value]) => [toAttribute.get(column) ?? column, value]),
      ),
    );
    const accepted: { record: Record<string, unknown>; from: string; to: string }[] = [];
    for (const record of await contextsFor(strapi, request.machine, records)) {
      const from = String(record[field]);
      const check = can(machine, from, request.action, request.actor, {
        ...record,
        reason: request.reason,
      });
      if (check.ok && check.to !== null) accepted.push({ record, from, to: String(check.to) });
      else {
        const refusal = check.ok
          ? notBulk
          : {
              code: check.code,
              ...((transitionMessages as Record<string, { zh: string; en: string }>)[check.code] ??
                notFound),
            };
        failed.push({
          documentId: String(record.documentId),
          code: refusal.code,
          zh: refusal.zh,
          en: refusal.en,
        });
      }
    }
    if (accepted.length === 0) return { succeeded: [] as string[], mails: [] as MailRequest[] };
    const stateColumn = toColumn.get(field) ?? field;
    for (const to of new Set(accepted.map((a) => a.to))) {
      await trx(table)
        .whereIn(
          'id',
          accepted.filter((a) => a.to === to).map((a) => a.record.id as number),
        )
        .update({ ...changedColumns, [stateColumn]: to, updated_at: now });
    }
    await writeAudit(
      trx,
      accepted.map(({ record, from, to }) => ({
        machine: request.machine,
        recordRef: String(record.documentId),
        action: request.action,
        fromState: from,
        toState: to,
        actorRole: request.actor,
        actorName: request.actorName,
        reason: request.reason,
      })),
      request.userId,
    );
    const succeeded = accepted.map((a) => String(a.record.documentId));
    await runBulkFollowUp(trx, request.machine, request.action, succeeded);
    return {
      succeeded,
      mails: accepted.flatMap(({ record, to }) =>
        mailsFor(request.machine, request.action, to, { ...record, ...changes, [field]: to }),
      ),
    };
  });
  await queueMails(mails);
  return { succeeded, failed };
}
