import type { Core } from '@strapi/strapi';
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
  const record = (await strapi.documents(USER).findOne({
    documentId: user.documentId,
    fields: ['id'],
    populate: {
      organization: { fields: ['documentId', 'editionNumber'] },
      delegation: { fields: ['path'] },
      person: { fields: ['documentId'] },
    },
  } as never)) as unknown as {
    organization?: { documentId: string; editionNumber: number } | null;
    delegation?: { path: string } | null;
    person?: { documentId: string } | null;
  } | null;
  state.caller = {
    role: roleType,
    userId: user.id,
    userDocumentId: user.documentId,
    organizationRef: record?.organization?.documentId,
    editionNumber: record?.organization?.editionNumber,
    delegationPath: record?.delegation?.path,
    personRef: record?.person?.documentId,
  };
  return state.caller;
}
