-- Bank transfer (银行转账) and statement matching (cms/src/transfers). Idempotent: runs at every start.

-- The payment reference (汇款识别码) the payer writes in the transfer's remark names one order.
CREATE UNIQUE INDEX IF NOT EXISTS "badge_orders__transferReference__unique"
  ON badge_orders (transfer_reference) WHERE transfer_reference IS NOT NULL;

-- At most one remittance awaiting finance per payment: a double-clicked submit stores one.
CREATE UNIQUE INDEX IF NOT EXISTS "remittances__paymentRef__unique"
  ON remittances (payment_ref) WHERE decision = 'pending';

-- A statement line is the bank's transaction: importing the same statement twice adds nothing.
CREATE UNIQUE INDEX IF NOT EXISTS "bank_statement_lines__bankTransactionId__unique"
  ON bank_statement_lines (bank_transaction_id);

-- One statement line pays one payment.
CREATE UNIQUE INDEX IF NOT EXISTS "bank_statement_lines__paymentRef__unique"
  ON bank_statement_lines (payment_ref) WHERE payment_ref IS NOT NULL;

-- The finance queues read these.
CREATE INDEX IF NOT EXISTS "remittances__decision__idx" ON remittances (decision, created_at);
CREATE INDEX IF NOT EXISTS "bank_statement_lines__matchStatus__idx"
  ON bank_statement_lines (match_status, booked_on);
