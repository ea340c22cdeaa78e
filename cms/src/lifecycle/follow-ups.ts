import { type MachineName, type OrganizationCategory, reviewModeOf } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { raiseRefunds } from '../refunds/raise';
import { stampsFor } from './stamps';
import { transition } from './transition';

/** A follow-up returns the record as it left it, or nothing when it did nothing. */
type FollowUp = (
  strapi: Core.Strapi,
  record: Record<string, unknown>,
) => Promise<Record<string, unknown> | undefined>;

/**
 * Steps the system takes right after a transition, as the actor `system` with its own audit row.
 * Enterprises and public institutions are approved on submit, silently (无感审核).
 */
const followUps: Partial<Record<MachineName, Record<string, FollowUp>>> = {
  organization: {
    submit: async (strapi, record) => {
      if (reviewModeOf(record.category as OrganizationCategory) !== 'auto') return undefined;
      const uid = 'api::organization.organization';
      const done = await transition(strapi, {
        uid,
        machine: 'organization',
        documentId: String(record.documentId),
        action: 'autoApprove',
        actor: 'system',
        actorName: '系统操作',
        context: record,
        locked: record,
        changes: stampsFor('autoApprove', undefined, strapi.getModel(uid).attributes),
      });
      return done.record;
    },
  },
  // A paid person rejected in review is refunded their fee; the refund is raised in
  // the rejection's transaction (nested: strapi.db.transaction joins the caller's).
  person: {
    reject: async (strapi, record) => {
      const raised = await strapi.db.transaction(({ trx }) =>
        refundRejected(trx, [String(record.documentId)]),
      );
      return raised.length > 0 ? { ...record, paymentStatus: 'refunding' } : undefined;
    },
  },
};

const refundRejected = (trx: Knex.Transaction, personRefs: string[]) =>
  raiseRefunds(trx, personRefs, { actor: 'system' });

/** The same steps after a bulk transition, set-based, in its transaction. */
export async function runBulkFollowUp(
  trx: Knex.Transaction,
  machine: MachineName,
  action: string,
  documentIds: string[],
) {
  if (machine === 'person' && action === 'reject') await refundRejected(trx, documentIds);
}

export async function runFollowUp(
  strapi: Core.Strapi,
  machine: MachineName,
  action: string,
  record: Record<string, unknown>,
) {
  return followUps[machine]?.[action]?.(strapi, record);
}
