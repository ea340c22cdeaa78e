import { beijingDay, isCalendarDay, type ReconciliationRow } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { fieldError, invalidFields } from '../errors';

export interface ReconciliationRange {
  from: string;
  to: string;
}

const MAX_DAYS = 366;
const isDay = (value: unknown): value is string =>
  typeof value === 'string' && isCalendarDay(value);

/** `from`/`to` (inclusive, yyyy-MM-dd, Beijing days); the last 30 days when absent. */
export function parseRange(
  query: Record<string, unknown>,
  today = new Date(),
): ReconciliationRange {
  const to = query.to === undefined ? beijingDay(today) : query.to;
  const from =
    query.from === undefined ? beijingDay(new Date(today.getTime() - 29 * 86_400_000)) : query.from;
  const problems = [];
  if (!isDay(from))
    problems.push(
      fieldError('from', 'invalidDate', '开始日期格式应为 yyyy-MM-dd', 'from must be yyyy-MM-dd'),
    );
  if (!isDay(to))
    problems.push(
      fieldError('to', 'invalidDate', '结束日期格式应为 yyyy-MM-dd', 'to must be yyyy-MM-dd'),
    );
  if (problems.length === 0) {
    const days = (Date.parse(String(to)) - Date.parse(String(from))) / 86_400_000;
    if (days < 0 || days >= MAX_DAYS) {
      problems.push(
        fieldError(
          'to',
          'invalidRange',
          `结束日期不能早于开始日期，且范围不超过 ${MAX_DAYS} 天`,
          `to must not precede from, and the range must not exceed ${MAX_DAYS} days`,
        ),
      );
    }
  }
  if (problems.length > 0) throw invalidFields(problems);
  return { from: String(from), to: String(to) };
}

/**
 * 对账报表: per Beijing day and payment method (Strapi's timestamps are UTC without a zone), the money received (succeeded payments, by when
 * the money arrived), refunded (succeeded refunds, through the payment they return) and flagged,
 * in one SQL statement so the figures agree with each other at one instant.
 */
export async function reconciliation(
  strapi: Core.Strapi,
  range: ReconciliationRange,
): Promise<{ rows: ReconciliationRow[]; totals: ReconciliationRow[] }> {
  const { rows } = await strapi.db.connection.raw(
    `WITH received AS (
       SELECT (coalesce(succeeded_at, notified_at, updated_at) AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date AS day,
              method, count(*) AS payments, sum(coalesce(paid_amount_fen, amount_fen)) AS received_fen
         FROM payments WHERE payment_status = 'succeeded'
        GROUP BY 1, 2),
     refunded AS (
       SELECT (r.updated_at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date AS day, p.method,
              count(*) AS refunds, sum(coalesce(r.refunded_amount_fen, r.amount_fen)) AS refunded_fen
         FROM refunds r JOIN payments p ON p.document_id = (
                SELECT pay.document_id FROM payments pay
                 WHERE pay.order_ref = r.order_ref AND pay.payment_status = 'succeeded'
                 ORDER BY pay.id LIMIT 1)
        WHERE r.refund_status = 'succeeded'
        GROUP BY 1, 2),
     flagged AS (
       SELECT (coalesce(notified_at, updated_at) AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date AS day,
              method, count(*) AS flagged, sum(coalesce(paid_amount_fen, amount_fen)) AS flagged_fen
         FROM payments WHERE payment_status = 'flagged'
        GROUP BY 1, 2)
     SELECT to_char(day, 'YYYY-MM-DD') AS day, method,
            coalesce(received.payments, 0)::int AS payments,
            coalesce(received.received_fen, 0)::bigint AS received_fen,
            coalesce(refunded.refunds, 0)::int AS refunds,
            coalesce(refunded.refunded_fen, 0)::bigint AS refunded_fen,
            coalesce(flagged.flagged, 0)::int AS flagged,
            coalesce(flagged.flagged_fen, 0)::bigint AS flagged_fen
       FROM received
       FULL JOIN refunded USING (day, method)
       FULL JOIN flagged USING (day, method)
      WHERE day BETWEEN ?::date AND ?::date
      ORDER BY day DESC, method`,
    [range.from, range.to],
  );
  const toRow = (r: Record<string, unknown>): ReconciliationRow => ({
    day: String(r.day),
    method: String(r.method),
    payments: Number(r.payments),
    receivedFen: Number(r.received_fen),
    refunds: Number(r.refunds),
    refundedFen: Number(r.refunded_fen),
    netFen: Number(r.received_fen) - Number(r.refunded_fen),
    flagged: Number(r.flagged),
    flaggedFen: Number(r.flagged_fen),
  });
  const list = (rows as Record<string, unknown>[]).map(toRow);
  return { rows: list, totals: totalsByMethod(list) };
}

/** The range's totals, one row per method and one for all (`day` names the range). */
function totalsByMethod(rows: ReconciliationRow[]): ReconciliationRow[] {
  const byMethod = new Map<string, ReconciliationRow>();
  const add = (key: string, row: ReconciliationRow) => {
    const total = byMethod.get(key) ?? {
      day: 'total',
      method: key,
      payments: 0,
      receivedFen: 0,
      refunds: 0,
      refundedFen: 0,
      netFen: 0,
      flagged: 0,
      flaggedFen: 0,
    };
    total.payments += row.payments;
    total.receivedFen += row.receivedFen;
    total.refunds += row.refunds;
    total.refundedFen += row.refundedFen;
    total.netFen += row.netFen;
    total.flagged += row.flagged;
    total.flaggedFen += row.flaggedFen;
    byMethod.set(key, total);
  };
  for (const row of rows) {
    add(row.method, row);
    add('all', row);
  }
  return [...byMethod.values()];
}
