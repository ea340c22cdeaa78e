// The sandbox gateway's "scan to pay" / bank page: plain HTML with two buttons, no script.
import { formatFen } from '@pvis/config';
import type { SandboxPayment } from './bank';

const names: Record<SandboxPayment['method'], string> = {
  alipay: '支付宝 Alipay',
  wechatPay: '微信支付 WeChat Pay',
  unionPay: '银联 UnionPay',
  b2bGateway: '企业网银 Corporate online banking',
};

const html = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function sandboxPage(payment: SandboxPayment): string {
  const title =
    payment.method === 'b2bGateway' ? '网银支付 / bank payment' : '扫码支付 / scan to pay';
  const last = payment.deliveries.at(-1);
  const state = {
    pending: '待支付 / awaiting payment',
    paid: '已支付 / paid',
    closed: '已关闭 / closed',
  }[payment.state];
  const actions =
    payment.state === 'closed'
      ? ''
      : `<form method="post" action="${payment.id}/pay"><button class="pay">${payment.state === 'paid' ? '重新通知 / notify again' : '支付 / Pay'}</button></form>
       ${payment.state === 'pending' ? `<form method="post" action="${payment.id}/fail"><button>支付失败 / Fail</button></form>` : ''}`;
  const back =
    payment.returnUrl && payment.state !== 'pending'
      ? `<p><a href="${html(payment.returnUrl)}">返回商户 / back to the merchant</a></p>`
      : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · 沙箱 sandbox</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:26rem;margin:2rem auto;padding:0 1rem;color:#222}
.box{border:1px solid #ddd;border-radius:8px;padding:1rem 1.25rem}dt{color:#777;font-size:.85rem}dd{margin:0 0 .6rem}
.amount{font-size:1.8rem;font-weight:600}button{font-size:1rem;padding:.6rem 1.2rem;margin:.5rem .5rem 0 0;border-radius:6px;border:1px solid #bbb;background:#fff}
.pay{background:#1677ff;color:#fff;border-color:#1677ff}form{display:inline}.note{color:#a15c00;font-size:.85rem}</style></head>
<body><h1>${title}</h1><p class="note">沙箱网关：不会发生真实扣款 · Sandbox gateway: no real money moves.</p>
<div class="box"><dl>
<dt>支付方式 / method</dt><dd>${names[payment.method]}</dd>
<dt>订单号 / order number</dt><dd>${html(payment.orderNumber)}</dd>
<dt>商品 / subject</dt><dd>${html(payment.subject)}</dd>
<dt>金额 / amount</dt><dd class="amount">${formatFen(payment.amountFen)}</dd>
<dt>状态 / state</dt><dd id="state">${state}</dd>
${last ? `<dt>商户应答 / merchant answered</dt><dd id="answer">HTTP ${last.status} ${html(last.body || '(empty)')}</dd>` : ''}
</dl>${actions}${back}</div></body></html>`;
}
