import type { AllowedAction } from '@pvis/config';
import type { UploadedFile } from '../organization/types';

/** A person (人员) as `GET /api/persons` and `/api/persons/:id` answer (lists mask `idNumber`). */
export interface Person {
  id: number | string;
  documentId: string;
  editionNumber?: number;
  personNumber?: string | null;
  name: string;
  gender?: string | null;
  regionType: string;
  idType: string;
  idNumber: string;
  position?: string | null;
  personTag?: string | null;
  entryDateOption?: string | null;
  badgeType?: string | null;
  mobile?: string | null;
  email?: string | null;
  idPhoto?: (UploadedFile & { width?: number; height?: number }) | null;
  personStatus: string;
  paymentStatus?: string | null;
  source?: string | null;
  badgeReuse?: boolean | null;
  previousBadgeNumber?: string | null;
  rejectionReason?: string | null;
  reviewedAt?: string | null;
  updatedAt?: string | null;
  organization?: {
    documentId: string;
    name?: string | null;
    creditCode?: string | null;
    category?: string | null;
  } | null;
  allowedActions?: AllowedAction[];
}

export interface EntryDateOption {
  code: string;
  labelZh: string;
  labelEn: string;
  feeFen: number;
}
