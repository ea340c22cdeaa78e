import type { AllowedAction } from '@pvis/config';
/** The order's bank-transfer panel as the cms answers it (GET /api/badge-orders/:id/transfer). */
export interface ReceivingAccount {
  name: string;
  bank: string;
  number: string;
}

export interface SentRemittance {
  documentId: string;
  payerName: string;
  payerAccount: string;
  payerBank: string;
  amountFen: number;
  remittedOn: string;
  decision: 'pending' | 'confirmed' | 'rejected';
  rejectionReason?: string | null;
  submittedAt: string;
  voucherUrl: string;
}

export interface OrderTransfer {
  account: ReceivingAccount | null;
  reference: string | null;
  amountFen: number;
  payment: { documentId: string; paymentStatus: string; rejectionReason?: string | null } | null;
  allowedActions: AllowedAction[];
  remittances: SentRemittance[];
}

/** A remittance in finance's queue (GET /api/remittances/queue) and record view. */
export interface QueuedTransfer {
  documentId: string;
  orderDocumentId: string;
  orderNumber: string;
  orderStatus: string;
  transferReference: string | null;
  organizationName: string | null;
  amountFen: number;
  orderAmountFen: number;
  amountMatches: boolean;
  payerName: string;
  payerAccount: string;
  payerBank: string;
  remittedOn: string;
  decision: 'pending' | 'confirmed' | 'rejected';
  rejectionReason?: string | null;
  submittedAt: string;
  paymentStatus: string;
  voucher?: { url: string; mime: string; name: string; size: number } | null;
  allowedActions?: AllowedAction[];
}

export interface StatementLine {
  documentId: string;
  /** What the server lets the caller do with the line (`match`). */
  allowedActions?: AllowedAction[];
  bankTransactionId: string;
  bookedOn: string;
  direction: 'credit' | 'debit';
  amountFen: number;
  counterpartyName?: string | null;
  counterpartyAccount?: string | null;
  remark?: string | null;
  matchStatus: 'unmatched' | 'matched' | 'ignored';
  unmatchedReason?: string | null;
  orderNumber?: string | null;
}

export interface ImportReport {
  read: number;
  matched: number;
  unmatched: number;
  duplicates: number;
  ignored: number;
  rejected: { row: number; code: string; zh: string; en: string }[];
}
