import type { Core } from '@strapi/strapi';
import { clearExpiringMaps } from './expiring-map';

/** What a cached caller is made of: accounts, roles, their permissions, delegation paths. */
const models = [
  'plugin::users-permissions.user',
  'plugin::users-permissions.role',
  'plugin::users-permissions.permission',
  'api::delegation.delegation',
  // The fees an edition charges (orders/edition-fees.ts) are cached the same way.
  'api::edition.edition',
];

/**
 * Any write to those (through Strapi, in this instance) empties the per-caller caches at once,
 * so a blocked account, a new role or a re-linked organization counts from the next request.
 */
export function watchAccessChanges(strapi: Core.Strapi) {
  const clear = () => clearExpiringMaps();
  strapi.db.lifecycles.subscribe({
    models,
    afterCreate: clear,
    afterCreateMany: clear,
    afterUpdate: clear,
    afterUpdateMany: clear,
    afterDelete: clear,
    afterDeleteMany: clear,
  });
}
