import { type Core, factories, type UID } from '@strapi/strapi';
import { accessFor } from './resources';
import { transitionRoutes } from './transition-routes';

/** A route of the API's own, as `customRoute` builds it (or with its own permission scope). */
export interface OwnRoute {
  method: string;
  path: string;
  handler: string;
  config: { policies: string[]; auth?: { scope: string[] } };
}

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
      routes: [...own, ...lifecycle, ...(typeof core === 'function' ? core() : core)],
    };
  };
}
