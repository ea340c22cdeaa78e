-- "At most N" rules that a unique index cannot say, as triggers that refuse the row.
-- SQLSTATE 23514 (check_violation) with the field in the DETAIL, mapped to 409 by the cms.

-- At most 5 express addresses per organization. The advisory lock serialises concurrent
-- inserts for one organization, so two requests cannot both see 4 and both insert.
CREATE OR REPLACE FUNCTION express_addresses_at_most_five() RETURNS trigger AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('express_addresses:' || NEW.organization_ref));
  IF (SELECT count(*) FROM express_addresses WHERE organization_ref = NEW.organization_ref) >= 5 THEN
    RAISE EXCEPTION 'an organization keeps at most 5 express addresses'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'express_addresses__organizationRef__limit';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS express_addresses_at_most_five ON express_addresses;
CREATE TRIGGER express_addresses_at_most_five BEFORE INSERT ON express_addresses
  FOR EACH ROW EXECUTE FUNCTION express_addresses_at_most_five();

-- Badge reuse (证件复用) consumes the organization's quota: at most badge_reuse_quota persons of an
-- organization reuse an earlier badge (the edition's quota per organization unless operations
-- set one for the organization). Locked per organization like the address limit.
CREATE OR REPLACE FUNCTION persons_reuse_within_quota() RETURNS trigger AS $$
BEGIN
  IF NEW.badge_reuse IS NOT TRUE OR (TG_OP = 'UPDATE' AND OLD.badge_reuse IS TRUE) THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('persons:reuse:' || NEW.organization_ref));
  IF (SELECT count(*) FROM persons WHERE organization_ref = NEW.organization_ref AND badge_reuse AND id <> NEW.id)
     >= (SELECT COALESCE(o.badge_reuse_quota, e.reuse_quota_per_organization, 0)
           FROM organizations o LEFT JOIN editions e ON e.number = o.edition_number
          WHERE o.document_id = NEW.organization_ref LIMIT 1) THEN
    RAISE EXCEPTION 'the organization''s badge reuse quota is used up'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'persons__badgeReuse__limit';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS persons_reuse_within_quota ON persons;
CREATE TRIGGER persons_reuse_within_quota BEFORE INSERT OR UPDATE OF badge_reuse ON persons
  FOR EACH ROW EXECUTE FUNCTION persons_reuse_within_quota();
