import type { Core } from '@strapi/strapi';
import { linkOf } from '../db/links';
import { accessCacheMs, ExpiringMap } from './expiring-map';
import { isPortalRole, type RoleType } from './roles';

/** Who is calling, with the keys every scope rule needs; resolved once per request. */
export interface Caller {
  role: RoleType;
  userId?: number;
  userDocumentId?: string;
  organizationRef?: string;
  editionNumber?: number;
  delegationPath?: string;
  personRef?: string;
}

interface RequestState {
  user?: { id: number; documentId: string; role?: { type?: string } };
  caller?: Caller;
}

/** Kept a few seconds per account; emptied when accounts change (watch-access-changes.ts). */
const callers = new ExpiringMap<string, Caller>(accessCacheMs());

/**
 * One column of the user's to-one relation, as a scalar subquery through its link table
 * (db/links.ts): `(select <column> from <target> where id = (select … from <link> …))`.
 */
function relatedColumn(
  strapi: Core.Strapi,
  relation: 'user.organization' | 'user.delegation' | 'user.person',
  column: string,
  userId: number,
) {
  const { table, ownerColumn, targetColumn, targetTable } = linkOf(relation);
  // The target by primary key of the id the link holds: a join here let the planner walk the
  // whole target table (see lookUp).
  const linkedId = strapi.db
    .connection(table)
    .where(ownerColumn, userId)
    .select(targetColumn)
    .limit(1);
  return strapi.db.connection(targetTable).where('id', linkedId).select(column);
}

/**
 * The account's organization, delegation and person in one statement (docs/architecture.md: through the
 * document service it was a transaction of four selects on every request). Scalar subqueries,
 * each two index lookups from the user's id: written as joins, the planner chose a merge join
 * that walked the organizations' primary key up to the newest one — a newly registered
 * organization is the newest — slow at CIIE scale (found with log_min_duration_statement under
 * the submit benchmark, EXPLAIN ANALYZE on its database; figures in docs/performance.md).
 */
async function lookUp(strapi: Core.Strapi, userId: number) {
  const { rows } = (await strapi.db.connection.raw(
    `select (?) as "organizationRef", (?) as "editionNumber", (?) as "delegationPath",
            (?) as "personRef"`,
    [
      relatedColumn(strapi, 'user.organization', 'document_id', userId),
      relatedColumn(strapi, 'user.organization', 'edition_number', userId),
      relatedColumn(strapi, 'user.delegation', 'path', userId),
      relatedColumn(strapi, 'user.person', 'document_id', userId),
    ],
  )) as {
    rows: {
      organizationRef: string | null;
      editionNumber: number | null;
      delegationPath: string | null;
      personRef: string | null;
    }[];
  };
  return rows[0];
}

export async function resolveCaller(strapi: Core.Strapi, state: RequestState): Promise<Caller> {
  if (state.caller) return state.caller;
  const user = state.user;
  const roleType = user?.role?.type;
  // An authenticated user without one of our roles (e.g. Strapi's default "authenticated") gets
  // nothing but what the public gets.
  if (!user || !isPortalRole(roleType)) {
    state.caller = { role: 'public', userId: user?.id };
    return state.caller;
  }
  const key = `${user.id}:${roleType}`;
  const cached = callers.get(key);
  if (cached) {
    state.caller = cached;
    return cached;
  }
  const found = await lookUp(strapi, user.id);
  state.caller = {
    role: roleType,
    userId: user.id,
    userDocumentId: user.documentId,
    organizationRef: found?.organizationRef ?? undefined,
    editionNumber: found?.editionNumber ?? undefined,
    delegationPath: found?.delegationPath ?? undefined,
    personRef: found?.personRef ?? undefined,
  };
  callers.set(key, state.caller);
  return state.caller;
}
