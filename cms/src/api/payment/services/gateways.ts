import type { Core } from '@strapi/strapi';
import { gatewayAdapter, notifyUrl, sandboxBank } from '../../../payments/registry';
import type { CreatePaymentInput, GatewayMethod, PaymentPrompt } from '../../../payments/types';
import { confirmProcessingRefunds } from '../../../refunds/confirm';

/** `strapi.service('api::payment.gateways')`: the adapters this instance runs (payments/). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  adapter: gatewayAdapter,
  sandbox: sandboxBank,
  notifyUrl: (method: GatewayMethod) => notifyUrl(strapi, method),
  /** The refund confirmation sweep the scheduled job runs (operations may run it by hand). */
  confirmRefunds: () => confirmProcessingRefunds(strapi),

  /** The QR content or bank redirect for an order; null when the method is not configured. */
  async createPayment(
    method: GatewayMethod,
    input: Omit<CreatePaymentInput, 'notifyUrl'>,
  ): Promise<PaymentPrompt | null> {
    const adapter = gatewayAdapter(method);
    return adapter
      ? adapter.createPayment({ ...input, notifyUrl: notifyUrl(strapi, method) })
      : null;
  },
});
