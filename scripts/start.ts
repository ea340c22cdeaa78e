/**
 * `npm start`: the whole system on this machine, with demo data.
 * PostgreSQL (embedded under .data/ when DATABASE_URL is unset), maildev, the cms with its
 * admin panel, and the portal. Ctrl-C stops everything.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD, demoAccounts, demoAdmins } from '../cms/src/bootstrap/seed/demo-accounts';
import { run } from './lib/processes';
import { repoRoot } from './lib/secrets';
import { startSystem } from './lib/system';

const ports = {
  cms: Number(process.env.PORT ?? 1337),
  portal: Number(process.env.PORTAL_PORT ?? 5173),
  smtp: Number(process.env.SMTP_PORT ?? 1025),
  mailWeb: Number(process.env.MAIL_WEB_PORT ?? 1080),
};

async function build() {
  await run('npm', ['run', 'build', '-w', '@pvis/config']);
  const cms = path.join(repoRoot, 'cms');
  // The admin bundle does not depend on our content types (it reads them at run time), so a
  // restart only recompiles the TypeScript; REBUILD_ADMIN=1 forces the bundle too.
  if (
    process.env.REBUILD_ADMIN === '1' ||
    !fs.existsSync(path.join(cms, 'dist', 'build', 'index.html'))
  ) {
    await run('npx', ['strapi', 'build'], { cwd: cms });
  } else {
    await run('npm', ['run', 'build', '-w', '@pvis/cms']);
  }
  await run('npm', ['run', 'build', '-w', '@pvis/portal']);
}

async function main() {
  await build();
  const system = await startSystem({
    instance: 'dev',
    database: 'pvis',
    onUnexpectedExit: () => process.exit(1),
    cmsPort: ports.cms,
    portalPort: ports.portal,
    smtpPort: ports.smtp,
    mailWebPort: ports.mailWeb,
    env: {
      LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty',
      PUBLIC_URL: `http://127.0.0.1:${ports.cms}`,
      PORTAL_URL: process.env.PORTAL_URL ?? `http://127.0.0.1:${ports.portal}`,
      // Demo: SMS codes go to the outbox and to this terminal, so a person can register.
      SMS_LOG: process.env.SMS_LOG ?? 'true',
      // Demo: the seeded 7th edition ended in 2024; keep its persons for bring-forward and
      // one-click registration instead of anonymising them at the first night (default 18 months).
      RETENTION_MONTHS: process.env.RETENTION_MONTHS ?? '36',
      // Demo: payments go through the built-in sandbox gateway (test keys, scan-to-pay page).
      PAYMENT_SANDBOX: process.env.PAYMENT_SANDBOX ?? 'true',
    },
  });
  const rows = demoAccounts.map(
    (a) => `  ${a.role.padEnd(20)} ${a.username.padEnd(32)} ${DEMO_PASSWORD}`,
  );
  const admins = demoAdmins.map(
    (a) => `  ${a.role.padEnd(20)} ${a.email.padEnd(32)} ${a.password}`,
  );
  console.log(`
Professional Visitor Information System is running.
  Portal          ${system.portalUrl}
  Public services ${system.portalUrl}/services
  cms API         ${system.cmsUrl}/api   (health: ${system.cmsUrl}/_health)
  cms admin       ${system.cmsUrl}/admin
  Mail catcher    http://127.0.0.1:${ports.mailWeb}
  Database        ${system.databaseUrl.replace(/:[^:@/]+@/, ':***@')}${process.env.DATABASE_URL ? '' : `  (embedded, data in ${path.relative(process.cwd(), path.join(repoRoot, '.data'))})`}

Portal accounts (role, account, password):
${rows.join('\n')}
cms admin accounts:
${admins.join('\n')}

Ctrl-C stops everything.`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await system.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
