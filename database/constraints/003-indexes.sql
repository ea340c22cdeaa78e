-- Indexes for the hot paths (scope filters, queues, history). Plain indexes, not rules.

-- A delegation reviewer's queue and its count: state, then subtree prefix (LIKE '/shanghai/%'),
-- then the queue order; and the subtree without a state filter (lists, stats). Measured with
-- 150,000 organizations (scripts/bench.ts): the count went from 16–36 ms to 0.5 ms.
-- Checked again with EXPLAIN ANALYZE for the one-statement queue (cms/src/review/queue.ts):
-- its count is an index-only scan of organizations_queue_idx (0.3 ms for the Shanghai
-- reviewer's 312 submitted), its page an ordered scan of organizations_review_status_submitted_idx
-- that stops after 20 rows in the subtree (0.3 ms warm).
DROP INDEX IF EXISTS organizations_scope_idx;
CREATE INDEX IF NOT EXISTS organizations_queue_idx
  ON organizations (review_status, delegation_path text_pattern_ops, submitted_at DESC, id);
CREATE INDEX IF NOT EXISTS organizations_subtree_idx
  ON organizations (delegation_path text_pattern_ops, submitted_at DESC, id);
CREATE INDEX IF NOT EXISTS organizations_review_status_submitted_idx
  ON organizations (review_status, submitted_at DESC);
CREATE INDEX IF NOT EXISTS organizations_document_id_idx ON organizations (document_id);

-- Persons and money records are looked up by the organization / order they belong to.
CREATE INDEX IF NOT EXISTS persons_organization_ref_idx ON persons (organization_ref, person_status);
CREATE INDEX IF NOT EXISTS badge_orders_organization_ref_idx ON badge_orders (organization_ref);

-- A record's review history.
CREATE INDEX IF NOT EXISTS review_logs_record_ref_idx ON review_logs (record_ref, id);

-- Verification codes: the latest open code for a target.
CREATE INDEX IF NOT EXISTS verification_codes_target_idx ON verification_codes (target, purpose, id DESC);

-- One-click invitations by edition and organization.
CREATE INDEX IF NOT EXISTS invitations_edition_idx ON invitations (kind, edition_number, organization_ref);

-- Previous-edition persons and badge reuse look a person up by identity across editions.
CREATE INDEX IF NOT EXISTS persons_identity_idx ON persons (id_type, upper(id_number));
-- An organization's earlier registrations: same credit code, or for overseas ones the same account email.
CREATE INDEX IF NOT EXISTS organizations_credit_code_idx ON organizations (credit_code) WHERE credit_code IS NOT NULL;
CREATE INDEX IF NOT EXISTS organizations_account_email_idx ON organizations (lower(account_email)) WHERE account_email IS NOT NULL;

-- Operations' person lists over every organization: a status, newest first (人员审核 queue).
-- Without it the 50,000 persons pending review of 500,000 were sorted on each page (p95 167 ms).
CREATE INDEX IF NOT EXISTS persons_status_created_idx ON persons (person_status, created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS persons_organization_created_idx ON persons (organization_ref, created_at DESC);
