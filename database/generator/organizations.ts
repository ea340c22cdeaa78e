import type pg from 'pg';
import { creditCodeFor, creditCodePrefix, divisionFor } from './credit-code';
import { country, mobile, organizationName, personName } from './names';
import { type Random, seeded, zipfSplit } from './random';

/**
 * CIIE-scale data written straight into Strapi 5's tables (no Document Service: 150,000 rows
 * through it would take the better part of an hour). The rows are what Strapi itself writes for a
 * non-draft-and-publish type: a 24-character `document_id`, `published_at` set, `locale` NULL, the
 * relations in their `_lnk` tables, and the server-set scalars the scopes read
 * (`edition_number`, `delegation_path`).
 */

export const categoryMix = [
  ['domesticEnterprise', 62],
  ['domesticGovernmentAgency', 10],
  ['domesticPublicInstitution', 8],
  ['domesticSocialOrganization', 6],
  ['overseasEnterprise', 8],
  ['overseasGovernmentDepartment', 2],
  ['overseasSocialOrganization', 2],
  ['overseasOther', 2],
] as const;

/** These categories are approved on submit; the others wait for their delegation. */
const autoReviewed = new Set([
  'domesticEnterprise',
  'domesticPublicInstitution',
  'overseasEnterprise',
]);

export interface Delegation {
  id: number;
  code: string;
  path: string;
  depth: number;
  nameZh: string;
  nameEn: string;
  /** Position among its parent's sub-delegations, 1-based; 0 for a delegation. */
  subIndex: number;
  /** Code of the top-level delegation it belongs to. */
  rootCode: string;
}

export interface OrganizationRow {
  id: number;
  documentId: string;
  editionNumber: number;
  delegationPath: string;
  category: string;
  name: string;
  nameEn: string;
  creditCode: string | null;
  accountEmail: string | null;
  countryOrRegion: string | null;
  address: string;
  contactName: string;
  contactMobile: string;
  contactEmail: string;
  visitPurposes: string[];
  intendedImports: string | null;
  privacyPolicyVersion: string | null;
  privacyConsentAt: Date | null;
  reviewStatus: 'draft' | 'submitted' | 'approved' | 'rejected';
  submittedAt: Date | null;
  reviewedAt: Date | null;
  rejectionReason: string | null;
  createdAt: Date;
}

/** 24 lowercase alphanumerics, like Strapi's own document ids; `kind` + tag + base36 number. */
export const documentIdFor = (kind: string, tag: string, n: number) => {
  const id = `${kind}${tag}${n.toString(36).padStart(24 - kind.length - tag.length, '0')}`;
  if (id.length !== 24) throw new Error(`document id ${id} is not 24 characters`);
  return id;
};

/** PostgreSQL `timestamp without time zone` in UTC, as Strapi stores datetimes. */
const sqlTime = (date: Date | null) =>
  date ? date.toISOString().replace('T', ' ').replace('Z', '') : null;

const columns: readonly (readonly [
  string,
  string,
  (row: OrganizationRow, now: Date) => unknown,
])[] = [
  ['id', 'int', (r) => r.id],
  ['document_id', 'text', (r) => r.documentId],
  ['edition_number', 'int', (r) => r.editionNumber],
  ['delegation_path', 'text', (r) => r.delegationPath],
  ['category', 'text', (r) => r.category],
  ['name', 'text', (r) => r.name],
  ['name_en', 'text', (r) => r.nameEn],
  ['credit_code', 'text', (r) => r.creditCode],
  ['account_email', 'text', (r) => r.accountEmail],
  ['country_or_region', 'text', (r) => r.countryOrRegion],
  ['address', 'text', (r) => r.address],
  ['contact_name', 'text', (r) => r.contactName],
  ['contact_mobile', 'text', (r) => r.contactMobile],
  ['contact_email', 'text', (r) => r.contactEmail],
  ['mobile_verified_at', 'timestamp', (r) => sqlTime(r.createdAt)],
  ['visit_purposes', 'jsonb', (r) => JSON.stringify(r.visitPurposes)],
  ['intended_imports', 'text', (r) => r.intendedImports],
  ['publish_intended_imports', 'boolean', () => false],
  ['privacy_policy_version', 'text', (r) => r.privacyPolicyVersion],
  ['privacy_consent_at', 'timestamp', (r) => sqlTime(r.privacyConsentAt)],
  ['review_status', 'text', (r) => r.reviewStatus],
  ['submitted_at', 'timestamp', (r) => sqlTime(r.submittedAt)],
  ['reviewed_at', 'timestamp', (r) => sqlTime(r.reviewedAt)],
  ['rejection_reason', 'text', (r) => r.rejectionReason],
  ['badge_reuse_quota', 'int', () => 0],
  ['created_at', 'timestamp', (r) => sqlTime(r.createdAt)],
  ['updated_at', 'timestamp', (r) => sqlTime(r.reviewedAt ?? r.submittedAt ?? r.createdAt)],
  ['published_at', 'timestamp', (r) => sqlTime(r.createdAt)],
];

