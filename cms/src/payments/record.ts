// The boundary between a verified gateway notification and the order books. For now it records
// the payment row (idempotently: the unique index on (method, gateway_transaction_id) makes the
// tenth copy of a notification find the first row) and decides its status; moving the order
// to paid is the orders work, which hooks in here.
import type { Core } from '@strapi/strapi';
import { isConstraintViolation } from '../errors';
import type { GatewayMethod, PaymentNotice } from './types';

const PAYMENT = 'api::payment.payment';
const ORDER = 'api::badge-order.badge-order';

interface OrderRow {
  documentId: string;
  amountFen: number;
  orderStatus: string;
}

export interface RecordedPayment {
  documentId: string;
  paymentStatus: string;
  /** False when this notification repeated one already recorded. */
  created: boolean;
}

/** Why a verified payment does not pay its order; finance looks at flagged payments. */
function flagReason(order: OrderRow | null, notice: PaymentNotice): string | null {
  if (!order) return 'unknownOrder';
  if (order.amountFen !== notice.amountFen) return 'amountMismatch';
  if (order.orderStatus !== 'pendingPayment')
    return `order${order.orderStatus[0].toUpperCase()}${order.orderStatus.slice(1)}`;
  return null;
}

export async function recordGatewayPayment(
  strapi: Core.Strapi,
  method: GatewayMethod,
  notice: PaymentNotice,
): Promise<RecordedPayment> {
  const existing = await findRecorded(strapi, method, notice.gatewayTransactionId);
  if (existing) return { ...existing, created: false };
  const order = (await strapi.documents(ORDER).findFirst({
    filters: { orderNumber: notice.orderNumber },
    fields: ['amountFen', 'orderStatus'],
  } as never)) as unknown as OrderRow | null;
  const reason = notice.succeeded ? flagReason(order, notice) : null;
  const paymentStatus = !notice.succeeded ? 'failed' : reason ? 'flagged' : 'succeeded';
  const now = new Date().toISOString();
  try {
    const row = await strapi.documents(PAYMENT).create({
      data: {
        ...(order ? { order: order.documentId } : {}),
        orderRef: order?.documentId ?? `unknown:${notice.orderNumber}`,
        method,
        paymentStatus,
        amountFen: order?.amountFen ?? notice.amountFen,
        paidAmountFen: notice.amountFen,
        gatewayTransactionId: notice.gatewayTransactionId,
        gatewayPayload: { orderNumber: notice.orderNumber, ...notice.payload },
        notifiedAt: now,
        ...(paymentStatus === 'succeeded' ? { succeededAt: notice.paidAt.toISOString() } : {}),
        ...(reason ? { flagReason: reason } : {}),
      },
    } as never);
    return { documentId: row.documentId, paymentStatus, created: true };
  } catch (error) {
    // A concurrent copy of the same notification won the insert.
    if (!isConstraintViolation(error)) throw error;
    const winner = await findRecorded(strapi, method, notice.gatewayTransactionId);
    if (!winner) throw error;
    return { ...winner, created: false };
  }
}

async function findRecorded(
  strapi: Core.Strapi,
  method: GatewayMethod,
  gatewayTransactionId: string,
) {
  const row = await strapi.documents(PAYMENT).findFirst({
    filters: { method, gatewayTransactionId },
    fields: ['paymentStatus'],
  } as never);
  return row ? { documentId: row.documentId, paymentStatus: String(row.paymentStatus) } : null;
}
