import { missingOrderTerms, ORDER_TERMS_VERSION, orderTerms } from '@pvis/config';
import { type FieldError, fieldError, invalidFields } from '../errors';
import { unknownFieldErrors } from '../input/known-fields';

/** A liaison's "submit and pay" (提交办证) request, checked. */
export interface OrderRequest {
  personIds: string[];
  collectionMethod: 'express' | 'pickup';
  expressAddressId?: string;
  idempotencyKey: string;
}

const MAX_PERSONS = 500;
/** What the liaison sends; amounts, numbers and states are the server's. */
const ORDER_FIELDS = [
  'personIds',
  'collectionMethod',
  'expressAddressId',
  'termsAccepted',
  'idempotencyKey',
] as const;

/**
 * Checks the body of `POST /badge-orders`: every bad field at once (400), before anything is
 * read or written. The five terms must all be ticked (or the current version named).
 */
export function parseOrderRequest(body: Record<string, unknown>): OrderRequest {
  const problems: FieldError[] = unknownFieldErrors(body, ORDER_FIELDS);
  const ids = Array.isArray(body.personIds)
    ? body.personIds.filter((id): id is string => typeof id === 'string' && id.length > 0)
    : [];
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.length > MAX_PERSONS || unique.length !== ids.length) {
    problems.push(
      fieldError(
        'personIds',
        'required',
        `请勾选 1 到 ${MAX_PERSONS} 名待支付人员（不重复）`,
        `Tick between 1 and ${MAX_PERSONS} persons pending payment, each once`,
      ),
    );
  }
  const method = body.collectionMethod;
  if (method !== 'express' && method !== 'pickup') {
    problems.push(
      fieldError(
        'collectionMethod',
        'required',
        '请选择证件领取方式（快递或自取）',
        'Choose how the badges are collected (express or pick-up)',
      ),
    );
  }
  const address = typeof body.expressAddressId === 'string' ? body.expressAddressId : undefined;
  if (method === 'express' && !address) {
    problems.push(
      fieldError(
        'expressAddressId',
        'required',
        '快递寄送请选择常用地址',
        'Choose an express address for delivery',
      ),
    );
  }
  const terms = body.termsAccepted;
  const missing = terms === ORDER_TERMS_VERSION ? [] : missingOrderTerms(terms);
  if (missing.length > 0) {
    problems.push(
      fieldError(
        'termsAccepted',
        'termsNotAccepted',
        `请阅读并勾选全部系统提示（未勾选 ${missing.length} 项）`,
        `Read and tick every notice (${missing.length} not ticked)`,
      ),
    );
  }
  const key = body.idempotencyKey;
  if (typeof key !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(key)) {
    problems.push(
      fieldError(
        'idempotencyKey',
        'invalidIdempotencyKey',
        '请求缺少有效的幂等键（8–64 位字母数字）',
        'An idempotency key of 8–64 letters and digits is required',
      ),
    );
  }
  if (problems.length > 0) throw invalidFields(problems);
  return {
    personIds: unique,
    collectionMethod: method as OrderRequest['collectionMethod'],
    expressAddressId: method === 'express' ? address : undefined,
    idempotencyKey: key as string,
  };
}

export const acceptedTermCodes = () => orderTerms.map((t) => t.code);
