import { type MachineName, type OrganizationCategory, reviewModeOf } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { stampsFor } from './stamps';
import { transition } from './transition';

type FollowUp = (strapi: Core.Strapi, record: Record<string, unknown>) => Promise<void>;

/**
 * Steps the system takes right after a transition, as the actor `system` with its own audit row.
 * SPEC §4: enterprises and public institutions are approved on submit, silently (无感审核).
 */
const followUps: Partial<Record<MachineName, Record<string, FollowUp>>> = {
  organization: {
    submit: async (strapi, record) => {
      if (reviewModeOf(record.category as OrganizationCategory) !== 'auto') return;
      const uid = 'api::organization.organization';
      await transition(strapi, {
        uid,
        machine: 'organization',
        documentId: String(record.documentId),
        action: 'autoApprove',
        actor: 'system',
        actorName: '系统操作',
        context: record,
        changes: stampsFor('autoApprove', undefined, strapi.getModel(uid).attributes),
      });
    },
  },
};

export async function runFollowUp(
  strapi: Core.Strapi,
  machine: MachineName,
  action: string,
  record: Record<string, unknown>,
) {
  await followUps[machine]?.[action]?.(strapi, record);
}
