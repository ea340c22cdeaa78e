import type { Core } from '@strapi/strapi';
import { withCachedAuthentication } from '../../access/authentication';

type UsersPermissionsPlugin = Core.Plugin & {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
  register: (context: { strapi: Core.Strapi }) => unknown;
};

/**
 * A portal account belongs to what it works on: a liaison to an organization, a reviewer to a
 * delegation, a colleague to their own person record. Scope rules (access/scopes.ts) read these.
 */
export default (plugin: UsersPermissionsPlugin) => {
  Object.assign(plugin.contentTypes.user.schema.attributes, {
    displayName: { type: 'string' },
    preferredLocale: { type: 'enumeration', enum: ['zh-CN', 'en'], default: 'zh-CN' },
    mobile: { type: 'string' },
    organization: {
      type: 'relation',
      relation: 'manyToOne',
      target: 'api::organization.organization',
    },
    delegation: { type: 'relation', relation: 'manyToOne', target: 'api::delegation.delegation' },
    person: { type: 'relation', relation: 'oneToOne', target: 'api::person.person' },
  });
  // Its content-API authentication, without the per-request queries (access/authentication.ts).
  plugin.register = withCachedAuthentication(plugin.register);
  return plugin;
};
