import { randomInt } from 'node:crypto';
import { createId } from '@paralleldrive/cuid2';
import { type Actor, formatOrderNumber } from '@pvis/config';
import type { Knex } from 'knex';
import { insertLinks, type Link } from '../db/links';
import { writeAudit } from '../lifecycle/audit';

/** R + the time (China) + 10 random digits: what the gateway de-duplicates on, 25 characters. */
export const newRefundNumber = (now = new Date()) =>
  `R${formatOrderNumber(now, randomInt(0, 10_000_000_000)).slice(1)}`;

interface Refundable {
  person_id: number;
  person_ref: string;
  person_name: string;
  organization_ref: string;
  fee_fen: number;
  order_id: number;
  order_ref: string;
  order_number: string;
  payment_method: string;
  payment_id: number | null;
}

/**
 * What each of these persons may be refunded: rejected in review, paid, their live order line's
 * fee on a paid order, and no refund yet for that order. One query for any number of persons.
 */
const refundable = (trx: Knex.Transaction, personRefs: string[]): Promise<Refundable[]> =>
  trx
    .select(
      'p.id as person_id',
      'p.document_id as person_ref',
      'p.name as person_name',
      'p.organization_ref',
      'l.fee_fen',
      'o.id as order_id',
      'o.document_id as order_ref',
      'o.order_number',
      'o.payment_method',
      trx.raw(
        `(select pay.id from payments pay where pay.order_ref = o.document_id
          and pay.payment_status = 'succeeded' order by pay.id desc limit 1) as payment_id`,
      ),
    )
    .from('persons as p')
    .join('badge_order_lines as l', function () {
      this.on('l.person_ref', 'p.document_id').andOnVal('l.live', true);
    })
    .join('badge_orders as o', 'o.document_id', 'l.order_ref')
    .whereIn('p.document_id', personRefs)
    .where({ 'p.person_status': 'rejected', 'p.payment_status': 'paid' })
    .whereIn('o.order_status', ['paid', 'partiallyRefunded'])
    .where('l.fee_fen', '>', 0)
    .whereNotExists(
      trx('refunds as r')
        .whereRaw('r.person_ref = p.document_id')
        .whereRaw('r.order_ref = o.document_id'),
    );

export interface RaisedRefund {
  documentId: string;
  personRef: string;
  orderRef: string;
  amountFen: number;
}

/**
 * Raises a refund (`requested`) for each of these persons who is refundable, in the caller's
 * transaction (the rejection's, or finance's by hand), with its audit row; the person's payment
 * status follows (退款中). Persons with nothing to refund are skipped.
 */
export async function raiseRefunds(
  trx: Knex.Transaction,
  personRefs: string[],
  by: { actor: Actor; userId?: number },
): Promise<RaisedRefund[]> {
  if (personRefs.length === 0) return [];
  const rows = await refundable(trx, personRefs);
  if (rows.length === 0) return [];
  const now = new Date();
  const inserted: { id: number; document_id: string }[] = await trx('refunds')
    .insert(
      rows.map((row) => ({
        document_id: createId(),
        order_ref: row.order_ref,
        order_number: row.order_number,
        organization_ref: row.organization_ref,
        person_ref: row.person_ref,
        person_name: row.person_name,
        payment_method: row.payment_method,
        refund_status: 'requested',
        refund_number: newRefundNumber(now),
        amount_fen: row.fee_fen,
        exchange_rate_difference_fen: 0,
        reason: '人员审核不通过',
        created_at: now,
        updated_at: now,
        published_at: now,
      })),
    )
    .returning(['id', 'document_id']);
  const links = (target: (row: Refundable) => number | null): Link[] =>
    rows.flatMap((row, i) => {
      const id = target(row);
      return id ? [{ owner: inserted[i]!.id, target: id }] : [];
    });
  await insertLinks(
    trx,
    'refund.order',
    links((row) => row.order_id),
  );
  await insertLinks(
    trx,
    'refund.person',
    links((row) => row.person_id),
  );
  await insertLinks(
    trx,
    'refund.payment',
    links((row) => row.payment_id),
  );
  await trx('persons')
    .whereIn(
      'id',
      rows.map((row) => row.person_id),
    )
    .update({ payment_status: 'refunding', updated_at: now });
  await writeAudit(
    trx,
    inserted.map((refund) => ({
      machine: 'refund',
      recordRef: refund.document_id,
      action: 'create',
      fromState: 'none',
      toState: 'requested',
      actorRole: by.actor,
      actorName: by.actor === 'system' ? '系统操作' : undefined,
      reason: '人员审核不通过',
    })),
    by.userId,
  );
  return rows.map((row, i) => ({
    documentId: inserted[i]!.document_id,
    personRef: row.person_ref,
    orderRef: row.order_ref,
    amountFen: row.fee_fen,
  }));
}