/**
 * One multi-row INSERT of any size: each column travels as one array parameter and `unnest`
 * zips them back into rows, so a batch of 5,000 rows is 28 parameters, not 140,000.
 */
export async function insertOrganizations(client: pg.ClientBase, rows: readonly OrganizationRow[]) {
  if (rows.length === 0) return;
  const now = new Date();
  const values = columns.map(([, , value]) => rows.map((row) => value(row, now)));
  const params = columns.map(([, type], i) =>
    type === 'jsonb' ? `$${i + 1}::text[]` : `$${i + 1}::${type}[]`,
  );
  const select = columns.map(([name, type]) => (type === 'jsonb' ? `${name}::jsonb` : name));
  await client.query(
    `INSERT INTO organizations (${columns.map(([name]) => name).join(', ')})
     SELECT ${select.join(', ')} FROM unnest(${params.join(', ')})
       AS t(${columns.map(([name]) => name).join(', ')})`,
    values,
  );
}

/** Reserves `count` consecutive ids of `table`'s sequence; returns the first. */
export async function reserveIds(client: pg.ClientBase, table: string, count: number) {
  const sequence = `${table}_id_seq`;
  const { rows } = await client.query<{ first: string }>(`SELECT nextval($1::regclass) AS first`, [
    sequence,
  ]);
  const first = Number(rows[0]!.first);
  await client.query('SELECT setval($1::regclass, $2)', [sequence, first + count - 1]);
  return first;
}

/** The `_lnk` rows Strapi keeps for organization → delegation / edition, for an id range. */
export async function linkOrganizations(
  client: pg.ClientBase,
  firstId: number,
  lastId: number,
  editionId: number,
) {
  await client.query(
    `INSERT INTO organizations_delegation_lnk (organization_id, delegation_id)
     SELECT o.id, d.id FROM organizations o JOIN delegations d ON d.path = o.delegation_path
     WHERE o.id BETWEEN $1 AND $2`,
    [firstId, lastId],
  );
  await client.query(
    `INSERT INTO organizations_edition_lnk (organization_id, edition_id)
     SELECT id, $3 FROM organizations WHERE id BETWEEN $1 AND $2`,
    [firstId, lastId, editionId],
  );
  // Two or three interested exhibition items each, spread over the taxonomy.
  const { rowCount } = await client.query(
    `INSERT INTO organizations_interests_lnk (organization_id, exhibition_item_id, exhibition_item_ord)
     SELECT o.id, items.ids[1 + ((o.id * 37 + g * 53) % items.n)], g + 1
     FROM organizations o
     CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM exhibition_items) items
     CROSS JOIN LATERAL generate_series(0, 1 + o.id % 2) g
     WHERE o.id BETWEEN $1 AND $2 AND items.n > 0`,
    [firstId, lastId],
  );
  return rowCount ?? 0;
}

/**
 * The audit trail (审核记录) the lifecycle service would have written: a `submit` row for every
 * organization past draft, then `autoApprove` (system), `approve` or `reject` (delegation).
 */
