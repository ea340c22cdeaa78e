import { type MachineName, organizationSubmissionProblems } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { fromDatabase } from '../access/sql-filters';
import { conflict, fieldError, invalidFields } from '../errors';

/**
 * Refuses a transition whose preconditions fail (400, nothing written). Runs inside the
 * transition's transaction on the row it has just locked, so what is checked is what gets
 * submitted; the related counts are one SQL statement instead of populating the relations.
 */
export async function checkPreconditions(
  strapi: Core.Strapi,
  machine: MachineName,
  action: string,
  record: Record<string, unknown>,
  trx: Knex.Transaction,
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
  const interests = strapi.db.metadata.get(uid).attributes.interests as unknown as {
    joinTable: { name: string; joinColumn: { name: string } };
  };
  // Media live in Strapi's morph table, keyed by the owning row, its type and the field.
  const { rows } = (await trx.raw(
    `select exists (select 1 from ?? where ?? = ?) as interests,
            exists (select 1 from files_related_mph
                    where related_id = ? and related_type = ? and field = 'businessLicence') as licence`,
    [interests.joinTable.name, interests.joinTable.joinColumn.name, record.id, record.id, uid],
  )) as { rows: { interests: boolean; licence: boolean }[] };
  const problems = organizationSubmissionProblems({
    ...record,
    visitPurposes: fromDatabase('json', record.visitPurposes),
    interests: rows[0]?.interests ? [true] : [],
    businessLicence: rows[0]?.licence ? true : null,
  });
  if (problems.length > 0) {
    throw invalidFields(problems.map((p) => fieldError(p.field, p.code, p.zh, p.en)));
  }
}
