// Which gateway adapters this instance runs: the sandbox (PAYMENT_SANDBOX=true, test keys made
// at start-up) or the production settings from the environment. Built once at bootstrap.
import type { Core } from '@strapi/strapi';
import { adaptersFromEnv } from './production-config';
import { SandboxBank } from './sandbox/bank';
import { generateSandboxKeys } from './sandbox/keys';
import type { GatewayAdapter, GatewayMethod } from './types';

interface Registry {
  adapters: Map<GatewayMethod, GatewayAdapter>;
  bank: SandboxBank | null;
}

let registry: Registry = { adapters: new Map(), bank: null };

/**
 * Where gateways reach this cms: PAYMENT_NOTIFY_BASE_URL, else PUBLIC_URL, else the address the
 * server listens on (enough for the sandbox, which runs on the same machine).
 */
export function publicBaseUrl(strapi: Core.Strapi): string {
  const configured = process.env.PAYMENT_NOTIFY_BASE_URL || process.env.PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, '');
  const address = strapi.server?.httpServer?.address();
  const port =
    address && typeof address === 'object' ? address.port : strapi.config.get('server.port');
  const host = String(strapi.config.get('server.host', '127.0.0.1')).replace(
    '0.0.0.0',
    '127.0.0.1',
  );
  return `http://${host}:${port}`;
}

export const notifyUrl = (strapi: Core.Strapi, method: GatewayMethod) =>
  `${publicBaseUrl(strapi)}/api/payments/notify/${method}`;

export async function startPayments(strapi: Core.Strapi) {
  if (process.env.PAYMENT_SANDBOX === 'true') {
    const bank = new SandboxBank(await generateSandboxKeys(), () => publicBaseUrl(strapi));
    registry = { adapters: bank.adapters(), bank };
    // Anyone can "pay" any order on the sandbox page: fine for the demo and the tests, never for
    // a deployment that takes money — so it says so loudly at every start.
    strapi.log.warn(
      'payments: SANDBOX gateway on — every order can be paid without money (PAYMENT_SANDBOX=true); never set it where real payments are taken',
    );
  } else {
    registry = { adapters: adaptersFromEnv(process.env), bank: null };
  }
}

export const gatewayAdapter = (method: GatewayMethod) => registry.adapters.get(method) ?? null;
export const sandboxBank = () => registry.bank;
