import { maskIdNumber } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { hashIdNumber } from '../id-numbers/hash';

const PERSON = 'api::person.person';

/**
 * The organization's own registrations in earlier editions: the same credit code, or for an
 * overseas organization (no code) the same account email. Those are whose persons it may see.
 */
export async function predecessorRefs(strapi: Core.Strapi, organizationRef: string) {
  const { rows } = (await strapi.db.connection.raw(
    `SELECT o.document_id
       FROM organizations me
       JOIN organizations o ON o.edition_number < me.edition_number
        AND (  (me.credit_code IS NOT NULL AND o.credit_code = me.credit_code)
            OR (me.credit_code IS NULL AND me.account_email IS NOT NULL
                AND lower(o.account_email) = lower(me.account_email)))
      WHERE me.document_id = ?
      GROUP BY o.document_id`,
    [organizationRef],
  )) as { rows: { document_id: string }[] };
  return rows.map((r) => r.document_id);
}

export interface PreviousQuery {
  edition?: number;
  idNumber?: string;
  statuses?: string[];
  name?: string;
  page: number;
  pageSize: number;
}

export const PREVIOUS_FIELDS = [
  'editionNumber',
  'personNumber',
  'name',
  'gender',
  'regionType',
  'idType',
  'idNumber',
  'position',
  'personTag',
  'mobile',
  'email',
  'personStatus',
  'badgeNumber',
] as const;

/** 往届专业观众人员: earlier editions' persons of this organization, filtered, ID numbers masked. */
export async function previousPersons(
  strapi: Core.Strapi,
  organizationRef: string,
  query: PreviousQuery,
) {
  const refs = await predecessorRefs(strapi, organizationRef);
  if (refs.length === 0) {
    return { data: [], meta: { pagination: { page: 1, pageSize: query.pageSize, total: 0 } } };
  }
  const filters: Record<string, unknown>[] = [{ organizationRef: { $in: refs } }];
  if (query.edition) filters.push({ editionNumber: { $eq: query.edition } });
  // The whole number only, compared on its keyed hash (docs/id-numbers.md).
  if (query.idNumber) filters.push({ idNumberHash: { $eq: hashIdNumber(query.idNumber) } });
  if (query.statuses?.length) filters.push({ personStatus: { $in: query.statuses } });
  if (query.name) filters.push({ name: { $containsi: query.name } });
  const params = { filters: { $and: filters } };
  const [rows, total] = await Promise.all([
    strapi.documents(PERSON).findMany({
      ...params,
      fields: ['documentId', ...PREVIOUS_FIELDS],
      sort: ['editionNumber:desc', 'name:asc'],
      limit: query.pageSize,
      start: (query.page - 1) * query.pageSize,
    }),
    strapi.documents(PERSON).count(params),
  ]);
  const here = await identitiesInOrganization(
    strapi,
    organizationRef,
    rows.map((r) => String((r as Record<string, unknown>).idNumber)),
  );
  return {
    data: rows.map((row) => {
      const r = row as unknown as Record<string, string>;
      return {
        ...r,
        idNumber: maskIdNumber(r.idNumber),
        // Already brought into this edition: the list greys the row out instead of failing later.
        inThisEdition: here.has(`${r.idType}:${r.idNumber.toUpperCase()}`),
      };
    }),
    meta: {
      pagination: {
        page: query.page,
        pageSize: query.pageSize,
        pageCount: Math.ceil(total / query.pageSize),
        total,
      },
    },
  };
}

/** `idType:ID NUMBER` of the organization's persons among the given numbers. */
async function identitiesInOrganization(
  strapi: Core.Strapi,
  organizationRef: string,
  idNumbers: string[],
) {
  if (idNumbers.length === 0) return new Set<string>();
  const rows = (await strapi.db
    .connection('persons')
    .where('organization_ref', organizationRef)
    .whereIn(
      strapi.db.connection.raw('upper(id_number)') as never,
      idNumbers.map((n) => n.toUpperCase()),
    )
    .select('id_type', 'id_number')) as { id_type: string; id_number: string }[];
  return new Set(rows.map((r) => `${r.id_type}:${r.id_number.toUpperCase()}`));
}
