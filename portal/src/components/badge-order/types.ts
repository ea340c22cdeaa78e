import type { AllowedAction } from '@pvis/config';
/** A badge order (人员证件订单) as the cms answers it (cms/API.md "Badge orders"). */
export interface OrderLine {
  personRef: string;
  personName: string;
  idNumberMasked: string;
  badgeType?: string | null;
  entryDateOption?: string | null;
  feeFen: number;
  live: boolean;
}

export interface OrderPayment {
  documentId: string;
  method: string;
  paymentStatus: string;
  amountFen: number;
  paidAmountFen?: number | null;
  flagReason?: string | null;
}

export interface BadgeOrder {
  documentId: string;
  orderNumber: string;
  orderStatus: string;
  amountFen: number;
  headCount: number;
  collectionMethod: 'express' | 'pickup';
  expressAddressCopy?: {
    province: string;
    city: string;
    district: string;
    street: string;
    recipient: string;
    mobile: string;
  } | null;
  paymentMethod?: string | null;
  expiresAt?: string | null;
  paidAt?: string | null;
  createdAt: string;
  lines?: OrderLine[];
  payments?: OrderPayment[];
  invoice?: { kind: string; invoiceStatus: string } | null;
  allowedActions?: AllowedAction[];
}

/** What the payer is shown after choosing a method. */
export type PaymentPrompt =
  | { kind: 'qr'; qrContent: string }
  | { kind: 'redirect'; url: string; method: 'POST' | 'GET'; fields: Record<string, string> }
  | {
      kind: 'transfer';
      account: { name: string; bank: string; number: string };
      reference: string;
      amountFen: number;
    };
