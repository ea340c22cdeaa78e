import { type Core, factories, type UID } from '@strapi/strapi';
import { accessFor } from './resources';
import { transitionRoutes } from './transition-routes';

/**
 * A route of the API's own: method, path, and the action of the record's controller (`stats`)
 * or a whole handler of another controller (`api::payment.notify.receive`). Permissions come
 * from access/, so the policies list stays empty.
 */
export type OwnRoute = readonly [method: string, path: string, action: string];

const routeOf = (uid: UID.ContentType, [method, path, action]: OwnRoute) => {
  const handler = action.includes('::') ? action : `${uid}.${action}`;
  // Named after the handler, so a route to another API's controller asks for that permission.
  return {
    method,
    path,
    handler,
    config: { policies: [] as string[], auth: { scope: [handler] } },
  };
};

/**
 * The one router of a record's API — the rule: every API folder has exactly one router file,
 * `routes/<api>.ts`, and a record's API builds it here. Strapi answers with the first registered
 * route whose path matches, and registers the files of a routes folder in file-name order; with
 * one file, the order is this list's: the API's own routes first, then the lifecycle routes
 * (for records with a lifecycle in the access table), then Strapi's core routes. So a fixed path
 * like `/persons/stats` is never read as `/persons/:id` (tests/route-order.test.ts).
 */
export function recordRouter(uid: UID.ContentType, own: readonly OwnRoute[] = []) {
  return ({ strapi }: { strapi: Core.Strapi }) => {
    const plural = strapi.contentType(uid).info.pluralName;
    const lifecycle = accessFor(uid)?.lifecycle ? transitionRoutes(uid, plural).routes : [];
    const core = factories.createCoreRouter(uid).routes;
    return {
      type: 'content-api' as const,
      routes: [
        ...own.map((route) => routeOf(uid, route)),
        ...lifecycle,
        ...(typeof core === 'function' ? core() : core),
      ],
    };
  };
}
