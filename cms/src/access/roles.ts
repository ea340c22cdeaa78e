import type { Actor } from '@pvis/config';

/** The users-permissions roles of the portal. `type` is what the portal and the tests see. */
export const portalRoles = [
  {
    type: 'liaison',
    actor: 'liaison',
    name: '单位联络员 Liaison',
    description: 'Registers an organization and manages its attendees',
  },
  {
    type: 'colleague',
    actor: 'colleague',
    name: '单位同事 Colleague',
    description: 'An attendee who registered through a colleague invitation',
  },
  {
    type: 'delegation-reviewer',
    actor: 'delegationReviewer',
    name: '交易团审核 Delegation reviewer',
    description: 'Reviews organizations of its delegation subtree',
  },
  {
    type: 'finance',
    actor: 'finance',
    name: '财务 Finance',
    description: 'Confirms transfers, issues invoices, processes refunds',
  },
  {
    type: 'operations',
    actor: 'operations',
    name: '主办方 Operations',
    description: 'Organizer staff: editions, delegations, badges, check-in',
  },
] as const satisfies readonly { type: string; actor: Actor; name: string; description: string }[];

export type PortalRoleType = (typeof portalRoles)[number]['type'];
/** `public` is users-permissions' role for requests without a JWT. */
export type RoleType = PortalRoleType | 'public';
/** Every role a request can have, `public` first (tests run each route as each of them). */
export const roleTypes: readonly RoleType[] = ['public', ...portalRoles.map((role) => role.type)];

export const isPortalRole = (type: string | undefined): type is PortalRoleType =>
  portalRoles.some((role) => role.type === type);

export const actorOf = (type: PortalRoleType): Actor =>
  portalRoles.find((role) => role.type === type)!.actor;
