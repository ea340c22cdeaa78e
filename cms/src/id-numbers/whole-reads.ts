import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import type { Context } from 'koa';
import type { Caller } from '../access/caller';
import type { RoleType } from '../access/roles';
import { tableOf } from '../access/sql-filters';
import { fieldError } from '../errors';
import { queueMails } from '../mail/outbox';
import { chinaTime } from '../spreadsheet/send-workbook';

/**
 * Who sees a person's whole ID number, and on which route: only the person record route
 * (`GET /persons/:id`, already scoped), only for the roles whose work needs it — the liaison of the
 * person's own organization (to check and correct what they entered) and operations (person
 * review against the ID photo). Delegation reviewers, finance and colleagues see it masked like
 * everyone else. Every whole read is logged (api::id-number-read); an account asking for more
 * than the limit of distinct persons in the window is refused with 429 and operations are
 * alerted once per window (api::id-number-alert, and a mail when ID_NUMBER_ALERT_EMAIL is set).
 */
export const WHOLE_NUMBER_ROLES: readonly RoleType[] = ['liaison', 'operations'];

const READ = 'api::id-number-read.id-number-read';
const ALERT = 'api::id-number-alert.id-number-alert';
const USER = 'plugin::users-permissions.user';

/** `ctx.state` key the response masking (middlewares/id-numbers.ts) reads: the person shown whole. */
export const WHOLE_FOR = 'idNumberWholeFor';

const positiveFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

export const readLimits = () => ({
  /** Distinct persons whose whole number one account may read in the window. */
  perWindow: positiveFromEnv('ID_NUMBER_WHOLE_READS_PER_WINDOW', 200),
  windowMinutes: positiveFromEnv('ID_NUMBER_WHOLE_READS_WINDOW_MINUTES', 60),
  alertEmail: process.env.ID_NUMBER_ALERT_EMAIL?.trim() || undefined,
});

type Person = {
  documentId?: unknown;
  idNumber?: unknown;
  personNumber?: unknown;
  organizationRef?: unknown;
};

const column = (strapi: Core.Strapi, uid: UID.ContentType, attribute: string) =>
  tableOf(strapi, uid).columns.get(attribute)!.column;

/** Distinct persons this account read whole in the window, whether `personRef` is one, the oldest read. */
async function readsInWindow(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  userId: number,
  personRef: string,
  since: Date,
) {
  const c = (a: string) => column(strapi, READ, a);
  const row = (await trx(tableOf(strapi, READ).table)
    .where(c('userId'), userId)
    .where(c('readAt'), '>=', since)
    .first(
      trx.raw('count(DISTINCT ??)::int AS persons', [c('personRef')]),
      trx.raw('coalesce(bool_or(?? = ?), false) AS seen', [c('personRef'), personRef]),
      trx.raw('min(??) AS oldest', [c('readAt')]),
    )) as { persons: number; seen: boolean; oldest: Date | null };
  return row;
}

/** Raises the alert (record and mail) unless this account already had one in the window. */
async function alertOperations(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  account: { userId: number; userRef?: string; username: string; role: string },
  personsRead: number,
  since: Date,
) {
  const { perWindow, windowMinutes, alertEmail } = readLimits();
  const raisedBefore = await trx(tableOf(strapi, ALERT).table)
    .where(column(strapi, ALERT, 'userId'), account.userId)
    .where(column(strapi, ALERT, 'raisedAt'), '>=', since)
    .first('id');
  if (raisedBefore) return;
  const raisedAt = new Date();
  await strapi.documents(ALERT).create({
    data: {
      ...account,
      personsRead,
      readLimit: perWindow,
      windowMinutes,
      mailedTo: alertEmail ?? undefined,
      raisedAt: raisedAt.toISOString(),
    },
  });
  if (!alertEmail) {
    strapi.log.warn(
      `ID number alert for ${account.username}: no ID_NUMBER_ALERT_EMAIL, recorded only`,
    );
    return;
  }
  const portal = process.env.PORTAL_URL ?? 'http://127.0.0.1:5173';
  await queueMails(
    [
      {
        to: alertEmail,
        template: 'idNumberReadAlert',
        locale: 'zh-CN',
        data: {
          username: account.username,
          role: account.role,
          personsRead,
          readLimit: perWindow,
          windowMinutes,
          raisedAt: chinaTime(raisedAt),
          link: `${portal}/operations/id-number-reads`,
        },
      },
    ],
    trx,
  );
}

/**
 * Called by the person record route once the record is in hand (its record hook
 * `recordShown`): for the roles above, logs the read and lets the answer carry the whole number,
 * or throws 429 past the limit; for any other role it does nothing and the number stays masked.
 * One account at a time (an advisory lock), so parallel requests cannot slip past the count.
 */
export async function showWholeIdNumber(
  strapi: Core.Strapi,
  ctx: Context,
  caller: Caller,
  person: Person,
) {
  if (!WHOLE_NUMBER_ROLES.includes(caller.role) || caller.userId === undefined) return;
  if (typeof person.idNumber !== 'string' || typeof person.documentId !== 'string') return;
  const personRef = person.documentId;
  const userId = caller.userId;
  const { perWindow, windowMinutes } = readLimits();
  const user = caller.userDocumentId
    ? ((await strapi.documents(USER).findOne({
        documentId: caller.userDocumentId,
        fields: ['username'],
      })) as { username?: string } | null)
    : null;
  const account = {
    userId,
    userRef: caller.userDocumentId,
    username: user?.username ?? String(userId),
    role: caller.role,
  };
  const refusedFor = await strapi.db.transaction(async ({ trx }) => {
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`pvis:id-number-reads:${userId}`]);
    const since = new Date(Date.now() - windowMinutes * 60_000);
    const read = await readsInWindow(strapi, trx, userId, personRef, since);
    if (!read.seen && read.persons >= perWindow) {
      await alertOperations(strapi, trx, account, read.persons, since);
      const oldest = read.oldest ? new Date(read.oldest).getTime() : Date.now();
      return Math.max(1, Math.ceil((oldest + windowMinutes * 60_000 - Date.now()) / 1000));
    }
    await strapi.documents(READ).create({
      data: {
        ...account,
        personRef,
        personNumber: typeof person.personNumber === 'string' ? person.personNumber : undefined,
        organizationRef:
          typeof person.organizationRef === 'string' ? person.organizationRef : undefined,
        route: `${ctx.method} ${ctx.path}`,
        readAt: new Date().toISOString(),
      },
    });
    return null;
  });
  if (refusedFor !== null) {
    const minutes = Math.ceil(refusedFor / 60);
    const zh = `查看完整证件号码过于频繁（每 ${windowMinutes} 分钟最多 ${perWindow} 人），请 ${minutes} 分钟后再试；已通知运营人员`;
    const en = `Too many whole ID numbers viewed (at most ${perWindow} persons per ${windowMinutes} min): try again in ${minutes} min; operations have been notified`;
    throw new errors.RateLimitError(en, {
      retryAfter: refusedFor,
      errors: [fieldError('idNumber', 'idNumberReadLimit', zh, en)],
    });
  }
  ctx.state[WHOLE_FOR] = personRef;
}
