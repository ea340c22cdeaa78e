-- ID numbers (docs/id-numbers.md): exact search compares the keyed hash, so it needs an index;
-- the whole-number rate limit counts an account's recent reads, and looks for its recent alert.
CREATE INDEX IF NOT EXISTS persons_id_number_hash_idx ON persons (id_number_hash);
CREATE INDEX IF NOT EXISTS id_number_reads_user_read_at_idx ON id_number_reads (user_id, read_at);
CREATE INDEX IF NOT EXISTS id_number_alerts_user_raised_at_idx ON id_number_alerts (user_id, raised_at);
