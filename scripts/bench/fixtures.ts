import { createRequire } from 'node:module';
import type pg from 'pg';
import { creditCodeFor, divisionFor } from '../../database/generator/credit-code';
import {
  documentIdFor,
  insertOrganizations,
  linkOrganizations,
  type OrganizationRow,
  reserveIds,
} from '../../database/generator/organizations';
import { call } from './load';

export const PASSWORD = 'Ciie@2025';

/** bcryptjs comes with Strapi's users-permissions plugin (untyped, so loaded by require). */
const bcrypt = createRequire(__filename)('bcryptjs') as {
  hashSync(password: string, rounds: number): string;
};

export interface Liaison {
  username: string;
  organizationId: string;
  category: string;
  token?: string;
}

/**
 * `count` liaison accounts, each with its own complete draft organization (every field the
 * submit check reads, consent, interests, a licence file) — written in SQL, because the public
 * registration route needs an SMS code per account and sends at most one a minute per IP.
 * Passwords are hashed with 4 bcrypt rounds (Strapi's 10 make each login cost more CPU than a
 * submit): the benchmark measures submitting, not logging in.
 */
export async function createLiaisons(
  client: pg.ClientBase,
  options: { count: number; delegationPath: string; tag: string },
): Promise<Liaison[]> {
  const { count, delegationPath, tag } = options;
  const edition = (
    await client.query<{ id: number; number: number; privacy_policy_version: string | null }>(
      'SELECT id, number, privacy_policy_version FROM editions WHERE current',
    )
  ).rows[0];
  if (!edition) throw new Error('no current edition');
  const role = (
    await client.query<{ id: number }>("SELECT id FROM up_roles WHERE type = 'liaison'")
  ).rows[0];
  if (!role) throw new Error('no liaison role');
  const rootCode = delegationPath.split('/')[1] ?? 'beijing';

  const firstOrganization = await reserveIds(client, 'organizations', count);
  const now = new Date();
  const rows: OrganizationRow[] = [];
  const liaisons: Liaison[] = [];
  for (let i = 0; i < count; i++) {
    const id = firstOrganization + i;
    const category = i % 2 === 0 ? 'domesticEnterprise' : 'domesticGovernmentAgency';
    const creditCode = creditCodeFor(
      category === 'domesticEnterprise' ? '91' : '11',
      divisionFor(rootCode, 1),
      50_000_000 + id,
    );
    const documentId = documentIdFor('b', tag, id);
    rows.push({
      id,
      documentId,
      editionNumber: edition.number,
      delegationPath,
      category,
      name: `压测${category === 'domesticEnterprise' ? '贸易有限公司' : '商务局'}${i}`,
      nameEn: `Bench ${category === 'domesticEnterprise' ? 'Trading Co., Ltd.' : 'Commerce Bureau'} ${i}`,
      creditCode,
      accountEmail: null,
      countryOrRegion: 'CN',
      address: '北京市朝阳区示例路 1 号',
      contactName: '压测联络员',
      contactMobile: `139${String(i).padStart(8, '0')}`,
      contactEmail: `bench.${id.toString(36)}@bench.example.cn`,
      visitPurposes: ['purchasing'],
      intendedImports: null,
      privacyPolicyVersion: edition.privacy_policy_version,
      privacyConsentAt: now,
      reviewStatus: 'draft',
      submittedAt: null,
      reviewedAt: null,
      rejectionReason: null,
      createdAt: now,
    });
    liaisons.push({ username: creditCode, organizationId: documentId, category });
  }
  await client.query('BEGIN');
  try {
    for (let i = 0; i < rows.length; i += 5000)
      await insertOrganizations(client, rows.slice(i, i + 5000));
    const last = firstOrganization + count - 1;
    await linkOrganizations(client, firstOrganization, last, edition.id);

    // One licence image, related to every bench organization (Strapi allows a file many owners).
    const file = (
      await client.query<{ id: number }>(
        `INSERT INTO files (document_id, name, hash, ext, mime, size, url, provider, folder_path,
           created_at, updated_at, published_at)
         VALUES ($1, 'licence.png', $2, '.png', 'image/png', 12.5, $3, 'local', '/', now(), now(), now())
         RETURNING id`,
        [documentIdFor('f', tag, 1), `bench_licence_${tag}`, `/uploads/bench_licence_${tag}.png`],
      )
    ).rows[0]!;
    await client.query(
      `INSERT INTO files_related_mph (file_id, related_id, related_type, field, "order")
       SELECT $1, id, 'api::organization.organization', 'businessLicence', 1
       FROM organizations WHERE id BETWEEN $2 AND $3`,
      [file.id, firstOrganization, last],
    );

    const firstUser = await reserveIds(client, 'up_users', count);
    const hash = bcrypt.hashSync(PASSWORD, 4);
    await client.query(
      `INSERT INTO up_users (id, document_id, username, email, provider, password, confirmed,
         blocked, display_name, preferred_locale, created_at, updated_at, published_at)
       SELECT $1 + ord::int - 1, $2 || lpad(to_hex($1 + ord::int - 1), $3, '0'), u.username,
         'bench.' || ($1 + ord::int - 1) || '@bench.example.cn', 'local', $4, true, false,
         '压测联络员', 'zh-CN', now(), now(), now()
       FROM unnest($5::text[]) WITH ORDINALITY AS u(username, ord)`,
      [firstUser, `u${tag}`, 24 - 1 - tag.length, hash, liaisons.map((l) => l.username)],
    );
    await client.query(
      `INSERT INTO up_users_role_lnk (user_id, role_id, user_ord)
       SELECT id, $3, (SELECT coalesce(max(user_ord), 0) FROM up_users_role_lnk WHERE role_id = $3) + (id - $1 + 1)
       FROM up_users WHERE id BETWEEN $1 AND $2`,
      [firstUser, firstUser + count - 1, role.id],
    );
    await client.query(
      `INSERT INTO up_users_organization_lnk (user_id, organization_id)
       SELECT $1 + n, $3 + n FROM generate_series(0, $2 - 1) n`,
      [firstUser, count, firstOrganization],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  return liaisons;
}

export async function login(cmsUrl: string, identifier: string, password = PASSWORD) {
  const { status, json } = await call(`${cmsUrl}/api/auth/local`, {
    method: 'POST',
    body: { identifier, password },
  });
  const jwt = (json as { jwt?: string } | null)?.jwt;
  if (status !== 200 || !jwt)
    throw new Error(`login ${identifier}: ${status} ${JSON.stringify(json)}`);
  return jwt;
}

/** Logs many accounts in, 10 at a time, bounded by `timeoutMs`. */
export async function loginAll(cmsUrl: string, liaisons: Liaison[], timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let next = 0;
  const worker = async () => {
    while (next < liaisons.length) {
      if (Date.now() > deadline) throw new Error('logging the bench accounts in took too long');
      const liaison = liaisons[next++]!;
      liaison.token = await login(cmsUrl, liaison.username);
    }
  };
  await Promise.all(Array.from({ length: 10 }, worker));
}

/**
 * `count` submitted organizations of a subtree that a delegation reviews: the ones already
 * submitted, topped up by turning approved ones back into `submitted`.
 */
export async function makeSubmitted(client: pg.ClientBase, pathPrefix: string, count: number) {
  const { rows } = await client.query<{ document_id: string }>(
    `UPDATE organizations SET review_status = 'submitted', reviewed_at = NULL,
       submitted_at = now() - (id % 5000) * interval '1 minute', updated_at = now()
     WHERE id IN (
       SELECT id FROM organizations
       WHERE delegation_path LIKE $1 AND review_status IN ('approved', 'submitted')
         AND category IN ('domesticGovernmentAgency', 'domesticSocialOrganization',
           'overseasGovernmentDepartment', 'overseasSocialOrganization', 'overseasOther')
       ORDER BY review_status = 'submitted' DESC, id LIMIT $2)
     RETURNING document_id`,
    [`${pathPrefix}%`, count],
  );
  return rows.map((r) => r.document_id);
}
