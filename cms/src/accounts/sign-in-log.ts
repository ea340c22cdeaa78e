import type { Core } from '@strapi/strapi';

const UID = 'api::sign-in.sign-in';

export type SignInMethod = 'password' | 'code';

export interface SignInAttempt {
  userId: number;
  method: SignInMethod;
  succeeded: boolean;
  /** Why it failed: `wrongPassword`, `locked`, `blocked`. */
  reason?: string;
  ip: string;
  userAgent?: string;
}

/** How many sign-ins are kept per account (older ones are deleted as new ones come). */
const keep = () => Number(process.env.SIGN_IN_LOG_KEEP ?? 100);

/** Writes one row of the account's sign-in log and trims it to the newest `SIGN_IN_LOG_KEEP`. */
export async function logSignIn(strapi: Core.Strapi, attempt: SignInAttempt) {
  await strapi.documents(UID).create({
    data: {
      userRef: attempt.userId,
      method: attempt.method,
      succeeded: attempt.succeeded,
      reason: attempt.reason ?? undefined,
      ip: attempt.ip.slice(0, 64),
      userAgent: (attempt.userAgent ?? '').slice(0, 400),
      at: new Date().toISOString(),
    },
  });
  const table = strapi.db.metadata.get(UID).tableName;
  const knex = strapi.db.connection;
  const oldestKept = knex(table)
    .where('user_ref', attempt.userId)
    .orderBy('id', 'desc')
    .offset(keep() - 1)
    .limit(1)
    .select('id');
  await knex(table).where('user_ref', attempt.userId).where('id', '<', oldestKept).delete();
}

/** The account's latest sign-ins, newest first. */
export async function recentSignIns(strapi: Core.Strapi, userId: number, limit = 20) {
  return strapi.documents(UID).findMany({
    filters: { userRef: userId },
    fields: ['at', 'method', 'succeeded', 'reason', 'ip', 'userAgent'],
    sort: ['at:desc', 'id:desc'],
    limit,
  });
}
