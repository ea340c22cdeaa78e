/**
 * One line of finance's reconciliation report (对账报表): a Beijing day × payment method, money
 * in fen. The cms computes it (cms/src/finance/reconciliation.ts), the portal shows it.
 * `day` is `total` and `method` `all` on the range's totals.
 */
export interface ReconciliationRow {
  day: string;
  method: string;
  payments: number;
  receivedFen: number;
  refunds: number;
  refundedFen: number;
  netFen: number;
  /** Money that arrived and fits no order (amount mismatch, cancelled order…): finance looks. */
  flagged: number;
  flaggedFen: number;
}
