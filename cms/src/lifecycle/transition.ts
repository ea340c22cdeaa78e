import { type Actor, can, type MachineName, machines, transitionMessages } from '@pvis/config';
import type { Core, UID } from '@strapi/strapi';
import { conflict, fieldError, invalidFields, notFound } from '../errors';

export interface TransitionRequest {
  uid: UID.ContentType;
  machine: MachineName;
  documentId: string;
  action: string;
  actor: Actor;
  /** The user behind the actor; absent for `system`. */
  userDocumentId?: string;
  actorName?: string;
  reason?: string;
  /** What the machine's guards read (e.g. the organization category). */
  context?: Record<string, unknown>;
  /** Fields the transition sets besides the state (submittedAt, rejectionReason, …). */
  changes?: Record<string, unknown>;
}

export interface TransitionResult {
  from: string;
  to: string | null;
}

const messageOf = (code: string) =>
  (transitionMessages as Record<string, { zh: string; en: string }>)[code] ?? {
    zh: `操作被拒绝（${code}）`,
    en: `Refused (${code})`,
  };

/**
 * The one way a lifecycle field changes (DESIGN §2.3): inside a transaction, lock the record,
 * check the machine from config/, write the new state and the audit row (审核记录), or refuse
 * with a field-level error and write nothing. Side effects are the caller's, after commit.
 */
export async function transition(
  strapi: Core.Strapi,
  request: TransitionRequest,
): Promise<TransitionResult> {
  const machine = machines[request.machine];
  const field = machine.field;
  const model = strapi.getModel(request.uid);
  const column =
    (model.attributes[field] as { columnName?: string } | undefined)?.columnName ?? toSnake(field);
  return strapi.db.transaction(async ({ trx }) => {
    // Row lock: two reviewers approving at once are serialised; the second sees the new state.
    const row = await trx(model.collectionName!)
      .select(column)
      .where('document_id', request.documentId)
      .forUpdate()
      .first();
    if (!row) throw notFound();
    const from = String(row[column]);
    const check = can(machine as never, from as never, request.action as never, request.actor, {
      ...request.context,
      reason: request.reason,
    } as never);
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
    if (to === null)
      await strapi.documents(request.uid).delete({ documentId: request.documentId } as never);
    else {
      await strapi.documents(request.uid).update({
        documentId: request.documentId,
        data: { ...request.changes, [field]: to },
      } as never);
    }
    await strapi.documents('api::review-log.review-log').create({
      data: {
        machine: request.machine,
        recordRef: request.documentId,
        action: request.action,
        fromState: from,
        toState: to ?? 'deleted',
        actorRole: request.actor,
        actor: request.userDocumentId,
        actorName: request.actorName,
        reason: request.reason,
        at: new Date().toISOString(),
      },
    } as never);
    return { from, to };
  });
}

const toSnake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
