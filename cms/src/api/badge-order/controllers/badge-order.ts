import { can, machines, transitionMessages } from '@pvis/config';
import type { Context } from 'koa';
import type { RecordHooks } from '../../../access/record-hooks';
import { actorOf, isPortalRole } from '../../../access/roles';
import { scopedCoreController } from '../../../access/scoped-controller';
import { conflict, fieldError, invalidFields, notFound } from '../../../errors';
import { endUnpaidOrder } from '../../../orders/end-unpaid';
import { parseOrderRequest } from '../../../orders/order-request';
import { orderDetail, orderExtraActions } from '../../../orders/order-view';
import { placeOrder } from '../../../orders/place';
import { startPayment } from '../../../orders/start-payment';
import { submitRemittance } from '../../../transfers/submit';
import { orderTransfer } from '../../../transfers/views';

type Body = { data?: Record<string, unknown> };
const bodyOf = (ctx: Context) =>
  ((ctx.request.body as Body)?.data ?? {}) as Record<string, unknown>;

const orderRecord: RecordHooks = { extraActions: orderExtraActions };

/**
 * Badge orders (人员证件订单, cms/API.md "Badge orders"): the list is the scoped core list; placing,
 * the detail, cancelling and paying are the order services in src/orders/.
 */
export default scopedCoreController(
  'api::badge-order.badge-order',
  ({ strapi, inScope, scopeOf, withActions }) => ({
    /** POST /badge-orders — 201 with the new order; 200 with the first one for a repeated key. */
    async create(ctx: Context) {
      const { caller } = await scopeOf(ctx, 'create');
      const request = parseOrderRequest(bodyOf(ctx));
      const placed = await placeOrder(strapi, caller, request);
      ctx.status = placed.created ? 201 : 200;
      // A new order answers from the rows it wrote; a repeated key reads the first order.
      const detail = placed.detail ?? (await orderDetail(strapi, placed.documentId));
      ctx.body = { data: withActions(caller, detail) };
    },

    /** GET /badge-orders/:id — with lines, payment attempts and the invoice state. */
    async findOne(ctx: Context) {
      const { caller } = await inScope(ctx, 'findOne');
      ctx.body = { data: withActions(caller, await orderDetail(strapi, String(ctx.params.id))) };
    },

    /** POST /badge-orders/:id/transitions `{action: 'cancel'}` — the order machine decides. */
    async transition(ctx: Context) {
      const { caller, record } = await inScope(ctx, 'transition');
      if (!isPortalRole(caller.role)) throw notFound();
      const action = bodyOf(ctx).action;
      if (typeof action !== 'string' || !action) {
        throw invalidFields([
          fieldError('action', 'missingAction', '请选择要执行的操作', 'Choose an action'),
        ]);
      }
      const actor = actorOf(caller.role);
      if (action !== 'cancel') {
        // Anything else is the machine's to refuse (pay and expire are the system's).
        const check = can(machines.badgeOrder, record.orderStatus as never, action as never, actor);
        const code = check.ok ? 'actorNotAllowed' : check.code;
        const message = (transitionMessages as Record<string, { zh: string; en: string }>)[code];
        throw conflict([fieldError('orderStatus', code, message?.zh ?? code, message?.en ?? code)]);
      }
      await endUnpaidOrder(strapi, {
        documentId: String(ctx.params.id),
        action: 'cancel',
        actor,
        userId: caller.userId,
      });
      ctx.body = { data: withActions(caller, await orderDetail(strapi, String(ctx.params.id))) };
    },

    /** POST /badge-orders/:id/payments `{method}` — QR content or the bank's form. */
    async pay(ctx: Context) {
      const { caller } = await inScope(ctx, 'pay');
      ctx.status = 201;
      ctx.body = {
        data: await startPayment(strapi, String(ctx.params.id), bodyOf(ctx).method, caller.userId),
      };
    },

    /** GET /badge-orders/:id/transfer — account, reference, remittances (银行转账). */
    async transfer(ctx: Context) {
      await inScope(ctx, 'transfer');
      ctx.body = { data: await orderTransfer(strapi, String(ctx.params.id)) };
    },

    /** POST /badge-orders/:id/remittances (multipart: the remittance fields and `file`). */
    async remit(ctx: Context) {
      const { caller } = await inScope(ctx, 'remit');
      const files = (ctx.request as unknown as { files?: Record<string, never> }).files;
      await submitRemittance(strapi, String(ctx.params.id), caller, ctx.request.body, files?.file);
      ctx.status = 201;
      ctx.body = { data: await orderTransfer(strapi, String(ctx.params.id)) };
    },
  }),
  orderRecord,
);
