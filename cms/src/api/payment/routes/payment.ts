import { customRoute } from '../../../access/custom-route';
import { recordRouter } from '../../../access/record-router';

/** Gateway notifications and the sandbox gateway's pages (cms/API.md, Payments). */
export default recordRouter('api::payment.payment', [
  customRoute('POST', '/payments/notify/:gateway', 'api::payment.notify.receive'),
  customRoute('GET', '/payment-sandbox/:id', 'api::payment.sandbox.show'),
  customRoute('POST', '/payment-sandbox/b2b/front', 'api::payment.sandbox.bankFront'),
  customRoute('POST', '/payment-sandbox/:id/pay', 'api::payment.sandbox.pay'),
  customRoute('POST', '/payment-sandbox/:id/fail', 'api::payment.sandbox.fail'),
]);
