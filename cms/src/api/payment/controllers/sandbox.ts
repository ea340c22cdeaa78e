import type { Context } from 'koa';
import { sandboxBank } from '../../../payments/registry';
import type { SandboxPayment } from '../../../payments/sandbox/bank';
import { sandboxPage } from '../../../payments/sandbox/page';

const UNPARSED = Symbol.for('unparsedBody');

/** Every sandbox route answers 404 unless PAYMENT_SANDBOX=true. */
function bankOr404(ctx: Context) {
  const bank = sandboxBank();
  if (!bank) {
    ctx.status = 404;
    ctx.body = 'Not Found';
  }
  return bank;
}

const show = (ctx: Context, payment: SandboxPayment | null | undefined) => {
  if (!payment) {
    ctx.status = 404;
    ctx.body = 'Not Found';
    return;
  }
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = sandboxPage(payment);
};

export default () => ({
  /** GET /api/payment-sandbox/:id — what the QR code / bank redirect opens. */
  async show(ctx: Context) {
    const bank = bankOr404(ctx);
    if (bank) show(ctx, bank.payments.get(String(ctx.params.id)));
  },

  /** POST /api/payment-sandbox/:id/pay — pays and sends the signed notification. */
  async pay(ctx: Context) {
    const bank = bankOr404(ctx);
    if (bank) show(ctx, await bank.pay(String(ctx.params.id)));
  },

  /** POST /api/payment-sandbox/:id/fail — the payer gives up; the payment closes. */
  async fail(ctx: Context) {
    const bank = bankOr404(ctx);
    if (bank) show(ctx, bank.fail(String(ctx.params.id)));
  },

  /** POST /api/payment-sandbox/b2b/front — the bank's front door for the B2B signed form. */
  async bankFront(ctx: Context) {
    const bank = bankOr404(ctx);
    if (!bank) return;
    const raw = (ctx.request.body as Record<symbol, unknown> | undefined)?.[UNPARSED];
    try {
      const payment = bank.openFromB2bForm(typeof raw === 'string' ? raw : '');
      ctx.redirect(bank.pageUrl(payment.id));
    } catch (error) {
      ctx.status = 400;
      ctx.body = `bank refused the request: ${(error as Error).message}`;
    }
  },
});
