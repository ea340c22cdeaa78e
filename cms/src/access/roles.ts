import { type PortalRoleType, PUBLIC_ROLE, portalRoleTypes, roleType } from '@pvis/config';

export {
  actorOfRole as actorOf,
  isPortalRole,
  type PortalRoleType,
  type RoleType,
} from '@pvis/config';

/** How bootstrap names the users-permissions roles of the portal (the type is config's). */
const roleNames: Record<PortalRoleType, { name: string; description: string }> = {
  [roleType.liaison]: {
    name: '单位联络员 Liaison',
    description: 'Registers an organization and manages its attendees',
  },
  [roleType.colleague]: {
    name: '单位同事 Colleague',
    description: 'An attendee who registered through a colleague invitation',
  },
  [roleType.delegationReviewer]: {
    name: '交易团审核 Delegation reviewer',
    description: 'Reviews organizations of its delegation subtree',
  },
  [roleType.finance]: {
    name: '财务 Finance',
    description: 'Confirms transfers, issues invoices, processes refunds',
  },
  [roleType.operations]: {
    name: '主办方 Operations',
    description: 'Organizer staff: editions, delegations, badges, check-in',
  },
};

/** The users-permissions roles of the portal. `type` is what the portal and the tests see. */
export const portalRoles = portalRoleTypes.map((type) => ({ type, ...roleNames[type] }));

/** Every role a request can have, `public` first (tests run each route as each of them). */
export const roleTypes = [PUBLIC_ROLE, ...portalRoleTypes] as const;
