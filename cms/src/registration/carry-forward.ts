import type { Core } from '@strapi/strapi';
import type { CurrentEdition } from './edition';

const ORG = 'api::organization.organization';

/** The fields of an earlier registration that a returning organization keeps. */
const CARRIED = [
  'category',
  'name',
  'nameEn',
  'creditCode',
  'accountEmail',
  'countryOrRegion',
  'address',
  'contactName',
  'contactMobile',
  'contactEmail',
  'contactPhone',
  'visitPurposes',
  'intendedImports',
  'publishIntendedImports',
  'delegationPath',
  'referralCode',
] as const;

/**
 * This edition's draft organization, pre-filled from an earlier one: details, interests and
 * delegation carried, consent and licence asked again, linked to the earlier record.
 */
export async function carryForward(
  strapi: Core.Strapi,
  previousId: string,
  edition: CurrentEdition,
) {
  const previous = (await strapi.documents(ORG).findOne({
    documentId: previousId,
    populate: { interests: { fields: ['documentId'] }, delegation: { fields: ['documentId'] } },
  })) as unknown as Record<string, unknown> & {
    interests?: { documentId: string }[];
    delegation?: { documentId: string } | null;
  };
  const data: Record<string, unknown> = Object.fromEntries(
    CARRIED.map((field) => [field, previous[field]]),
  );
  return strapi.documents(ORG).create({
    data: {
      ...data,
      editionNumber: edition.number,
      edition: edition.documentId,
      delegation: previous.delegation?.documentId,
      interests: (previous.interests ?? []).map((item) => item.documentId),
      previousOrganization: previousId,
      reviewStatus: 'draft',
    },
  });
}
