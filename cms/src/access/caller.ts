import type { Core } from '@strapi/strapi';
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

const USER = 'plugin::users-permissions.user';

/** Kept a few seconds per account; emptied when accounts change (watch-access-changes.ts). */
const callers = new ExpiringMap<string, Caller>(accessCacheMs());

/** The user's to-one relation as a LEFT JOIN through its link table (Strapi's metadata). */
function joinTo(strapi: Core.Strapi, attribute: string, alias: string) {
  const meta = strapi.db.metadata.get(USER).attributes[attribute] as unknown as {
    target: string;
    joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
  };
  const { name, joinColumn, inverseJoinColumn } = meta.joinTable;
  return {
    link: { table: `${name} as ${alias}_lnk`, on: [`${alias}_lnk.${joinColumn.name}`, 'u.id'] },
    target: {
      table: `${strapi.db.metadata.get(meta.target as never).tableName} as ${alias}`,
      on: [`${alias}.id`, `${alias}_lnk.${inverseJoinColumn.name}`],
    },
  };
}

/**
 * The account's organization, delegation and person in one query (DESIGN §2.2: through the
 * document service it was a transaction of four selects on every request).
 */
async function lookUp(strapi: Core.Strapi, userId: number) {
  const query = strapi.db.connection(`${strapi.db.metadata.get(USER).tableName} as u`);
  for (const [attribute, alias] of [
    ['organization', 'o'],
    ['delegation', 'd'],
    ['person', 'p'],
  ] as const) {
    const { link, target } = joinTo(strapi, attribute, alias);
    query.leftJoin(link.table, link.on[0]!, link.on[1]!);
    query.leftJoin(target.table, target.on[0]!, target.on[1]!);
  }
  return (await query
    .where('u.id', userId)
    .first(
      'o.document_id as organizationRef',
      'o.edition_number as editionNumber',
      'd.path as delegationPath',
      'p.document_id as personRef',
    )) as
    | {
        organizationRef: string | null;
        editionNumber: number | null;
        delegationPath: string | null;
        personRef: string | null;
      }
    | undefined;
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
