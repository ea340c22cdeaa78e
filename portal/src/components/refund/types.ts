import type { AllowedAction } from '@pvis/config';
/** A refund (退款) as the cms answers it (cms/API.md "Refunds"). Money in fen. */
export interface Refund {
  documentId: string;
  refundNumber: string;
  refundStatus: 'requested' | 'processing' | 'succeeded' | 'failed';
  orderRef: string;
  orderNumber: string;
  personRef: string;
  personName: string;
  paymentMethod: string;
  amountFen: number;
  refundedAmountFen?: number | null;
  exchangeRateDifferenceFen?: number | null;
  channelReference?: string | null;
  refundedOn?: string | null;
  failureReason?: string | null;
  reason?: string | null;
  createdAt: string;
  succeededAt?: string | null;
  allowedActions?: AllowedAction[];
}
