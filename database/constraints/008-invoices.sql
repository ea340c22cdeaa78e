-- Invoices (开票) and red-letter reversal (红字).

-- One live invoice per order: a rejected request does not count, so the liaison may ask again.
-- Replaces the plain unique index of 001 (dropped only while it is not partial yet).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'invoices__order__unique'
             AND indexdef NOT LIKE '%WHERE%') THEN
    DROP INDEX "invoices__order__unique";
  END IF;
  IF EXISTS (SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'red_letter_invoices__invoice__unique'
             AND indexdef NOT LIKE '%WHERE%') THEN
    DROP INDEX "red_letter_invoices__invoice__unique";
  END IF;
END $$;
CREATE UNIQUE INDEX IF NOT EXISTS "invoices__order__unique"
  ON invoices (order_ref) WHERE invoice_status <> 'rejected';
-- One reversal per invoice, unless its confirmation expired (the invoice stood, and may be
-- reversed again later).
CREATE UNIQUE INDEX IF NOT EXISTS "red_letter_invoices__invoice__unique"
  ON red_letter_invoices (invoice_ref) WHERE confirmation_status IS DISTINCT FROM 'expired';
-- Numbers are the tax system's identity of an invoice: never twice.
CREATE UNIQUE INDEX IF NOT EXISTS "invoices__invoiceNumber__unique"
  ON invoices (invoice_number) WHERE invoice_number IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "red_letter_invoices__invoiceNumber__unique"
  ON red_letter_invoices (invoice_number) WHERE invoice_number IS NOT NULL;
-- Finance's queue reads by state.
CREATE INDEX IF NOT EXISTS invoices_status_idx ON invoices (invoice_status, id);
CREATE INDEX IF NOT EXISTS red_letter_invoices_confirmation_idx
  ON red_letter_invoices (confirmation_status, confirmation_deadline);

-- Invoice and red-letter numbers, one serial for both (both are numbers of the same issuer).
CREATE SEQUENCE IF NOT EXISTS invoice_numbers START 1;

-- The PDF rendition of each issued invoice and red-letter invoice, kept in PostgreSQL with the
-- record (durable, in every backup, any cms instance can serve or mail it).
CREATE TABLE IF NOT EXISTS invoice_pdfs (
  document_ref varchar(255) PRIMARY KEY,
  file_name varchar(255) NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- An issued invoice is immutable: after issuing only its state and the buyer's
-- deduction mark may change; the rendered PDF is never replaced.
CREATE OR REPLACE FUNCTION invoices_issued_immutable() RETURNS trigger AS $$
BEGIN
  IF OLD.invoice_status <> 'requested' AND OLD.invoice_number IS NOT NULL AND (
       NEW.invoice_number IS DISTINCT FROM OLD.invoice_number
    OR NEW.issued_at IS DISTINCT FROM OLD.issued_at
    OR NEW.amount_fen IS DISTINCT FROM OLD.amount_fen
    OR NEW.kind IS DISTINCT FROM OLD.kind
    OR NEW.title IS DISTINCT FROM OLD.title
    OR NEW.tax_number IS DISTINCT FROM OLD.tax_number
    OR NEW.address IS DISTINCT FROM OLD.address
    OR NEW.phone IS DISTINCT FROM OLD.phone
    OR NEW.bank IS DISTINCT FROM OLD.bank
    OR NEW.bank_account IS DISTINCT FROM OLD.bank_account
    OR NEW.email IS DISTINCT FROM OLD.email
    OR NEW.mobile IS DISTINCT FROM OLD.mobile
    OR NEW.remarks IS DISTINCT FROM OLD.remarks
    OR NEW.order_ref IS DISTINCT FROM OLD.order_ref) THEN
    RAISE EXCEPTION 'invoice % is issued and cannot be changed', OLD.invoice_number
      USING ERRCODE = 'check_violation', CONSTRAINT = 'invoices__issued__immutable';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS invoices_issued_immutable ON invoices;
CREATE TRIGGER invoices_issued_immutable BEFORE UPDATE ON invoices
  FOR EACH ROW EXECUTE FUNCTION invoices_issued_immutable();

CREATE OR REPLACE FUNCTION invoice_pdfs_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the PDF of % is kept as issued', OLD.document_ref
    USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_pdfs__content__immutable';
END $$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS invoice_pdfs_immutable ON invoice_pdfs;
CREATE TRIGGER invoice_pdfs_immutable BEFORE UPDATE OR DELETE ON invoice_pdfs
  FOR EACH ROW EXECUTE FUNCTION invoice_pdfs_immutable();
