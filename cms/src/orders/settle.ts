import { can, machines } from '@pvis/config';
import type { Knex } from 'knex';
import { writeAudit } from '../lifecycle/audit';
import { lockPersons, movePersons } from './person-moves';

export interface PayableOrder {
  id: number;
  document_id: string;
  order_status: string;
}

/**
 * A verified payment pays its order (in the notification's transaction): the order `pay` →
 * paid, every person of its live lines `pay` → pending review with paymentStatus paid (paid
 * persons go to review); the lines stay live. System actor, an audit row each.
 */
export async function settleOrder(
  trx: Knex.Transaction,
  order: PayableOrder,
  payment: { method: string; reference: string; paidAt: Date },
) {
  const check = can(machines.badgeOrder, order.order_status, 'pay', 'system');
  if (!check.ok) throw new Error(`order ${order.document_id}: pay refused (${check.code})`);
  const now = new Date();
  // Transfers and B2B pay from the organization's account: its name becomes the invoice title.
  const locksTitle = payment.method === 'b2bGateway' || payment.method === 'bankTransfer';
  await trx('badge_orders').where('id', order.id).update({
    order_status: check.to,
    paid_at: payment.paidAt,
    payment_method: payment.method,
    payment_reference: payment.reference,
    invoice_title_locked: locksTitle,
    updated_at: now,
  });
  const lines: { person_ref: string }[] = await trx('badge_order_lines')
    .where({ order_ref: order.document_id, live: true })
    .select('person_ref');
  const persons = await lockPersons(
    trx,
    lines.map((l) => l.person_ref),
  );
  await movePersons(trx, persons, {
    action: 'pay',
    actor: 'system',
    actorName: '系统操作',
    columns: { payment_status: 'paid' },
  });
  await writeAudit(trx, [
    {
      machine: 'badgeOrder',
      recordRef: order.document_id,
      action: 'pay',
      fromState: order.order_status,
      toState: String(check.to),
      actorRole: 'system',
      actorName: '系统操作',
    },
  ]);
}
