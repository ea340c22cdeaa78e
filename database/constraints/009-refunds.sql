-- Refunds (退款). A rejected person's fee is refunded once per order: at most one refund
-- that has not failed per person and order (a failed one is retried in place, never doubled).
CREATE UNIQUE INDEX IF NOT EXISTS "refunds__personRef__unique"
  ON refunds (person_ref, order_ref) WHERE refund_status <> 'failed';

-- The refund number is what the gateway de-duplicates on (out_refund_no / out_request_no / orderId).
CREATE UNIQUE INDEX IF NOT EXISTS "refunds__refundNumber__unique" ON refunds (refund_number);

-- The finance queue filters by status; the order detail lists an order's refunds.
CREATE INDEX IF NOT EXISTS refunds_status_idx ON refunds (refund_status, id);
CREATE INDEX IF NOT EXISTS refunds_order_ref_idx ON refunds (order_ref);
