import { type Actor, type RefundAction, transitionMessages } from '@pvis/config';
import type { Knex } from 'knex';
import { type MovingRow, moveRows } from '../db/move-rows';
import { conflict, fieldError, notFound } from '../errors';

/** A refund row as the refund services read it (snake_case, locked in their transaction). */
export interface RefundRow {
  id: number;
  document_id: string;
  order_ref: string;
  order_number: string;
  person_ref: string;
  payment_method: string;
  refund_status: string;
  refund_number: string;
  amount_fen: number;
  failure_reason: string | null;
}

const COLUMNS = [
  'id',
  'document_id',
  'order_ref',
  'order_number',
  'person_ref',
  'payment_method',
  'refund_status',
  'refund_number',
  'amount_fen',
  'failure_reason',
] as const;

/** Locks one refund by a column (documentId or refund number); null when there is none. */
export const lockRefund = async (
  trx: Knex.Transaction,
  where: { document_id: string } | { refund_number: string },
): Promise<RefundRow | null> =>
  ((await trx('refunds').select(COLUMNS).where(where).forUpdate().first()) as
    | RefundRow
    | undefined) ?? null;

export async function lockRefundOr404(trx: Knex.Transaction, documentId: string) {
  const refund = await lockRefund(trx, { document_id: documentId });
  if (!refund) throw notFound();
  return refund;
}

/** The machine's refusal as the 409 every refund route answers (code, zh, en). */
export function refusal(code: string) {
  const message = (transitionMessages as Record<string, { zh: string; en: string }>)[code];
  return conflict([fieldError('refundStatus', code, message?.zh ?? code, message?.en ?? code)]);
}

export interface RefundMove {
  action: RefundAction;
  actor: Actor;
  userId?: number;
  reason?: string;
  /** Columns set besides the state (refunded amount, references, failure reason…). */
  columns?: Record<string, unknown>;
}

/**
 * One refund through the refund machine of config/ in the caller's transaction, with its audit
 * row (db/move-rows.ts); a refused move is a 409 and writes nothing. Returns the new state.
 */
export async function moveRefund(trx: Knex.Transaction, refund: RefundRow, move: RefundMove) {
  const [to] = await moveRows(
    trx,
    [refund as RefundRow & MovingRow],
    {
      ...move,
      machine: 'refund',
      actorName: move.actor === 'system' ? '系统操作' : undefined,
      context: () => ({ paymentMethod: refund.payment_method }),
    },
    ([refused]) => refusal(refused?.code ?? ''),
  );
  return to!;
}
