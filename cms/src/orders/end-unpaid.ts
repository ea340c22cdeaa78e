import { type Actor, can, machines, transitionMessages } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { conflict, fieldError, notFound } from '../errors';
import { writeAudit } from '../lifecycle/audit';
import { closeOpenPayments } from './payment-moves';
import { lockPersons, movePersons } from './person-moves';

export interface EndRequest {
  documentId: string;
  /** `cancel` by the liaison or operations; `expire` by the system when the time is up. */
  action: 'cancel' | 'expire';
  actor: Actor;
  userId?: number;
}

/**
 * Ends an unpaid order in one transaction: the order cancelled or expired, its lines no longer
 * live (so its persons can be ordered again), every person `releaseOrder` → pending payment,
 * open payment attempts closed; each with an audit row. A notification that still arrives for
 * it is flagged for refund (payments/record.ts).
 */
export async function endUnpaidOrder(strapi: Core.Strapi, request: EndRequest) {
  return strapi.db.transaction(async ({ trx }) => {
    const order = await trx('badge_orders')
      .where({ document_id: request.documentId })
      .forUpdate()
      .first('id', 'document_id', 'order_status', 'organization_ref');
    if (!order) throw notFound();
    const awaiting = await trx('payments')
      .where({ order_ref: order.document_id, payment_status: 'awaitingConfirmation' })
      .first('id');
    const check = can(machines.badgeOrder, order.order_status, request.action, request.actor, {
      transferAwaitingConfirmation: !!awaiting,
    });
    if (!check.ok) {
      const message = (transitionMessages as Record<string, { zh: string; en: string }>)[
        check.code
      ];
      throw conflict([
        fieldError('orderStatus', check.code, message?.zh ?? check.code, message?.en ?? check.code),
      ]);
    }
    const now = new Date();
    await trx('badge_orders')
      .where('id', order.id)
      .update({ order_status: check.to, cancelled_at: now, updated_at: now });
    const lines: { person_ref: string }[] = await trx('badge_order_lines')
      .where({ order_ref: order.document_id, live: true })
      .select('person_ref');
    await trx('badge_order_lines')
      .where({ order_ref: order.document_id, live: true })
      .update({ live: false, updated_at: now });
    const persons = await lockPersons(
      trx,
      lines.map((l) => l.person_ref),
    );
    await movePersons(trx, persons, {
      action: 'releaseOrder',
      actor: request.actor,
      userId: request.userId,
    });
    await closeOpenPayments(trx, order.document_id);
    await writeAudit(
      trx,
      [
        {
          machine: 'badgeOrder',
          recordRef: order.document_id,
          action: request.action,
          fromState: order.order_status,
          toState: String(check.to),
          actorRole: request.actor,
          actorName: request.actor === 'system' ? '系统操作' : undefined,
        },
      ],
      request.userId,
    );
    return { from: String(order.order_status), to: String(check.to) };
  });
}
