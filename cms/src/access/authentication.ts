import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { isCurrentToken, type TokenPayload } from '../accounts/tokens';
import { accessCacheMs, ExpiringMap } from './expiring-map';

/**
 * Content-API authentication of a portal JWT without the per-request queries.
 *
 * Strapi authenticates every request from scratch: the admin's API-token strategy looks the
 * bearer up first (1 query), then users-permissions verifies the JWT, loads the user and role,
 * the plugin's settings and the role's permissions (5 queries) and builds a CASL ability from
 * them. Profiled under the review-queue benchmark this was a tenth of the cms's CPU and a third
 * of the request's queries (docs/performance.md). Here a bearer that is a JWT the plugin signed is verified by the plugin's
 * own jwt service; the user (with role), the settings and each role's ability are kept a few
 * seconds (`accessCacheMs`), and all are dropped at once when a user, role or permission changes
 * (`watchAccessChanges`). Everything else — no token, an API token, an invalid or expired JWT,
 * a blocked or unconfirmed user, routes with their own auth config — goes through Strapi's
 * authentication unchanged and gets its answers.
 */

interface Strategy {
  name: string;
  authenticate(ctx: Context): Promise<unknown>;
  verify?(auth: unknown, config: unknown): unknown;
}
interface AuthService {
  register(type: string, strategy: Strategy): unknown;
  authenticate(ctx: Context, next: Next): Promise<unknown>;
}
interface User {
  id: number;
  tokenVersion?: number | null;
  confirmed?: boolean;
  blocked?: boolean;
  role?: { id: number } | null;
}
interface Authenticated {
  user: User;
  ability: unknown;
  sessionId?: string;
}

const ttl = accessCacheMs();
const tokens = new ExpiringMap<string, Authenticated>(ttl);
const users = new ExpiringMap<number, User | null>(ttl);
const abilities = new ExpiringMap<number, unknown>(ttl, 100);
const settings = new ExpiringMap<'advanced', { email_confirmation?: boolean }>(ttl, 1);

const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** `Authorization: Bearer <jwt>`, parsed as users-permissions' jwt service does. */
function bearerJwt(ctx: Context) {
  const parts = (ctx.request.header.authorization ?? '').split(/\s+/);
  if (parts.length !== 2 || parts[0]!.toLowerCase() !== 'bearer') return null;
  return JWT_SHAPE.test(parts[1]!) ? parts[1]! : null;
}

async function authenticate(strapi: Core.Strapi, token: string): Promise<Authenticated | null> {
  const cached = tokens.get(token);
  if (cached) return cached;
  const plugin = strapi.plugin('users-permissions');
  let payload: TokenPayload & { sessionId?: string; exp?: number };
  try {
    payload = await plugin.service('jwt').verify(token);
  } catch {
    return null;
  }
  if (payload?.id === undefined) return null;
  let user = users.get(payload.id);
  if (user === undefined) {
    user = ((await plugin.service('user').fetchAuthenticatedUser(payload.id)) as User) ?? null;
    users.set(payload.id, user);
  }
  if (!user?.role) return null;
  let advanced = settings.get('advanced');
  if (!advanced) {
    advanced = ((await strapi
      .store({ type: 'plugin', name: 'users-permissions' })
      .get({ key: 'advanced' })) ?? {}) as { email_confirmation?: boolean };
    settings.set('advanced', advanced);
  }
  // A revoked token (older version) falls through to Strapi's path, whose strategy refuses it.
  if ((advanced.email_confirmation && !user.confirmed) || user.blocked) return null;
  if (!isCurrentToken(payload, user)) return null;
  const roleId = user.role.id;
  let ability = abilities.get(roleId);
  if (!ability) {
    const permissions = plugin.service('permission');
    const granted = (await permissions.findRolePermissions(roleId)) as unknown[];
    ability = await strapi.contentAPI.permissions.engine.generateAbility(
      granted.map((p) => permissions.toContentAPIPermission(p)),
    );
    abilities.set(roleId, ability);
  }
  const found = { user, ability, sessionId: payload.sessionId };
  tokens.set(token, found, payload.exp ? payload.exp * 1000 : undefined);
  return found;
}

function authenticateFromCache(strapi: Core.Strapi, auth: AuthService, strategy: Strategy) {
  const original = auth.authenticate.bind(auth);
  auth.authenticate = async (ctx: Context, next: Next) => {
    const route = ctx.state.route as
      | { info?: { type?: string }; config?: { auth?: false | { strategies?: unknown } } }
      | undefined;
    const config = route?.config?.auth;
    const token =
      route?.info?.type === 'content-api' && config !== false && !config?.strategies
        ? bearerJwt(ctx)
        : null;
    const found = token ? await authenticate(strapi, token) : null;
    if (!found) return original(ctx, next);
    // What Strapi's authenticate and the users-permissions strategy set on success.
    ctx.state.user = found.user;
    if (found.sessionId) ctx.state.session = { id: found.sessionId };
    ctx.state.isAuthenticated = true;
    ctx.state.auth = { strategy, credentials: found.user, ability: found.ability };
    return next();
  };
}

/**
 * The plugin's own strategy (routes that skip the cached path, and revoked tokens sent there)
 * also refuses a JWT whose token version is no longer the account's: 401.
 */
function refuseRevokedTokens(strapi: Core.Strapi, strategy: Strategy) {
  const authenticate = strategy.authenticate.bind(strategy);
  strategy.authenticate = async (ctx: Context) => {
    const result = (await authenticate(ctx)) as { authenticated?: boolean; credentials?: User };
    if (!result?.authenticated || !result.credentials) return result;
    const token = bearerJwt(ctx);
    const payload = token
      ? ((await strapi
          .plugin('users-permissions')
          .service('jwt')
          .verify(token)
          .catch(() => null)) as TokenPayload | null)
      : null;
    if (payload && isCurrentToken(payload, result.credentials)) return result;
    ctx.state.user = undefined;
    return { error: 'Invalid credentials' };
  };
}

/**
 * Wraps the users-permissions plugin's `register` (from its extension): while it registers its
 * content-API strategy, the strategy is kept (its `verify` still checks each route's scope) and
 * Strapi's `authenticate` is given the cached path above.
 */
export function withCachedAuthentication<C extends { strapi: Core.Strapi }>(
  register: (context: C) => unknown,
) {
  return async (context: C) => {
    const auth = context.strapi.get('auth') as AuthService;
    const add = auth.register;
    let strategy: Strategy | undefined;
    auth.register = function (this: AuthService, type: string, registered: Strategy) {
      if (type === 'content-api' && registered.name === 'users-permissions') {
        strategy = registered;
        refuseRevokedTokens(context.strapi, registered);
      }
      return add.call(this, type, registered);
    };
    try {
      await register(context);
    } finally {
      auth.register = add;
    }
    if (strategy) authenticateFromCache(context.strapi, auth, strategy);
  };
}
