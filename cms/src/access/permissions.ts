import type { Core } from '@strapi/strapi';
import { customActions } from './custom-actions';
import { actionsOf, resources } from './resources';
import { portalRoles, type RoleType } from './roles';

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

/** Every permission action a role should hold, derived from the access table. */
export function permissionsOf(role: RoleType): Set<string> {
  const actions = new Set<string>();
  for (const resource of resources) {
    for (const action of actionsOf(resource, role)) actions.add(`${resource.uid}.${action}`);
  }
  for (const custom of customActions) if (custom.roles.includes(role)) actions.add(custom.action);
  return actions;
}

type RoleRow = {
  documentId: string;
  type: string;
  permissions?: { documentId: string; action: string }[];
};

/**
 * Creates the portal roles if missing and makes each role's permissions exactly what the
 * access table says (adding the missing, removing the rest). Safe to run at every start.
 * Strapi's default "authenticated" role keeps nothing: every account has one of our roles.
 */
export async function syncRolesAndPermissions(strapi: Core.Strapi) {
  const roles = strapi.documents(ROLE);
  const permissions = strapi.documents(PERMISSION);
  for (const role of portalRoles) {
    const existing = await roles.findFirst({ filters: { type: role.type } });
    if (!existing) {
      await roles.create({
        data: { type: role.type, name: role.name, description: role.description },
      });
    }
  }
  const wanted = new Map<string, Set<string>>([
    ['public', permissionsOf('public')],
    ['authenticated', new Set()],
    ...portalRoles.map((role) => [role.type, permissionsOf(role.type)] as [string, Set<string>]),
  ]);
  for (const [type, actions] of wanted) {
    const role = (await roles.findFirst({
      filters: { type },
      populate: { permissions: { fields: ['action'] } },
    })) as unknown as RoleRow | null;
    if (!role) continue;
    const held = new Map((role.permissions ?? []).map((p) => [p.action, p.documentId]));
    for (const [action, documentId] of held) {
      if (!actions.has(action)) await permissions.delete({ documentId });
    }
    for (const action of actions) {
      if (!held.has(action)) {
        await permissions.create({ data: { action, role: role.documentId } });
      }
    }
  }
}
