import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Caller } from '../access/caller';
import { actorOf, isPortalRole } from '../access/roles';
import { notFound } from '../errors';
import { writeAudit } from '../lifecycle/audit';
import { zipOf } from './bundle';
import { collectPersonalData } from './collect';

/** The audit rows of these downloads: an access record, not a step of the review (审核记录). */
export const PERSONAL_DATA_EXPORT = 'personal-data';

/**
 * Answers GET /organizations/:id/personal-data (the caller's scope was checked by the route):
 * the ZIP of everything held on the organization. The export holds full ID numbers, so each
 * one is written to the audit log (machine `personal-data`) before a byte leaves.
 */
export async function sendPersonalData(
  strapi: Core.Strapi,
  ctx: Context,
  organizationRef: string,
  caller: Caller,
) {
  // The route's scope admits portal roles only; anyone else is told nothing exists.
  if (!isPortalRole(caller.role)) throw notFound();
  const actor = actorOf(caller.role);
  const db = strapi.db.connection;
  const bundle = await collectPersonalData(db, organizationRef);
  if (!bundle) throw notFound();
  await db.transaction((trx) =>
    writeAudit(
      trx,
      [
        {
          machine: PERSONAL_DATA_EXPORT,
          recordRef: organizationRef,
          action: 'export',
          fromState: '',
          toState: '',
          actorRole: actor,
          reason: `persons: ${bundle.sections.persons.length}, route: ${ctx.method} ${ctx.path}`,
        },
      ],
      caller.userId,
    ),
  );
  const stamp = bundle.exportedAt.slice(0, 10);
  ctx.set('Content-Type', 'application/zip');
  ctx.set('Content-Disposition', `attachment; filename="personal-data-${stamp}.zip"`);
  ctx.set('Cache-Control', 'no-store');
  ctx.body = await zipOf(bundle);
}
