import { createServer as createHttpServer } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { testSecrets } from '../../../cms/tests/support/boot';
import { openMailbox } from '../../../cms/tests/support/mailbox';
import { openSmsCatcher } from '../../../cms/tests/support/sms';
import { dropDatabase, startServer } from '../../../database/embedded';
import { type RunningSystem, startSystem } from '../../../scripts/lib/system';
import { ensureTemplate, TEMPLATE } from '../../../scripts/lib/test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    portalUrl: string;
    cmsUrl: string;
    /** The mail catcher: `GET <mailUrl>/mails?to=<address>` lists what the cms sent (support/mail.ts). */
    mailUrl: string;
    /** The SMS catcher: `GET <smsUrl>/messages?to=<mobile>` lists the SMS the cms sent. */
    smsUrl: string;
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

/**
 * The mail catcher: an SMTP server that keeps every mail the cms sends (parsed by mailparser, as
 * the cms tests' mailbox does), and a small HTTP endpoint the journeys read them from, since
 * they run in other processes than this set-up.
 */
async function startMailCatcher(smtpPort: number) {
  const mailbox = await openMailbox(smtpPort);
  await mailbox.start();
  const http = createHttpServer((request, response) => {
    const to = new URL(request.url ?? '/', 'http://mail').searchParams.get('to');
    const mails = mailbox.mails
      .filter((mail) => !to || mail.to.includes(to))
      .map(({ to: recipients, subject, text }) => ({ to: recipients, subject, text }));
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.end(JSON.stringify(mails));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await mailbox.stop();
    },
  };
}

/**
 * One running system for the whole e2e run: PostgreSQL, a fresh copy of the seeded template,
 * the cms (`strapi start`, admin panel served) and the built portal behind its production server
 * (portal/server/serve.js).
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
  const mail = await startMailCatcher(PORTS.smtp);
  const sms = await openSmsCatcher();
  const cleanUp = async () => {
    await mail.stop();
    await sms.stop();
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
      // Links in mails (one-click registration) point at this run's portal.
      env: {
        ...testSecrets,
        SERVE_ADMIN_PANEL: 'true',
        PAYMENT_SANDBOX: 'true',
        PORTAL_URL: `http://127.0.0.1:${PORTS.portal}`,
        // Codes reach the journeys as a phone would get them; the outbox masks them.
        ...sms.env,
      },
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
  project.provide('mailUrl', mail.url);
  project.provide('smsUrl', sms.url);
  return async () => {
    await system.stop();
    await cleanUp();
  };
}
