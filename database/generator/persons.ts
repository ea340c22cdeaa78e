import type pg from 'pg';

/**
 * Persons at the scale of the last edition (460,000+ registered visitors), written set-based in
 * SQL: one INSERT … SELECT over generate_series, then Strapi's `_lnk` rows, then ANALYZE. One
 * focus organization (a liaison's, who logs in for the benchmark) gets exactly `focusSize`
 * persons; the rest are spread over the edition's approved organizations.
 */
export interface PersonGeneration {
  total: number;
  edition: number;
  /** document_id of the organization whose liaison the benchmark logs in as. */
  focusOrganization: string;
  focusSize: number;
}

// Status mix of a live edition: most persons past payment, a tenth waiting for review.
const STATUS_OF_REMAINDER = `(ARRAY['draft','pendingPayment','pendingPayment','inOrder','pendingReview',
  'approved','approved','inProduction','issued','issued'])[1 + (g % 10)]`;

/**
 * One set-based INSERT of generated persons: `source` supplies `g` (a number unique per person)
 * and `o.document_id` (the organization); `prefix` keeps document ids and person numbers of
 * different generations apart; `status` is an SQL expression over `g`.
 */
function insertPersons(
  client: pg.ClientBase,
  options: { prefix: string; status: string; source: string; params: unknown[] },
) {
  const { prefix, status, source, params } = options;
  return client.query(
    `INSERT INTO persons (document_id, edition_number, organization_ref, person_number, name,
        gender, region_type, id_type, id_number, position, person_tag, entry_date_option,
        mobile, person_status, payment_status, source, badge_reuse, created_at, updated_at,
        published_at)
     SELECT '${prefix}' || lpad(to_hex(g), ${24 - prefix.length}, '0'), $1::int, o.document_id,
        '${prefix.toUpperCase()}' || $1::int::text || '-' || lpad(g::text, 7, '0'),
        '观众' || g, CASE WHEN g % 2 = 0 THEN 'male' ELSE 'female' END,
        CASE WHEN g % 20 = 0 THEN 'foreign' ELSE 'mainland' END,
        CASE WHEN g % 20 = 0 THEN 'passport' ELSE 'residentId' END,
        CASE WHEN g % 20 = 0 THEN 'E' || lpad(g::text, 8, '0') ELSE '31011519' || lpad(g::text, 10, '0') END,
        '采购经理', 'professionalVisitor', CASE WHEN g % 3 = 0 THEN 'half' ELSE 'full' END,
        '139' || lpad((g % 100000000)::text, 8, '0'), ${status},
        CASE WHEN ${status} IN ('pendingReview','approved','inProduction','issued') THEN 'paid' ELSE 'unpaid' END,
        'manual', false, now() - (g % 5000) * interval '1 minute', now(), now()
     ${source}`,
    params,
  );
}

/** Strapi's person → organization link rows for persons whose document id starts with `prefix`. */
async function linkPersons(client: pg.ClientBase, prefix: string) {
  await client.query(
    `INSERT INTO persons_organization_lnk (person_id, organization_id)
     SELECT p.id, o.id FROM persons p JOIN organizations o ON o.document_id = p.organization_ref
      WHERE p.document_id LIKE $1
     ON CONFLICT DO NOTHING`,
    [`${prefix}%`],
  );
}

export async function generatePersons(client: pg.ClientBase, options: PersonGeneration) {
  const started = Date.now();
  const rest = Math.max(0, options.total - options.focusSize);
  const insert = (source: string, params: unknown[]) =>
    insertPersons(client, { prefix: 'pg', status: STATUS_OF_REMAINDER, source, params });
  // The focus organization's persons: numbers 1..focusSize.
  await insert(
    `FROM generate_series(1, $2::int) g, (SELECT document_id FROM organizations WHERE document_id = $3) o`,
    [options.edition, options.focusSize, options.focusOrganization],
  );
  // Everyone else, round-robin over the edition's approved organizations (an array lookup: a
  // join on a computed key made PostgreSQL compare every person with every organization).
  await insert(
    `FROM generate_series($2::int + 1, $2::int + $4::int) g,
          (SELECT array_agg(document_id ORDER BY id) AS refs FROM organizations
            WHERE edition_number = $1::int AND review_status = 'approved' AND document_id <> $3) a,
          LATERAL (SELECT a.refs[1 + g % cardinality(a.refs)] AS document_id) o`,
    [options.edition, options.focusSize, options.focusOrganization, rest],
  );
  await linkPersons(client, 'pg');
  // VACUUM sets the visibility map, so counts are index-only scans as on a settled database.
  await client.query('VACUUM ANALYZE persons');
  await client.query('VACUUM ANALYZE persons_organization_lnk');
  return { persons: options.focusSize + rest, seconds: (Date.now() - started) / 1000 };
}

/**
 * `perOrganization` persons pending payment (订单可下) in each of the given organizations, for the
 * order rush: person g of organization i is number i * perOrganization + g. Returns each
 * organization's person document ids, in order.
 */
export async function generatePayablePersons(
  client: pg.ClientBase,
  options: { edition: number; organizationRefs: string[]; perOrganization: number; prefix: string },
): Promise<Map<string, string[]>> {
  const { edition, organizationRefs, perOrganization, prefix } = options;
  await insertPersons(client, {
    prefix,
    status: `'pendingPayment'`,
    source: `FROM unnest($2::text[]) WITH ORDINALITY AS o(document_id, i),
                LATERAL generate_series((o.i - 1) * $3::int + 1, o.i * $3::int) g`,
    params: [edition, organizationRefs, perOrganization],
  });
  await linkPersons(client, prefix);
  await client.query('ANALYZE persons');
  const { rows } = await client.query<{ organization_ref: string; document_id: string }>(
    `SELECT organization_ref, document_id FROM persons WHERE document_id LIKE $1 ORDER BY id`,
    [`${prefix}%`],
  );
  const byOrganization = new Map<string, string[]>();
  for (const row of rows) {
    const list = byOrganization.get(row.organization_ref) ?? [];
    list.push(row.document_id);
    byOrganization.set(row.organization_ref, list);
  }
  return byOrganization;
}
