import type { Actor, MachineName } from '@pvis/config';
import type { Core, UID } from '@strapi/strapi';
import { queueMails } from '../mail/outbox';
import { contextFor } from './context';
import { runFollowUp } from './follow-ups';
import { mailsFor } from './notifications';
import { checkPreconditions } from './preconditions';
import { stampsFor } from './stamps';
import { transition } from './transition';

export interface RecordTransitionRequest {
  uid: UID.ContentType;
  machine: MachineName;
  /** The record's lifecycle field, whose new state decides the mails. */
  field: string;
  documentId: string;
  action: string;
  reason?: string;
  actor: Actor;
  userId?: number;
}

/**
 * One lifecycle action on one record, as `POST /<plural>/:id/transitions` asks: the machine's
 * check, the stamps, the follow-up and the mails in one transaction. The record as written, or
 * null when the action removed it.
 */
export async function transitionRecord(
  strapi: Core.Strapi,
  request: RecordTransitionRequest,
): Promise<Record<string, unknown> | null> {
  const { uid, machine, field, documentId, action, reason } = request;
  const attributes = strapi.getModel(uid).attributes;
  const written = await strapi.db.transaction(async ({ trx }) => {
    const record = (await contextFor(strapi, machine, { documentId })) as Record<string, unknown>;
    const done = await transition(strapi, {
      uid,
      machine,
      documentId,
      action,
      actor: request.actor,
      userId: request.userId,
      reason,
      context: record,
      changes: stampsFor(action, reason, attributes),
      precondition: (locked, trx) => checkPreconditions(strapi, machine, action, locked, trx),
    });
    if (done.to === null) return null;
    const final = (await runFollowUp(strapi, machine, action, done.record)) ?? done.record;
    // In the same transaction (outbox): queued exactly when the transition commits, so a
    // rolled-back one sends nothing; a queued mail survives SMTP outages.
    await queueMails(mailsFor(machine, action, String(final[field]), final), trx);
    return final;
  });
  return written;
}
