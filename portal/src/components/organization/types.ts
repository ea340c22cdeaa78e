import { type OrganizationCategory, organizationDraftFields } from '@pvis/config';

/** A delegation or sub-delegation (交易团 / 分团) as `GET /api/delegations` returns it. */
export interface Delegation {
  id?: string;
  documentId: string;
  code: string;
  nameZh: string;
  nameEn: string;
  referralCode?: string | null;
  path: string;
  depth?: number;
  sortOrder?: number;
  parent?: { documentId: string } | null;
}

export interface ExhibitionItemRef {
  documentId: string;
  nameZh: string;
  nameEn: string;
}

/** A personal file's description; its bytes come from the record's route (files/PrivateImage). */
export interface UploadedFile {
  id?: number;
  name?: string;
  mime?: string;
}

/** This edition's organization (单位) as the cms answers it; lifecycle field `reviewStatus`. */
export interface Organization {
  id: string;
  documentId: string;
  editionNumber?: number;
  category: OrganizationCategory;
  name?: string | null;
  nameEn?: string | null;
  creditCode?: string | null;
  accountEmail?: string | null;
  countryOrRegion?: string | null;
  address?: string | null;
  contactName?: string | null;
  contactMobile?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  visitPurposes?: string[] | null;
  interests?: ExhibitionItemRef[] | null;
  intendedImports?: string | null;
  publishIntendedImports?: boolean | null;
  privacyPolicyVersion?: string | null;
  privacyConsentAt?: string | null;
  businessLicence?: UploadedFile | null;
  reviewStatus: 'draft' | 'submitted' | 'approved' | 'rejected';
  submittedAt?: string | null;
  reviewedAt?: string | null;
  rejectionReason?: string | null;
  delegation?: Pick<Delegation, 'documentId' | 'nameZh' | 'nameEn' | 'code' | 'path'> | null;
  delegationPath?: string | null;
  allowedActions?: string[];
}

/** One row of `GET /api/organizations/:id/history` (审核记录). */
export interface HistoryEntry {
  action: string;
  fromState: string | null;
  toState: string;
  actorRole: string;
  actorName?: string | null;
  reason?: string | null;
  at: string;
}

/** What the organization pages read with the record. */
export const ORGANIZATION_POPULATE = {
  businessLicence: true,
  interests: { fields: ['nameZh', 'nameEn'] },
  delegation: { fields: ['nameZh', 'nameEn', 'code', 'path'] },
};

/** The fields a liaison saves with 暂存 (the same list the cms accepts, from config/). */
export const DRAFT_FIELDS = organizationDraftFields;
