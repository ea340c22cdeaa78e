import crypto from 'node:crypto';
import { ORDER_TERMS_VERSION } from '@pvis/config';
import type pg from 'pg';
import { generatePayablePersons } from '../../../database/generator/persons';
import { freePort } from '../../lib/processes';
import { createLiaisons, loginAll } from '../fixtures';
import {
  type CmsProcess,
  databaseClient,
  log,
  type OwnPostgres,
  ownPostgres,
  type RecordingSmtp,
  recordingSmtp,
  startCms,
} from './harness';

export interface FaultWorld {
  pg: OwnPostgres;
  smtp: RecordingSmtp;
  cms: CmsProcess;
  cmsPort: number;
  db: pg.Client;
  /** Starts the cms again on the same port and database (after a kill). */
  restartCms(): Promise<CmsProcess>;
  close(): Promise<void>;
}

/** Own PostgreSQL, recording SMTP and a cms that seeded the database on its first boot. */
export async function startWorld(name: string, env: Record<string, string> = {}) {
  const t = Date.now();
  const pg = await ownPostgres(name, process.env.FAULT_SEED_FROM || undefined);
  const smtp = await recordingSmtp(await freePort());
  const cmsPort = await freePort();
  const start = () =>
    startCms({ databaseUrl: pg.databaseUrl, port: cmsPort, smtpPort: smtp.port, env });
  let cms: CmsProcess;
  try {
    cms = await start();
  } catch (error) {
    await smtp.close();
    await pg.stop();
    throw error;
  }
  const db = await databaseClient(pg.databaseUrl);
  log(
    `world ${name}: PostgreSQL ${pg.url}, cms ${cms.url}, SMTP :${smtp.port} in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  const world: FaultWorld = {
    pg,
    smtp,
    cms,
    cmsPort,
    db,
    async restartCms() {
      world.cms = await start();
      return world.cms;
    },
    async close() {
      await db.end().catch(() => {});
      await world.cms.stop().catch(() => {});
      await smtp.close();
      await pg.stop();
    },
  };
  return world;
}

export interface Orderer {
  token: string;
  organizationId: string;
  persons: string[];
}

/** Approved organizations with logged-in liaisons and persons pending payment (bench fixtures). */
export async function orderers(world: FaultWorld, count: number, perOrganization: number) {
  const tag = crypto.randomBytes(2).toString('hex').slice(0, 3);
  const liaisons = await createLiaisons(world.db, {
    count,
    delegationPath: '/beijing/beijing-chaoyang/',
    tag,
  });
  await world.db.query(
    `UPDATE organizations SET review_status = 'approved', submitted_at = now(), reviewed_at = now()
      WHERE document_id = ANY($1)`,
    [liaisons.map((l) => l.organizationId)],
  );
  const edition = (await world.db.query('SELECT number FROM editions WHERE current')).rows[0]
    .number as number;
  const persons = await generatePayablePersons(world.db, {
    edition,
    organizationRefs: liaisons.map((l) => l.organizationId),
    perOrganization,
    prefix: `fc${tag}`,
  });
  await loginAll(world.cms.url, liaisons, 300_000);
  return liaisons.map(
    (l): Orderer => ({
      token: l.token!,
      organizationId: l.organizationId,
      persons: persons.get(l.organizationId) ?? [],
    }),
  );
}

export const orderBody = (personId: string, idempotencyKey: string) => ({
  data: {
    personIds: [personId],
    collectionMethod: 'pickup',
    termsAccepted: ORDER_TERMS_VERSION,
    idempotencyKey,
  },
});
