import { z } from 'zod';
import { missingOrderTerms, ORDER_TERMS_VERSION } from '../order-terms';
import { type CollectionMethod, collectionMethods } from '../vocabularies';
import { bilingual } from './message';

/** The most persons one order may pay for. */
export const ORDER_MAX_PERSONS = 500;

const personIdsMessage = bilingual(
  'required',
  `请勾选 1 到 ${ORDER_MAX_PERSONS} 名待支付人员（不重复）`,
  `Tick between 1 and ${ORDER_MAX_PERSONS} persons pending payment, each once`,
);
const methodMessage = bilingual(
  'required',
  '请选择证件领取方式（快递或自取）',
  'Choose how the badges are collected (express or pick-up)',
);
const addressMessage = bilingual(
  'required',
  '快递寄送请选择常用地址',
  'Choose an express address for delivery',
);
const keyMessage = bilingual(
  'invalidIdempotencyKey',
  '请求缺少有效的幂等键（8–64 位字母数字）',
  'An idempotency key of 8–64 letters and digits is required',
);

const methodCodes = collectionMethods.map((m) => m.code) as [
  CollectionMethod,
  ...CollectionMethod[],
];

/** The terms still to tick: none when the current version is named, else the five codes. */
const termsMissing = (accepted: unknown) =>
  accepted === ORDER_TERMS_VERSION ? [] : missingOrderTerms(accepted);

/**
 * A liaison's "submit and pay" (提交办证), `POST /badge-orders`, for the collection method
 * chosen: what the liaison sends; amounts, numbers and states are the server's. The five
 * order notices (订单须知) must all be ticked (or the current version of them named).
 */
export const orderRequestRules = (collectionMethod: unknown) => ({
  // Persons by documentId, each once; entries that are not ids are ignored, as before.
  personIds: z
    .array(z.unknown(), personIdsMessage)
    .transform((ids) => ids.filter((id): id is string => typeof id === 'string' && id !== ''))
    .refine(
      (ids) =>
        ids.length > 0 && ids.length <= ORDER_MAX_PERSONS && new Set(ids).size === ids.length,
      personIdsMessage,
    ),
  collectionMethod: z.enum(methodCodes, methodMessage),
  expressAddressId:
    collectionMethod === 'express'
      ? z.string(addressMessage).min(1, addressMessage)
      : z
          .unknown()
          .optional()
          .transform(() => undefined),
  termsAccepted: z.unknown().superRefine((accepted, ctx) => {
    const missing = termsMissing(accepted).length;
    if (missing > 0) {
      const { error } = bilingual(
        'termsNotAccepted',
        `请阅读并勾选全部系统提示（未勾选 ${missing} 项）`,
        `Read and tick every notice (${missing} not ticked)`,
      );
      ctx.addIssue({ code: 'custom', message: error });
    }
  }),
  idempotencyKey: z.string(keyMessage).regex(/^[A-Za-z0-9_-]{8,64}$/, keyMessage),
});

export const orderRequest = (collectionMethod: unknown) =>
  z.object(orderRequestRules(collectionMethod));

export type OrderRequest = z.output<ReturnType<typeof orderRequest>>;