export async function insertReviewLogs(
  client: pg.ClientBase,
  firstId: number,
  lastId: number,
  tag: string,
) {
  const width = 24 - 2 - tag.length;
  const submit = await client.query(
    `INSERT INTO review_logs (document_id, machine, record_ref, action, from_state, to_state,
       actor_role, actor_name, at, created_at, updated_at, published_at)
     SELECT 'r' || $3 || 's' || lpad(to_hex(id), $4, '0'), 'organization', document_id, 'submit',
       'draft', 'submitted', 'liaison', contact_name, submitted_at, submitted_at, submitted_at,
       submitted_at
     FROM organizations
     WHERE id BETWEEN $1 AND $2 AND review_status <> 'draft'`,
    [firstId, lastId, tag, width],
  );
  const decision = await client.query(
    `INSERT INTO review_logs (document_id, machine, record_ref, action, from_state, to_state,
       actor_role, actor_name, reason, at, created_at, updated_at, published_at)
     SELECT 'r' || $3 || 'd' || lpad(to_hex(id), $4, '0'), 'organization', document_id,
       CASE WHEN review_status = 'rejected' THEN 'reject'
            WHEN category = ANY($5) THEN 'autoApprove' ELSE 'approve' END,
       'submitted', review_status,
       CASE WHEN category = ANY($5) AND review_status = 'approved' THEN 'system'
            ELSE 'delegationReviewer' END,
       CASE WHEN category = ANY($5) AND review_status = 'approved' THEN '系统操作'
            ELSE '交易团审核员' END,
       rejection_reason, reviewed_at, reviewed_at, reviewed_at, reviewed_at
     FROM organizations
     WHERE id BETWEEN $1 AND $2 AND review_status IN ('approved', 'rejected')`,
    [firstId, lastId, tag, width, [...autoReviewed]],
  );
  return (submit.rowCount ?? 0) + (decision.rowCount ?? 0);
}

export interface GenerateOptions {
  /** How many organizations to add. */
  organizations: number;
  /** Code of the delegation whose subtree is to hold exactly `focusSize` organizations in total. */
  focus: string;
  focusSize: number;
  /** Edition number; the current edition when absent. */
  edition?: number;
  seed: number;
  batchSize: number;
  reviewLogs: boolean;
  log: (line: string) => void;
}

export interface GenerateResult {
  edition: number;
  organizations: number;
  firstId: number;
  lastId: number;
  links: number;
  reviewLogs: number;
  focus: {
    code: string;
    path: string;
    total: number;
    byStatus: Record<string, number>;
    largestSub: { path: string; total: number };
  };
  byStatus: Record<string, number>;
  seconds: { organizations: number; links: number; reviewLogs: number; analyze: number };
  rowsPerSecond: number;
}

const DAY = 86_400_000;

/** Per-delegation counts: the focus subtree gets `focusCount`, the rest a Zipf-skewed share. */
export function planDistribution(
  delegations: readonly Delegation[],
  total: number,
  focus: string,
  focusCount: number,
  random: Random,
) {
  const roots = delegations.filter((d) => d.depth === 0);
  const subsOf = (root: Delegation) =>
    delegations.filter((d) => d.depth > 0 && d.path.startsWith(root.path));
  const focusRoot = roots.find((d) => d.code === focus);
  if (!focusRoot) throw new Error(`no delegation with code ${focus}`);
  const others = random.shuffle(roots.filter((d) => d !== focusRoot));
  const plan = new Map<Delegation, number>();
  const spread = (root: Delegation, count: number) => {
    // About 8% register with the delegation itself, the rest with a sub-delegation (skewed).
    const subs = random.shuffle(subsOf(root));
    const atRoot = subs.length === 0 ? count : Math.round(count * 0.08);
    plan.set(root, atRoot);
    zipfSplit(count - atRoot, subs.length, 1).forEach((n, i) => {
      plan.set(subs[i]!, n);
    });
  };
  spread(focusRoot, focusCount);
  zipfSplit(total - focusCount, others.length, 0.9).forEach((n, i) => {
    spread(others[i]!, n);
  });
  return plan;
}

