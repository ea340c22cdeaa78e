import { describe, expect, it } from 'vitest';
import { gatewayMethods } from '../src/payments/types';
import { withSandboxStrapi } from './support/orders';

/**
 * Garbage at the gateway notification route: whatever arrives (wrong content type, huge or
 * empty body, bad base64, arrays for form fields, non-JSON for WeChat Pay, missing headers,
 * NUL bytes) is refused, never a 500 (a 500 makes the gateway resend for a day and pages
 * operations), and writes no payment.
 */
const { app } = await withSandboxStrapi();
const paymentCount = async () =>
  Number((await app.strapi().db.connection('payments').count('* as n'))[0]!.n);

const bodies: { name: string; contentType: string; body: string; headers?: object }[] = [
  { name: 'empty form', contentType: 'application/x-www-form-urlencoded', body: '' },
  { name: 'empty json', contentType: 'application/json', body: '' },
  { name: 'not json', contentType: 'application/json', body: '{"resource":' },
  { name: 'json array', contentType: 'application/json', body: '[1,2,3]' },
  { name: 'json null', contentType: 'application/json', body: 'null' },
  { name: 'json number', contentType: 'application/json', body: '42' },
  { name: 'text', contentType: 'text/plain', body: 'hello' },
  { name: 'xml', contentType: 'application/xml', body: '<xml><a>1</a></xml>' },
  { name: 'no content type', contentType: '', body: 'a=b' },
  {
    name: 'form arrays',
    contentType: 'application/x-www-form-urlencoded',
    body: 'sign=a&sign=b&sign_type=RSA2&sign_type=RSA&out_trade_no=1&out_trade_no=2&signature=x&signature=y&certId=1&certId=2&signMethod=01&signMethod=02&orderId[]=1',
  },
  {
    name: 'bad base64 signature',
    contentType: 'application/x-www-form-urlencoded',
    body: 'sign=%%%%***&sign_type=RSA2&out_trade_no=V1&signature=***&signMethod=01&certId=1&version=5.1.0',
  },
  {
    name: 'nested form',
    contentType: 'application/x-www-form-urlencoded',
    body: 'a[b][c]=1&sign[x]=2&__proto__[y]=1&constructor[prototype][z]=1',
  },
  {
    name: 'NUL bytes',
    contentType: 'application/x-www-form-urlencoded',
    body: 'sign=\u0000&a=\u0000\u0000',
  },
  {
    name: 'wechat json without headers',
    contentType: 'application/json',
    body: JSON.stringify({
      id: 'x',
      resource: {
        ciphertext: '!!!',
        nonce: 'n',
        associated_data: 'a',
        algorithm: 'AEAD_AES_256_GCM',
      },
    }),
  },
  {
    name: 'wechat json with garbage headers',
    contentType: 'application/json',
    body: JSON.stringify({ id: 'x', resource: [1] }),
    headers: {
      'Wechatpay-Serial': ['a'].join(),
      'Wechatpay-Signature': '%%%',
      'Wechatpay-Timestamp': 'NaN',
      'Wechatpay-Nonce': '  ',
      'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
    },
  },
  {
    name: 'wechat resource with wrong types',
    contentType: 'application/json',
    body: JSON.stringify({
      id: 1,
      event_type: [],
      resource: { ciphertext: 5, nonce: {}, associated_data: null },
    }),
    headers: {
      'Wechatpay-Serial': 'x',
      'Wechatpay-Signature': 'AAAA',
      'Wechatpay-Timestamp': String(Math.floor(Date.now() / 1000)),
      'Wechatpay-Nonce': 'n',
    },
  },
  {
    name: 'huge form',
    contentType: 'application/x-www-form-urlencoded',
    body: `sign=${'A'.repeat(3_000_000)}`,
  },
  { name: 'huge json', contentType: 'application/json', body: `{"a":"${'A'.repeat(3_000_000)}"}` },
  {
    name: 'multipart',
    contentType: 'multipart/form-data; boundary=xyz',
    body: '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--xyz--\r\n',
  },
  {
    name: 'bad charset',
    contentType: 'application/x-www-form-urlencoded; charset=klingon',
    body: 'a=1',
  },
  {
    name: 'bad percent',
    contentType: 'application/x-www-form-urlencoded',
    body: 'a=%E0%A4%A&sign=%ZZ',
  },
];

describe('gateway notification route under garbage', () => {
  for (const method of [...gatewayMethods, 'nope']) {
    for (const b of bodies) {
      it(`${method}: ${b.name} is refused, never a 500, and writes nothing`, async () => {
        const request = app.http().post(`/api/payments/notify/${method}`);
        if (b.contentType) request.set('Content-Type', b.contentType);
        if (b.headers) request.set(b.headers as Record<string, string>);
        const before = await paymentCount();
        const response = await request.send(b.body);
        const seen = `${response.status} ${response.text?.slice(0, 200)}`;
        // A 4xx from the body parser or the gateway's refusal; Alipay refuses with 200 `fail`.
        const refused =
          (response.status >= 400 && response.status < 500) ||
          (method === 'alipay' && response.status === 200 && response.text === 'fail');
        expect(refused, seen).toBe(true);
        expect(await paymentCount()).toBe(before);
      });
    }
  }
});
