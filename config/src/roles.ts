import type { Role } from './vocabularies';

/**
 * The portal's roles as users-permissions stores them (`role.type`, what the session, the access
 * table, the portal and the tests say), keyed by the lifecycle actor each acts as. The one place
 * a role's spelling is written: `roleType.delegationReviewer`, never a literal.
 */
export const roleType = {
  liaison: 'liaison',
  colleague: 'colleague',
  delegationReviewer: 'delegation-reviewer',
  finance: 'finance',
  operations: 'operations',
} as const satisfies Record<Role, string>;

export type PortalRoleType = (typeof roleType)[Role];

/** users-permissions' role of a request without a JWT. */
export const PUBLIC_ROLE = 'public';
export type RoleType = PortalRoleType | typeof PUBLIC_ROLE;

export const portalRoleTypes = Object.values(roleType) as readonly PortalRoleType[];

export const isPortalRole = (type: string | undefined): type is PortalRoleType =>
  portalRoleTypes.includes(type as PortalRoleType);

/** The lifecycle actor a portal role acts as (`delegation-reviewer` → `delegationReviewer`). */
export const actorOfRole = (type: PortalRoleType): Role =>
  (Object.keys(roleType) as Role[]).find((actor) => roleType[actor] === type)!;