export async function generate(client: pg.ClientBase, options: GenerateOptions) {
  const started = Date.now();
  const random = seeded(options.seed);
  const { log } = options;

  const edition = (
    await client.query<{ id: number; number: number; privacy_policy_version: string | null }>(
      options.edition
        ? 'SELECT id, number, privacy_policy_version FROM editions WHERE number = $1'
        : 'SELECT id, number, privacy_policy_version FROM editions WHERE current',
      options.edition ? [options.edition] : [],
    )
  ).rows[0];
  if (!edition) throw new Error('no such edition: boot the cms once (schema + demo seed) first');

  const delegationRows = (
    await client.query<{
      id: number;
      code: string;
      path: string;
      depth: number;
      name_zh: string;
      name_en: string;
    }>(
      'SELECT id, code, path, depth, name_zh, name_en FROM delegations WHERE path IS NOT NULL ORDER BY depth, sort_order, id',
    )
  ).rows;
  if (delegationRows.length === 0) throw new Error('no delegations: boot the cms once first');
  const subCounter = new Map<string, number>();
  const delegations: Delegation[] = delegationRows.map((d) => {
    const rootCode = d.path.split('/')[1] ?? d.code;
    const subIndex = d.depth === 0 ? 0 : (subCounter.get(rootCode) ?? 0) + 1;
    if (d.depth > 0) subCounter.set(rootCode, subIndex);
    return {
      id: d.id,
      code: d.code,
      path: d.path,
      depth: d.depth,
      nameZh: d.name_zh.replace(/(交易团|分团)$/, ''),
      nameEn: d.name_en.replace(/ (Delegation|Sub-delegation)$/, ''),
      subIndex,
      rootCode,
    };
  });
  const focusRoot = delegations.find((d) => d.depth === 0 && d.code === options.focus);
  if (!focusRoot) throw new Error(`no delegation with code ${options.focus}`);
  const existingInFocus = Number(
    (
      await client.query<{ n: string }>(
        'SELECT count(*) AS n FROM organizations WHERE delegation_path LIKE $1',
        [`${focusRoot.path}%`],
      )
    ).rows[0]!.n,
  );
  const focusCount = Math.min(
    options.organizations,
    Math.max(0, options.focusSize - existingInFocus),
  );
  const plan = planDistribution(
    delegations,
    options.organizations,
    options.focus,
    focusCount,
    random,
  );

  const usedCodes = new Set(
    (
      await client.query<{ credit_code: string }>(
        'SELECT credit_code FROM organizations WHERE edition_number = $1 AND credit_code IS NOT NULL',
        [edition.number],
      )
    ).rows.map((r) => r.credit_code),
  );
  const tag = random
    .int(36 ** 3)
    .toString(36)
    .padStart(3, '0');
  const firstId = await reserveIds(client, 'organizations', options.organizations);
  const lastId = firstId + options.organizations - 1;
  log(
    `edition ${edition.number}: ${options.organizations} organizations, ids ${firstId}..${lastId}; ` +
      `${focusRoot.path} gets ${focusCount} (+${existingInFocus} already there)`,
  );

  const registrationStart = Date.UTC(2025, 5, 10);
  const registrationSpan = Date.UTC(2025, 9, 25) - registrationStart;
  const byStatus: Record<string, number> = {};
  const focusByStatus: Record<string, number> = {};
  let largestSub = { path: '', total: 0 };
  let batch: OrganizationRow[] = [];
  let id = firstId;
  let serial = random.int(1_000_000);

  await client.query('BEGIN');
  try {
    for (const [delegation, count] of plan) {
      const inFocus = delegation.path.startsWith(focusRoot.path);
      if (inFocus && delegation.depth > 0 && count > largestSub.total) {
        largestSub = { path: delegation.path, total: count };
      }
      for (let i = 0; i < count; i++, id++) {
        const category = random.weighted(categoryMix);
        const domestic = category.startsWith('domestic');
        const auto = autoReviewed.has(category);
        const roll = random.next();
        const reviewStatus: OrganizationRow['reviewStatus'] =
          roll < 0.06
            ? 'draft'
            : auto
              ? 'approved'
              : roll < 0.2
                ? 'submitted'
                : roll < 0.25
                  ? 'rejected'
                  : 'approved';
        const submittedAt =
          reviewStatus === 'draft'
            ? null
            : new Date(registrationStart + random.int(registrationSpan));
        const reviewedAt =
          reviewStatus === 'approved' || reviewStatus === 'rejected'
            ? new Date(submittedAt!.getTime() + (auto ? 1000 : random.int(3 * DAY)))
            : null;
        const createdAt = new Date(
          (submittedAt?.getTime() ?? registrationStart + random.int(registrationSpan)) -
            random.int(10 * DAY),
        );
        const consented = reviewStatus !== 'draft' || random.next() < 0.5;
        const { name, nameEn } = organizationName(
          random,
          domestic ? delegation.nameZh : '',
          domestic ? delegation.nameEn : 'Global',
          category,
        );
        let creditCode: string | null = null;
        if (domestic) {
          do {
            creditCode = creditCodeFor(
              creditCodePrefix[category]!,
              divisionFor(delegation.rootCode, delegation.subIndex),
              serial++,
            );
          } while (usedCodes.has(creditCode));
          usedCodes.add(creditCode);
        }
        const contactName = personName(random);
        const key = id.toString(36);
        batch.push({
          id,
          documentId: documentIdFor('o', tag, id),
          editionNumber: edition.number,
          delegationPath: delegation.path,
          category,
          name,
          nameEn,
          creditCode,
          accountEmail: domestic ? null : `account.${key}@overseas.example.com`,
          countryOrRegion: domestic ? 'CN' : country(random),
          address: `${delegation.nameZh}示例路 ${1 + random.int(999)} 号`,
          contactName,
          contactMobile: mobile(random),
          contactEmail: `liaison.${key}@org.example.cn`,
          visitPurposes:
            random.next() < 0.3 ? ['purchasing', 'investmentPromotion'] : ['purchasing'],
          intendedImports: random.next() < 0.4 ? '进口食品、医疗器械及智能装备' : null,
          privacyPolicyVersion: consented ? edition.privacy_policy_version : null,
          privacyConsentAt: consented ? createdAt : null,
          reviewStatus,
          submittedAt,
          reviewedAt,
          rejectionReason: reviewStatus === 'rejected' ? '营业执照图片不清晰，请重新上传' : null,
          createdAt,
        });
        byStatus[reviewStatus] = (byStatus[reviewStatus] ?? 0) + 1;
        if (inFocus) focusByStatus[reviewStatus] = (focusByStatus[reviewStatus] ?? 0) + 1;
        if (batch.length >= options.batchSize) {
          await insertOrganizations(client, batch);
          batch = [];
          const done = id - firstId + 1;
          if (done % (options.batchSize * 6) === 0) {
            const seconds = (Date.now() - started) / 1000;
            log(`  ${done} organizations, ${Math.round(done / seconds)} rows/s`);
          }
        }
      }
    }
    await insertOrganizations(client, batch);
    // Fresh statistics before the joins below: with the template's (a dozen rows) the planner
    // joined 150,000 organizations to the delegations by a nested loop and took minutes.
    await client.query('ANALYZE organizations');
    const organizationsDone = Date.now();
    const links = await linkOrganizations(client, firstId, lastId, edition.id);
    const linksDone = Date.now();
    const reviewLogs = options.reviewLogs
      ? await insertReviewLogs(client, firstId, lastId, tag)
      : 0;
    await client.query('COMMIT');
    const logsDone = Date.now();
    // VACUUM sets the visibility map, so counts can use index-only scans at once; ANALYZE the rest.
    for (const table of [
      'organizations',
      'organizations_delegation_lnk',
      'organizations_edition_lnk',
      'organizations_interests_lnk',
      'review_logs',
    ])
      await client.query(`VACUUM (ANALYZE) ${table}`);
    await client.query('ANALYZE');
    const analyzed = Date.now();

    const focusTotal = Number(
      (
        await client.query<{ n: string }>(
          'SELECT count(*) AS n FROM organizations WHERE delegation_path LIKE $1',
          [`${focusRoot.path}%`],
        )
      ).rows[0]!.n,
    );
    const totalRows = options.organizations * 3 + links + reviewLogs;
    const result: GenerateResult = {
      edition: edition.number,
      organizations: options.organizations,
      firstId,
      lastId,
      links,
      reviewLogs,
      focus: {
        code: focusRoot.code,
        path: focusRoot.path,
        total: focusTotal,
        byStatus: focusByStatus,
        largestSub,
      },
      byStatus,
      seconds: {
        organizations: (organizationsDone - started) / 1000,
        links: (linksDone - organizationsDone) / 1000,
        reviewLogs: (logsDone - linksDone) / 1000,
        analyze: (analyzed - logsDone) / 1000,
      },
      rowsPerSecond: Math.round(totalRows / ((logsDone - started) / 1000)),
    };
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
