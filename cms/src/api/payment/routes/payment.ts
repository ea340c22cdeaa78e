import { recordRouter } from '../../../access/record-router';

/** Gateway notifications and the sandbox gateway's pages (cms/API.md, Payments). */
export default recordRouter('api::payment.payment', [
  ['POST', '/payments/notify/:gateway', 'api::payment.notify.receive'],
  ['GET', '/payment-sandbox/:id', 'api::payment.sandbox.show'],
  ['POST', '/payment-sandbox/b2b/front', 'api::payment.sandbox.bankFront'],
  ['POST', '/payment-sandbox/:id/pay', 'api::payment.sandbox.pay'],
  ['POST', '/payment-sandbox/:id/fail', 'api::payment.sandbox.fail'],
]);
