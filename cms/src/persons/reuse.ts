import { type RecordRouteAction, recordRouteActions, roleType } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import type { Caller } from '../access/caller';
import {
  conflict,
  constraintError,
  fieldError,
  invalidFields,
  isConstraintViolation,
} from '../errors';
import { contextFor } from '../lifecycle/context';
import { transition } from '../lifecycle/transition';

const PERSON = 'api::person.person';

const refuse = (field: string, code: string, zh: string, en: string) =>
  conflict([fieldError(field, code, zh, en)]);

/**
 * 证件复用: a draft person who held a badge in an earlier edition — ID type and number, name and
 * that badge's number all match an issued badge — reuses it: free, no order, straight to
 * review. Consumes one of the organization's reuse quota (a database trigger counts).
 */
export async function requestReuse(
  strapi: Core.Strapi,
  caller: Caller,
  documentId: string,
  previousBadgeNumber: unknown,
) {
  if (typeof previousBadgeNumber !== 'string' || !previousBadgeNumber.trim()) {
    throw invalidFields([
      fieldError(
        'previousBadgeNumber',
        'required',
        '请填写往届证件号',
        'Enter the earlier badge number',
      ),
    ]);
  }
  const badgeNumber = previousBadgeNumber.trim().toUpperCase();
  const knex = strapi.db.connection;
  const person = await knex('persons')
    .where({ document_id: documentId })
    .first('id_type', 'id_number', 'name', 'source', 'edition_number', 'person_status');
  if (person.source === 'colleague') {
    throw refuse(
      'source',
      'reuseNotForColleagues',
      '通过同事邀请登记的人员不能申请证件复用',
      'Persons who registered through a colleague invitation cannot apply for badge reuse',
    );
  }
  const edition = await knex('editions')
    .where({ number: person.edition_number })
    .first('reuse_open');
  if (!edition?.reuse_open) {
    throw refuse(
      'badgeReuse',
      'reuseClosed',
      '本届未开放证件复用',
      'Badge reuse is not open this edition',
    );
  }
  const earlier = await knex('persons')
    .where('edition_number', '<', person.edition_number)
    .andWhere({ id_type: person.id_type, person_status: 'issued' })
    .andWhereRaw('upper(id_number) = upper(?)', [person.id_number])
    .andWhere({ name: person.name })
    .andWhereRaw('upper(badge_number) = ?', [badgeNumber])
    .first('id');
  if (!earlier) {
    // One message for every mismatch: the answer must not tell which of the three was wrong.
    throw invalidFields([
      fieldError(
        'previousBadgeNumber',
        'identityNotVerified',
        '身份核验未通过：证件号码、姓名与往届证件号不匹配',
        'Identity not verified: ID number, name and earlier badge number do not match',
      ),
    ]);
  }
  try {
    const context = await contextFor(strapi, 'person', {
      organizationRef: caller.organizationRef,
      badgeReuse: true,
    });
    return await transition(strapi, {
      uid: PERSON,
      machine: 'person',
      documentId,
      action: 'submit',
      actor: 'liaison',
      userId: caller.userId,
      context,
      changes: { badgeReuse: true, previousBadgeNumber: badgeNumber, paymentStatus: 'free' },
    });
  } catch (error) {
    if (isConstraintViolation(error)) throw constraintError(error);
    throw error;
  }
}

/** Whether the liaison sees 证件复用 on a person: a draft, not from a colleague link, reuse open. */
export function personExtraActions(
  record: Record<string, unknown>,
  caller: Caller,
  context: Record<string, unknown>,
): RecordRouteAction[] {
  const eligible =
    caller.role === roleType.liaison &&
    context.reuseOpen === true &&
    record.personStatus === 'draft' &&
    record.source !== 'colleague';
  return eligible ? [recordRouteActions.reuse] : [];
}
