import type { RoleType } from './roles';

/**
 * Permissions for our own (non-core) routes and the users-permissions routes each role needs.
 * Anything not listed here or in resources.ts is closed: bootstrap removes it.
 */
const allPortalRoles: RoleType[] = [
  'liaison',
  'colleague',
  'delegation-reviewer',
  'finance',
  'operations',
];

export const customActions: readonly { action: string; roles: readonly RoleType[] }[] = [
  { action: 'api::session.session.show', roles: allPortalRoles },
  { action: 'api::session.progress.show', roles: ['liaison'] },
  { action: 'plugin::users-permissions.auth.callback', roles: ['public'] },
  { action: 'plugin::users-permissions.auth.forgotPassword', roles: ['public'] },
  { action: 'plugin::users-permissions.auth.resetPassword', roles: ['public'] },
  { action: 'plugin::users-permissions.auth.changePassword', roles: allPortalRoles },
  { action: 'plugin::users-permissions.user.me', roles: allPortalRoles },
];
