import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { withCachedAuthentication } from '../../access/authentication';
import { signInWithPassword } from '../../accounts/sign-in';

type Controller = Record<string, (ctx: Context) => unknown>;
type UsersPermissionsPlugin = Core.Plugin & {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
  controllers: { auth: (context: { strapi: Core.Strapi }) => Controller };
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
    // Carried in every JWT as `tv`; raising it revokes every token issued before (accounts/tokens.ts).
    tokenVersion: { type: 'integer', default: 0, private: true, configurable: false },
  });
  // Its content-API authentication, without the per-request queries (access/authentication.ts).
  plugin.register = withCachedAuthentication(plugin.register);
  // Password sign-in with the per-account lockout, the sign-in log and versioned tokens.
  const auth = plugin.controllers.auth;
  plugin.controllers.auth = (context) => {
    const original = auth(context);
    return {
      ...original,
      callback: (ctx: Context) =>
        (ctx.params?.provider ?? 'local') === 'local'
          ? signInWithPassword(context.strapi, ctx)
          : original.callback!(ctx),
    };
  };
  return plugin;
};
