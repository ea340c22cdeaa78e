import net from 'node:net';
import { beforeAll } from 'vitest';
import type { SandboxBank } from '../../src/payments/sandbox/bank';
import { withStrapi } from './app';

/**
 * One Strapi with the sandbox gateway on, listening on a real port: the sandbox bank sends its
 * signed notifications over HTTP to the notify route, as a gateway does.
 */
export async function withSandboxGateway() {
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const app = withStrapi({ PAYMENT_SANDBOX: 'true', PORT: String(port), HOST: '127.0.0.1' });
  let bank: SandboxBank;
  beforeAll(async () => {
    await new Promise<void>((resolve) =>
      app.strapi().server.httpServer.listen(port, '127.0.0.1', resolve),
    );
    bank = (
      app.strapi().service('api::payment.gateways') as unknown as { sandbox: () => SandboxBank }
    ).sandbox();
  });
  return { app, bank: () => bank };
}
