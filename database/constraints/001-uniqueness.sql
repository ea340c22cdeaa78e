-- Uniqueness the Strapi schema cannot express (its `unique: true` creates no index).
-- Index names are "<table>__<field>__unique": the cms reads the field back out of a refused
-- insert and answers 409 with that field (cms/src/errors.ts). Idempotent: runs at every start.

-- A credit code registers once per edition (overseas organizations have none).
CREATE UNIQUE INDEX IF NOT EXISTS "organizations__creditCode__unique"
  ON organizations (edition_number, credit_code) WHERE credit_code IS NOT NULL;

-- A person (ID type + number) appears once per organization; an organization is one edition's.
CREATE UNIQUE INDEX IF NOT EXISTS "persons__idNumber__unique"
  ON persons (organization_ref, id_type, upper(id_number));
CREATE UNIQUE INDEX IF NOT EXISTS "persons__personNumber__unique"
  ON persons (edition_number, person_number) WHERE person_number IS NOT NULL;

-- A person is in at most one live order: two tabs or two colleagues cannot order them twice.
CREATE UNIQUE INDEX IF NOT EXISTS "badge_order_lines__personRef__unique"
  ON badge_order_lines (person_ref) WHERE live;
CREATE UNIQUE INDEX IF NOT EXISTS "badge_orders__orderNumber__unique" ON badge_orders (order_number);
CREATE UNIQUE INDEX IF NOT EXISTS "badge_orders__idempotencyKey__unique"
  ON badge_orders (organization_ref, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- One payment per gateway transaction: a notification replayed ten times makes one payment.
CREATE UNIQUE INDEX IF NOT EXISTS "payments__gatewayTransactionId__unique"
  ON payments (method, gateway_transaction_id) WHERE gateway_transaction_id IS NOT NULL;

-- One invoice per order; one red-letter reversal per invoice.
CREATE UNIQUE INDEX IF NOT EXISTS "invoices__order__unique" ON invoices (order_ref);
CREATE UNIQUE INDEX IF NOT EXISTS "red_letter_invoices__invoice__unique" ON red_letter_invoices (invoice_ref);

-- A person is refunded at most once (a failed attempt may be retried as a new row).
CREATE UNIQUE INDEX IF NOT EXISTS "refunds__person__unique"
  ON refunds (person_ref) WHERE refund_status <> 'failed';

-- Exactly one default express address per organization (the "at most" half; the service keeps one).
CREATE UNIQUE INDEX IF NOT EXISTS "express_addresses__isDefault__unique"
  ON express_addresses (organization_ref) WHERE is_default;

-- Reference data keys.
CREATE UNIQUE INDEX IF NOT EXISTS "editions__number__unique" ON editions (number);
CREATE UNIQUE INDEX IF NOT EXISTS "editions__current__unique" ON editions ((true)) WHERE current;
CREATE UNIQUE INDEX IF NOT EXISTS "delegations__code__unique" ON delegations (code);
CREATE UNIQUE INDEX IF NOT EXISTS "exhibition_areas__code__unique" ON exhibition_areas (code);
CREATE UNIQUE INDEX IF NOT EXISTS "exhibition_categories__code__unique" ON exhibition_categories (code);
CREATE UNIQUE INDEX IF NOT EXISTS "exhibition_items__code__unique" ON exhibition_items (code);

-- Badges: one per person, numbers unique within an edition.
CREATE UNIQUE INDEX IF NOT EXISTS "badges__personRef__unique" ON badges (person_ref) WHERE badge_status <> 'revoked';
CREATE UNIQUE INDEX IF NOT EXISTS "badges__badgeNumber__unique" ON badges (edition_number, badge_number);

-- Points: one award per source event; invitation tokens are unique.
CREATE UNIQUE INDEX IF NOT EXISTS "points_entries__sourceRef__unique"
  ON points_entries (organization_ref, reason, source_ref);
CREATE UNIQUE INDEX IF NOT EXISTS "invitations__tokenHash__unique" ON invitations (token_hash);
CREATE UNIQUE INDEX IF NOT EXISTS "activity_signups__personRef__unique"
  ON activity_signups (activity_document_id, person_ref) WHERE signup_status = 'signedUp';

-- Accounts: a credit code or email logs in once, whatever its case.
CREATE UNIQUE INDEX IF NOT EXISTS "up_users__username__unique" ON up_users (lower(username));
CREATE UNIQUE INDEX IF NOT EXISTS "up_users__email__unique" ON up_users (lower(email));

-- One live colleague invitation link per organization: issuing a new one revokes the old.
CREATE UNIQUE INDEX IF NOT EXISTS "invitations__organizationRef__unique"
  ON invitations (organization_ref) WHERE kind = 'colleague' AND revoked_at IS NULL;
