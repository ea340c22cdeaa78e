import type { MachineName } from '@pvis/config';
import type { Core } from '@strapi/strapi';

/**
 * What a machine's guards read besides the records themselves: a person's organization status
 * (persons are paid for only once it is approved) and whether the person is free (badge reuse).
 * One query for any number of records, so bulk decisions stay set-based.
 */
export async function contextsFor(
  strapi: Core.Strapi,
  machine: MachineName,
  records: Record<string, unknown>[],
): Promise<Record<string, unknown>[]> {
  if (machine !== 'person') return records;
  const refs = [
    ...new Set(
      records
        .map((r) => r.organizationRef)
        .filter(Boolean)
        .map(String),
    ),
  ];
  const organizations =
    refs.length === 0
      ? []
      : await strapi.documents('api::organization.organization').findMany({
          filters: { documentId: { $in: refs } },
          fields: ['documentId', 'reviewStatus'],
          limit: refs.length,
        });
  const statusOf = new Map(organizations.map((o) => [o.documentId, o.reviewStatus]));
  return records.map((record) => ({
    ...record,
    organizationStatus: statusOf.get(String(record.organizationRef)),
    free: record.badgeReuse === true,
  }));
}

export async function contextFor(
  strapi: Core.Strapi,
  machine: MachineName,
  record: Record<string, unknown>,
) {
  if (machine !== 'person') return record;
  // The transition route knows only the documentId; the guards need the person's organization.
  const organizationRef =
    record.organizationRef ??
    (
      await strapi.db
        .connection('persons')
        .where({ document_id: String(record.documentId) })
        .first('organization_ref')
    )?.organization_ref;
  return (await contextsFor(strapi, machine, [{ ...record, organizationRef }]))[0];
}
