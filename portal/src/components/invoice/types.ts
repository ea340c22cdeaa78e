import type { AllowedAction } from '@pvis/config';
/** A red-letter invoice or confirmation (红字发票 / 红字确认单) as the cms answers it. */
export interface RedLetter {
  documentId: string;
  /** `confirmRedLetter` while the buyer's confirmation is pending (finance). */
  allowedActions?: AllowedAction[];
  invoiceNumber?: string | null;
  amountFen: number;
  reason?: string | null;
  issuedAt?: string | null;
  confirmationRequired?: boolean;
  confirmationStatus: string;
  confirmationDeadline?: string | null;
  confirmedAt?: string | null;
  reminderSentAt?: string | null;
  invoice?: { documentId: string; invoiceNumber?: string | null; title?: string } | null;
}

/** An invoice (发票) as the cms answers it (cms/API.md "Invoices"). */
export interface Invoice {
  documentId: string;
  orderRef: string;
  orderNumber?: string | null;
  order?: { orderNumber?: string } | null;
  kind: 'ordinary' | 'special';
  invoiceStatus: string;
  title: string;
  taxNumber: string;
  mobile?: string | null;
  email?: string | null;
  address?: string | null;
  phone?: string | null;
  bank?: string | null;
  bankAccount?: string | null;
  remarks?: string | null;
  amountFen: number;
  invoiceNumber?: string | null;
  issuedAt?: string | null;
  buyerDeducted?: boolean | null;
  rejectionReason?: string | null;
  createdAt: string;
  redLetters?: RedLetter[];
  allowedActions?: AllowedAction[];
}

export const orderNumberOf = (invoice: Invoice) =>
  invoice.orderNumber ?? invoice.order?.orderNumber ?? invoice.orderRef;
