import { type MachineName, organizationSubmissionProblems } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { conflict, fieldError, invalidFields } from '../errors';

/**
 * Refuses a transition whose preconditions fail (400, nothing written). The related counts are
 * two small SQL counts instead of populating the relations: this runs on every submit.
 */
export async function checkPreconditions(
  strapi: Core.Strapi,
  machine: MachineName,
  action: string,
  documentId: string,
) {
  // A person enters and leaves an order only with the order (src/orders/), never on their own.
  if (machine === 'person' && ['order', 'releaseOrder', 'pay'].includes(action)) {
    throw conflict([
      fieldError(
        'personStatus',
        'useBadgeOrder',
        '请通过证件订单办理（生成订单、取消订单或支付）',
        'Use the badge order for this (place, cancel or pay the order)',
      ),
    ]);
  }
  if (machine !== 'organization' || action !== 'submit') return;
  const uid = 'api::organization.organization';
  const org = (await strapi.documents(uid).findOne({ documentId } as never)) as Record<
    string,
    unknown
  > | null;
  if (!org) return;
  const interests = strapi.db.metadata.get(uid).attributes.interests as unknown as {
    joinTable: { name: string; joinColumn: { name: string } };
  };
  const db = strapi.db.connection;
  const [{ count: interestCount }] = await db(interests.joinTable.name)
    .count('* as count')
    .where(interests.joinTable.joinColumn.name, org.id as number);
  // Media live in Strapi's morph table, keyed by the owning row, its type and the field.
  const [{ count: licenceCount }] = await db('files_related_mph')
    .count('* as count')
    .where({ related_id: org.id, related_type: uid, field: 'businessLicence' });
  const problems = organizationSubmissionProblems({
    ...org,
    interests: Number(interestCount) > 0 ? [true] : [],
    businessLicence: Number(licenceCount) > 0 ? true : null,
  });
  if (problems.length > 0) {
    throw invalidFields(problems.map((p) => fieldError(p.field, p.code, p.zh, p.en)));
  }
}
