import type { MachineName } from '@pvis/config';
import type { Core } from '@strapi/strapi';

/**
 * What a machine's guards read besides the record itself: a person's organization status
 * (persons are paid for only once it is approved) and whether the person is free (badge reuse).
 */
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
  const organization = organizationRef
    ? await strapi.documents('api::organization.organization').findOne({
        documentId: String(organizationRef),
        fields: ['reviewStatus'],
      } as never)
    : null;
  return {
    ...record,
    organizationStatus: organization?.reviewStatus,
    free: record.badgeReuse === true,
  };
}
