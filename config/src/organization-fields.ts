import { organizationCategories } from './vocabularies';

/**
 * The organization details a liaison fills in and may save as a draft (暂存): the cms accepts
 * exactly these (plus the delegation) in a generic update, and the portal's wizard saves them.
 */
export const organizationDraftFields = [
  'name',
  'nameEn',
  'countryOrRegion',
  'address',
  'contactName',
  'contactMobile',
  'contactEmail',
  'contactPhone',
  'visitPurposes',
  'interests',
  'intendedImports',
  'publishIntendedImports',
] as const;

export type OrganizationDraftField = (typeof organizationDraftFields)[number];

/** Whether an organization of this category is domestic (境内); an unknown category is not. */
export const isDomesticOrganization = (category: unknown) =>
  organizationCategories.some((c) => c.code === category && c.domestic);
