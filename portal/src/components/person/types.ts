/** A person as the cms answers it (cms/API.md "Persons"). */
export interface Person {
  documentId: string;
  personNumber?: string;
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
  personStatus: string;
  paymentStatus: string;
  source?: string;
  badgeReuse?: boolean;
  previousBadgeNumber?: string | null;
  rejectionReason?: string | null;
  idPhoto?: { url: string } | null;
  allowedActions?: string[];
}

export interface EntryDateOption {
  code: string;
  labelZh: string;
  labelEn: string;
  feeFen: number;
}
