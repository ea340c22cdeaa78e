// What the liaison or finance is told when a gateway call goes wrong: a 502 with a code in
// Chinese and English, never a bare 500 — and the log keeps the technical reason.
import type { Core } from '@strapi/strapi';
import { badGateway, fieldError } from '../errors';
import { GatewayAnswerRejected } from './types';

export function gatewayFailure(strapi: Core.Strapi, what: string, error: unknown) {
  const message = (error as Error)?.message ?? String(error);
  if (error instanceof GatewayAnswerRejected) {
    strapi.log.warn(`${what}: gateway answer rejected (${error.code}): ${message}`);
    return badGateway([
      fieldError(
        'gateway',
        'gatewayAnswerUnverified',
        '支付网关的应答未通过验证（签名、商户或应用号不符），系统未采用该应答；请稍后重试，如仍失败请联系财务',
        "The payment gateway's answer failed verification (signature, merchant or app id); it was not used. Try again later, or contact finance if it persists",
      ),
    ]);
  }
  strapi.log.error(`${what}: gateway call failed: ${message}`);
  return badGateway([
    fieldError(
      'gateway',
      'gatewayUnavailable',
      '支付网关暂时无法处理该请求，请稍后重试',
      'The payment gateway could not handle the request just now; try again later',
    ),
  ]);
}
