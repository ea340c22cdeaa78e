import { describe, expect, it } from 'vitest';
import { resources } from '../src/access/resources';
import { withStrapi } from './support/app';

/**
 * Strapi answers with the first registered route whose method and path match. A record API's
 * own fixed paths (`/persons/stats`) must come before its core `/:id` routes, which
 * access/record-router.ts guarantees by building each API's one router file.
 */
interface RouteLayer {
  path: string;
  methods: string[];
  regexp: RegExp;
}

/** Routes no request can reach: an earlier route with the same method already takes their path. */
function shadowedRoutes(layers: readonly RouteLayer[]) {
  const shadowed: string[] = [];
  layers.forEach((layer, index) => {
    // A path parameter stands for any one segment; a fixed segment only for itself.
    const request = layer.path.replace(/:[^/]+/g, 'some-document-id');
    const earlier = layers
      .slice(0, index)
      .find(
        (before) =>
          before.methods.some((method) => layer.methods.includes(method)) &&
          before.regexp.test(request),
      );
    if (earlier) shadowed.push(`${layer.methods.join(',')} ${layer.path} behind ${earlier.path}`);
  });
  return shadowed;
}

/** A route as koa-router matches it, for the check's own test. */
const layer = (method: string, path: string): RouteLayer => ({
  path,
  methods: [method],
  regexp: new RegExp(`^${path.replace(/:[^/]+/g, '[^/]+')}/?$`),
});

describe('the shadowed-route check', () => {
  it('finds a fixed path registered after the :id route of the same method', () => {
    expect(
      shadowedRoutes([layer('GET', '/api/persons/:id'), layer('GET', '/api/persons/stats')]),
    ).toEqual(['GET /api/persons/stats behind /api/persons/:id']);
  });

  it('accepts the fixed path first, and the same path under another method', () => {
    expect(
      shadowedRoutes([
        layer('GET', '/api/persons/stats'),
        layer('GET', '/api/persons/:id'),
        layer('POST', '/api/persons/bulk-delete'),
        layer('PUT', '/api/persons/:id'),
        layer('GET', '/api/persons/:id/photo'),
      ]),
    ).toEqual([]);
  });
});

describe('the registered routes', () => {
  const app = withStrapi();

  it('leave no route of ours behind an earlier route that takes its path', () => {
    const layers = (app.strapi().server.listRoutes() as unknown as RouteLayer[]).filter(
      (route) => route.methods.length > 0 && route.path.startsWith('/api/'),
    );
    expect(layers.map((route) => route.path)).toContain('/api/persons/:id');
    expect(shadowedRoutes(layers)).toEqual([]);
  });

  it('include the core list and record routes of every resource in the access table', () => {
    const paths = new Set(
      app
        .strapi()
        .server.listRoutes()
        .map((route) => route.path),
    );
    const missing = resources
      .map((resource) => `/api/${app.strapi().contentType(resource.uid).info.pluralName}`)
      .filter((list) => !paths.has(list) || !paths.has(`${list}/:id`));
    expect(missing).toEqual([]);
  });

  it('answer the fixed paths beside a record route with their own handler, not the record', async () => {
    const liaison = await app.as('liaison');
    const personStats = await liaison.get('/api/persons/stats');
    expect(personStats.status).toBe(200);
    expect(personStats.body.data.byStatus).toBeDefined();
    const operations = await app.as('operations');
    const organizationStats = await operations.get('/api/organizations/stats');
    expect(organizationStats.status).toBe(200);
    expect(organizationStats.body.data.byStatus).toBeDefined();
  });
});
