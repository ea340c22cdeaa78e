import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { recordGatewayPayment } from '../../../payments/record';
import { gatewayAdapter } from '../../../payments/registry';
import { type GatewayAnswer, isGatewayMethod, NotificationRefused } from '../../../payments/types';
import { recordRefundNotice } from '../../../refunds/notice';

const UNPARSED = Symbol.for('unparsedBody');

const answer = (ctx: Context, reply: GatewayAnswer) => {
  ctx.status = reply.status;
  ctx.type = reply.contentType;
  ctx.body = reply.body;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * POST /api/payments/notify/:gateway — a gateway's asynchronous notification. Verified on the
   * raw bytes, recorded once however often it comes, answered as that gateway expects.
   */
  async receive(ctx: Context) {
    const method = ctx.params.gateway;
    const adapter = isGatewayMethod(method) ? gatewayAdapter(method) : null;
    if (!adapter) {
      strapi.log.warn(`payment notification for unknown gateway ${method}`);
      return answer(ctx, { status: 404, contentType: 'text/plain', body: 'fail: unknown gateway' });
    }
    const body = ctx.request.body as Record<symbol, unknown> | undefined;
    const rawBody = body?.[UNPARSED];
    try {
      if (typeof rawBody !== 'string') throw new NotificationRefused('malformed', 'empty body');
      const notice = adapter.verifyNotification({ rawBody, headers: ctx.request.headers });
      if (notice.kind === 'refund') {
        const refund = await recordRefundNotice(strapi, method, notice);
        strapi.log.info(`refund notification ${method} ${notice.refundNumber}: ${refund.outcome}`);
        return answer(
          ctx,
          refund.accepted ? adapter.acknowledge() : adapter.refuse(refund.outcome),
        );
      }
      const recorded = await recordGatewayPayment(strapi, method, notice);
      strapi.log.info(
        `payment notification ${method} ${notice.orderNumber} ${notice.gatewayTransactionId}: ${recorded.paymentStatus}${recorded.created ? '' : ' (repeat)'}`,
      );
      return answer(ctx, adapter.acknowledge());
    } catch (error) {
      if (!(error instanceof NotificationRefused)) {
        strapi.log.error(`payment notification ${method} not recorded: ${(error as Error).stack}`);
        return answer(ctx, { ...adapter.refuse('internal error'), status: 500 });
      }
      strapi.log.warn(`payment notification ${method} refused (${error.code}): ${error.message}`);
      return answer(ctx, adapter.refuse(error.code));
    }
  },
});
