-- An account's sign-in log (cms/src/accounts/sign-in-log.ts): read newest first per account, and
-- trimmed per account at every sign-in.
CREATE INDEX IF NOT EXISTS sign_ins_user_ref_idx ON sign_ins (user_ref, id DESC);
