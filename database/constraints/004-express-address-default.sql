-- Exactly one default express address per organization that has any. The "at most one" half
-- is the partial unique index in 001-uniqueness.sql; here the "at least one" half:
--   * the first address of an organization becomes its default;
--   * deleting the default promotes the earliest remaining address;
--   * at commit, an organization with addresses has a default (a deferred check, so the
--     service may unset one and set another inside one transaction).

-- Named to fire after express_addresses_at_most_five (same timing fires in name order), which
-- holds the organization's advisory lock: two concurrent first inserts cannot both be default.
CREATE OR REPLACE FUNCTION express_addresses_first_is_default() RETURNS trigger AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM express_addresses WHERE organization_ref = NEW.organization_ref AND is_default
  ) THEN
    NEW.is_default := true;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS express_addresses_first_is_default ON express_addresses;
CREATE TRIGGER express_addresses_first_is_default BEFORE INSERT ON express_addresses
  FOR EACH ROW EXECUTE FUNCTION express_addresses_first_is_default();

CREATE OR REPLACE FUNCTION express_addresses_promote_default() RETURNS trigger AS $$
BEGIN
  IF OLD.is_default THEN
    PERFORM pg_advisory_xact_lock(hashtext('express_addresses:' || OLD.organization_ref));
    UPDATE express_addresses SET is_default = true
     WHERE id = (SELECT id FROM express_addresses
                  WHERE organization_ref = OLD.organization_ref ORDER BY id LIMIT 1)
       AND NOT EXISTS (SELECT 1 FROM express_addresses
                        WHERE organization_ref = OLD.organization_ref AND is_default);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS express_addresses_promote_default ON express_addresses;
CREATE TRIGGER express_addresses_promote_default AFTER DELETE ON express_addresses
  FOR EACH ROW EXECUTE FUNCTION express_addresses_promote_default();

CREATE OR REPLACE FUNCTION express_addresses_keep_a_default() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM express_addresses WHERE organization_ref = OLD.organization_ref)
     AND NOT EXISTS (SELECT 1 FROM express_addresses
                      WHERE organization_ref = OLD.organization_ref AND is_default) THEN
    RAISE EXCEPTION 'an organization with express addresses keeps one default'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'express_addresses__isDefault__required';
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS express_addresses_keep_a_default ON express_addresses;
CREATE CONSTRAINT TRIGGER express_addresses_keep_a_default
  AFTER UPDATE OF is_default, organization_ref ON express_addresses
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION express_addresses_keep_a_default();
