import type { Core } from '@strapi/strapi';
import { conflict, fieldError, invalidFields, isConstraintViolation, notFound } from '../errors';
import { raiseRefunds } from './raise';

const refused = (code: string, zh: string, en: string) =>
  conflict([fieldError('person', code, zh, en)]);

/** Why this person cannot be refunded, or null when they can (rejected persons only). */
function problemOf(person: { person_status: string; payment_status: string }) {
  if (person.person_status !== 'rejected') {
    return refused(
      'personNotRejected',
      '只有人员审核不通过的人员才能退款',
      'Only a person rejected in review can be refunded',
    );
  }
  if (['refunding', 'refunded'].includes(person.payment_status)) {
    return refused('alreadyRefunded', '该人员已有退款', 'This person already has a refund');
  }
  if (person.payment_status !== 'paid') {
    return refused('personNotPaid', '该人员未支付，无需退款', 'This person has not paid');
  }
  return null;
}

/**
 * POST /refunds `{ person }` — finance raises the refund of a rejected, paid person by hand (the
 * rejection raises it by itself; this is for one it could not). 409 with nothing written otherwise.
 */
export async function raiseRefundByHand(strapi: Core.Strapi, personRef: unknown, userId?: number) {
  if (typeof personRef !== 'string' || !personRef) {
    throw invalidFields([
      fieldError('person', 'required', '请选择要退款的人员', 'Choose the person to refund'),
    ]);
  }
  try {
    return await strapi.db.transaction(async ({ trx }) => {
      const person = await trx('persons')
        .where('document_id', personRef)
        .forUpdate()
        .first('person_status', 'payment_status');
      if (!person) throw notFound();
      const problem = problemOf(person);
      if (problem) throw problem;
      const [raised] = await raiseRefunds(trx, [personRef], { actor: 'finance', userId });
      if (!raised) {
        throw refused(
          'nothingToRefund',
          '该人员没有已支付的订单，无可退款项',
          'This person has no paid order to refund',
        );
      }
      return raised;
    });
  } catch (error) {
    // Two finance users raising the same refund: the unique index lets one through.
    if (isConstraintViolation(error)) {
      throw refused('alreadyRefunded', '该人员已有退款', 'This person already has a refund');
    }
    throw error;
  }
}
