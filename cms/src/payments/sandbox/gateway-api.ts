// The `fetch` the production adapters get in the sandbox: `sandbox://<gateway>/…` addresses are
// answered in-process by the sandbox bank in that gateway's published, signed format, so the
// adapters run their real code (request signing, answer verification, merchant and app checks).
import type { GatewayFetch } from '../types';
import { alipayApi } from './alipay-api';
import type { SandboxBank } from './bank';
import { unionPayApi } from './unionpay-api';
import { wechatPayApi } from './wechat-pay-api';

export const SANDBOX_ALIPAY_GATEWAY = 'sandbox://alipay/gateway.do';
export const SANDBOX_WECHATPAY_API = 'sandbox://wechatpay';
export const SANDBOX_UNIONPAY = { unionPay: 'sandbox://unionpay', b2bGateway: 'sandbox://b2b' };

/** The `fetch` the sandboxed adapters use: sandbox:// addresses are answered by this bank. */
export function sandboxGatewayApi(bank: SandboxBank): GatewayFetch {
  return async (address, init) => {
    const url = new URL(address);
    const body = init.body ?? '';
    if (url.protocol === 'sandbox:') {
      switch (url.host) {
        case 'alipay':
          return alipayApi(bank, body);
        case 'wechatpay':
          return wechatPayApi(bank, init.method, url, init.headers, body);
        case 'unionpay':
          return unionPayApi(bank, 'unionPay', body);
        case 'b2b':
          return unionPayApi(bank, 'b2bGateway', body);
      }
    }
    throw new Error(`the sandbox bank does not answer ${address}`);
  };
}
