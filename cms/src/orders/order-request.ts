import { type OrderRequest as CheckedOrder, orderRequest, orderRequestRules } from '@pvis/config';
import { parseRequestBody } from '../input/request-body';

/** A liaison's "submit and pay" (提交办证) request, checked. */
export type OrderRequest = Omit<CheckedOrder, 'termsAccepted'>;

/** What the liaison sends; amounts, numbers and states are the server's. */
const ORDER_FIELDS = Object.keys(orderRequestRules(undefined));

/**
 * Checks the body of `POST /badge-orders` by the order request schema: every bad field at once
 * (400), before anything is read or written.
 */
export function parseOrderRequest(body: Record<string, unknown>): OrderRequest {
  const { termsAccepted: _ticked, ...request } = parseRequestBody(
    orderRequest(body.collectionMethod),
    ORDER_FIELDS,
    body,
  );
  return request;
}
