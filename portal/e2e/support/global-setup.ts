import { type AddressInfo, createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { TestProject } from 'vitest/node';
import { testSecrets } from '../../../cms/tests/support/boot';
import { dropDatabase, startServer } from '../../../database/embedded';
import { type RunningSystem, startSystem } from '../../../scripts/lib/system';
import { ensureTemplate, TEMPLATE } from '../../../scripts/lib/test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    portalUrl: string;
    cmsUrl: string;
  }
}

/**
 * Apart from `npm start`'s ports (1337 / 4173 / 1025) so a running dev system does not clash;
 * when one is taken (another e2e run at the same time), a free port the OS picks instead.
 */
const PREFERRED = { cms: 1347, portal: 4183, smtp: 1035 };

function listenOn(port: number) {
  return new Promise<number | null>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(null));
    probe.listen(port, '127.0.0.1', () => {
      const { port: bound } = probe.address() as AddressInfo;
      probe.close(() => resolve(bound));
    });
  });
}

async function portNear(preferred: number) {
  const port = (await listenOn(preferred)) ?? (await listenOn(0));
  if (port === null) throw new Error(`e2e: no free port (wanted ${preferred})`);
  return port;
}

/** Accepts and discards whatever mail the cms sends, so no journey fails on a refused SMTP. */
async function startMailSink(port: number) {
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
  await new Promise<void>((resolve) => sink.listen(port, '127.0.0.1', resolve));
  return () => new Promise<void>((resolve) => sink.close(() => resolve()));
}

/**
 * One running system for the whole e2e run: PostgreSQL, a fresh copy of the seeded template,
 * the cms (`strapi start`, admin panel served) and `vite preview` of the built portal.
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const PORTS = {
    cms: await portNear(PREFERRED.cms),
    portal: await portNear(PREFERRED.portal),
    smtp: await portNear(PREFERRED.smtp),
  };
  // Started here (not only inside startSystem) so the database can be dropped after the cms stops.
  const server = await startServer('test');
  await ensureTemplate(server.url);
  const database = `pvis_e2e_${process.pid}`;
  const stopMailSink = await startMailSink(PORTS.smtp);
  const cleanUp = async () => {
    await stopMailSink();
    await dropDatabase(server.url, database);
    await server.stop();
  };
  let system: RunningSystem;
  try {
    system = await startSystem({
      instance: 'test',
      database,
      template: TEMPLATE,
      cmsPort: PORTS.cms,
      portalPort: PORTS.portal,
      smtpPort: PORTS.smtp,
      env: { ...testSecrets, SERVE_ADMIN_PANEL: 'true', PAYMENT_SANDBOX: 'true' },
      quiet: true,
      onUnexpectedExit: (name) =>
        console.error(`e2e: the ${name} died during the run; see .tmp/${name}-${PORTS.cms}.log`),
    });
  } catch (error) {
    await cleanUp().catch(() => {});
    throw new Error(
      `e2e: the system did not start (${(error as Error).message}); see .tmp/cms-${PORTS.cms}.log ` +
        `and .tmp/portal-${PORTS.cms}.log. Build first: npm run build, and npx strapi build in cms/.`,
    );
  }
  console.log(`e2e: system up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('portalUrl', system.portalUrl);
  project.provide('cmsUrl', system.cmsUrl);
  return async () => {
    await system.stop();
    await cleanUp();
  };
}
