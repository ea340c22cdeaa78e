import { beforeAll, describe, expect, it } from 'vitest';
import { customActions } from '../src/access/custom-actions';
import { actionsOf, type RecordAction, resources } from '../src/access/resources';
import { roleTypes } from '../src/access/roles';
import { everything } from '../src/access/scopes';
import { newAccount, withStrapi } from './support/app';
import { createForeignRecords } from './support/foreign-records';
import { workbookOf } from './support/workbook';

/**
 * Derived from the access table (access/resources/): for every declared resource, every role
 * and every route of an action the table declares, either the role has no permission (403) or
 * a record outside its scope is invisible — 404 on the record routes, absent from the list, not
 * counted by the statistics nor written to the exports. A new resource or action joins by being
 * declared (and an action the matrix cannot call fails the first test below).
 */
type Client = Awaited<ReturnType<ReturnType<typeof withStrapi>['as']>>;
type Call = (client: Client, url: string) => ReturnType<Client['get']>;
/** How the matrix calls an action: on one record (`url` is the record's) or on the collection. */
type Probe = { on: 'record'; call: Call } | { on: 'collection'; call?: Call };

const probes: Record<RecordAction, Probe> = {
  findOne: { on: 'record', call: (c, url) => c.get(url) },
  update: { on: 'record', call: (c, url) => c.put(url, { data: {} }) },
  delete: { on: 'record', call: (c, url) => c.delete(url) },
  // An action no machine knows: in scope it is refused by the machine (409), never applied.
  transition: {
    on: 'record',
    call: (c, url) => c.post(`${url}/transitions`, { data: { action: 'matrixProbe' } }),
  },
  history: { on: 'record', call: (c, url) => c.get(`${url}/history`) },
  licence: { on: 'record', call: (c, url) => c.post(`${url}/licence`) },
  consent: { on: 'record', call: (c, url) => c.post(`${url}/consent`) },
  personalData: { on: 'record', call: (c, url) => c.get(`${url}/personal-data`) },
  photo: { on: 'record', call: (c, url) => c.post(`${url}/photo`) },
  viewLicence: { on: 'record', call: (c, url) => c.get(`${url}/licence`) },
  viewPhoto: { on: 'record', call: (c, url) => c.get(`${url}/photo`) },
  reuse: {
    on: 'record',
    call: (c, url) => c.post(`${url}/reuse`, { data: { previousBadgeNumber: 'CIIE7-000137' } }),
  },
  makeDefault: { on: 'record', call: (c, url) => c.post(`${url}/default`) },
  pay: {
    on: 'record',
    call: (c, url) => c.post(`${url}/payments`, { data: { method: 'alipay' } }),
  },
  pdf: { on: 'record', call: (c, url) => c.get(`${url}/pdf`) },
  markDeducted: {
    on: 'record',
    call: (c, url) => c.post(`${url}/buyer-deducted`, { data: { buyerDeducted: true } }),
  },
  bankRefund: { on: 'record', call: (c, url) => c.post(`${url}/bank-refund`, { data: {} }) },
  transfer: { on: 'record', call: (c, url) => c.get(`${url}/transfer`) },
  remit: { on: 'record', call: (c, url) => c.post(`${url}/remittances`, {}) },
  voucher: { on: 'record', call: (c, url) => c.get(`${url}/voucher`) },
  decide: {
    on: 'record',
    call: (c, url) => c.post(`${url}/decision`, { data: { action: 'matrixProbe' } }),
  },
  candidates: { on: 'record', call: (c, url) => c.get(`${url}/candidates`) },
  match: { on: 'record', call: (c, url) => c.post(`${url}/match`, { data: {} }) },
  // Reports on the collection: what they count or write must be the role's list.
  stats: { on: 'collection', call: (c, base) => c.get(`${base}/stats`) },
  export: { on: 'collection', call: (c, base) => c.get(`${base}/export`) },
  queue: { on: 'collection', call: (c, base) => c.get(`${base}/queue`) },
  // The list itself and bulk transitions are checked below; the rest write on the collection
  // and have their own tests (persons, person-import, bank-transfers).
  find: { on: 'collection' },
  create: { on: 'collection' },
  bulkTransition: { on: 'collection' },
  previous: { on: 'collection' },
  bringForward: { on: 'collection' },
  bulkDelete: { on: 'collection' },
  import: { on: 'collection' },
};

/** Every action the access table declares for a resource (history comes with a lifecycle). */
const declaredActions = (resource: (typeof resources)[number]) =>
  new Set<RecordAction>(
    [
      ...(['transition', 'history'] as const),
      ...Object.values(resource.roles).flatMap((access) => access?.actions ?? []),
    ].filter((action) => resource.lifecycle || (action !== 'transition' && action !== 'history')),
  );
/** Routes beyond the core ones exist only where their resource declares them (for some role). */
const coreActions: RecordAction[] = ['findOne', 'update', 'delete'];
const actionsOn = (resource: (typeof resources)[number], on: Probe['on']) =>
  [...new Set([...coreActions, ...declaredActions(resource)])].filter(
    (action) => probes[action]?.on === on && probes[action].call,
  );
/** `POST /<plural>/bulk-transitions` exists where some role is declared to use it. */
const hasBulkRoute = (resource: (typeof resources)[number]) =>
  declaredActions(resource).has('bulkTransition');
const app = withStrapi();

/** The records a scoped report covers, and the role's list of the same records. */
async function reportedAndListed(
  client: Client,
  base: string,
  action: RecordAction,
  response: Awaited<ReturnType<Client['get']>>,
): Promise<[number, number]> {
  const listTotal = async (filters = '') =>
    Number(
      (await client.get(`${base}?pagination[pageSize]=1${filters}`)).body.meta.pagination.total,
    );
  if (action === 'stats') {
    const { editionNumber, byStatus } = response.body.data as {
      editionNumber: number;
      byStatus: Record<string, number>;
    };
    const counted = Object.values(byStatus).reduce((sum, n) => sum + n, 0);
    return [counted, await listTotal(`&filters[editionNumber][$eq]=${editionNumber}`)];
  }
  if (action === 'export') {
    const workbook = await workbookOf(client.get(`${base}/export`));
    return [workbook.worksheets[0]!.actualRowCount - 1, await listTotal()];
  }
  return [Number(response.body.meta.pagination.total), await listTotal()];
}

let foreign: Awaited<ReturnType<typeof createForeignRecords>>;

beforeAll(async () => {
  foreign = await createForeignRecords(app.strapi());
});

const routeOf = (uid: string) => `/api/${app.strapi().contentType(uid as never).info.pluralName}`;

describe.each(resources.map((r) => [r.uid, r] as const))('%s', (uid, resource) => {
  it.each(roleTypes)('answers %s only within its scope', async (role) => {
    const client = await app.as(role as never);
    const access = resource.roles[role];
    const id = foreign[uid];
    const base = routeOf(uid);
    const unscoped = access?.scope === everything;
    const list = await client.get(`${base}?pagination[pageSize]=200`);
    if (!access?.actions.includes('find')) expect(list.status, `${role} GET ${base}`).toBe(403);
    else {
      expect(list.status, `${role} GET ${base}`).toBe(200);
      if (id && !unscoped) {
        expect(list.body.data.map((r: { documentId: string }) => r.documentId)).not.toContain(id);
      }
    }
    for (const action of actionsOn(resource, 'collection')) {
      const response = await (probes[action] as { call: Call }).call(client, base);
      if (!actionsOf(resource, role).includes(action)) {
        expect(response.status, `${role} ${action} ${base}`).toBe(403);
        continue;
      }
      expect(response.status, `${role} ${action} ${base}`).toBe(200);
      // A scoped role's report covers exactly its list, which leaves the foreign record out.
      if (!unscoped) {
        const [counted, listed] = await reportedAndListed(client, base, action, response);
        expect(counted, `${role} ${action} ${base} counts its list`).toBe(listed);
      }
    }
    if (!id) return; // reference data: nothing is owned, only permissions apply
    for (const action of actionsOn(resource, 'record')) {
      const url = `${base}/${id}`;
      const response = await (probes[action] as { call: Call }).call(client, url);
      const inScopeStatus = { findOne: 200, transition: 409 } as Partial<
        Record<RecordAction, number>
      >;
      const expected = !actionsOf(resource, role).includes(action)
        ? 403
        : !unscoped
          ? 404
          : (inScopeStatus[action] ?? response.status);
      expect(response.status, `${role} ${action} ${url}`).toBe(expected);
    }
    if (hasBulkRoute(resource)) {
      // A foreign record in a bulk request fails as not found; unscoped roles reach the machine.
      const bulk = await client.post(`${base}/bulk-transitions`, {
        data: { documentIds: [id], action: 'matrixProbe' },
      });
      if (!actionsOf(resource, role).includes('bulkTransition')) {
        expect(bulk.status, `${role} bulk ${base}`).toBe(403);
      } else {
        expect(bulk.status, `${role} bulk ${base}`).toBe(200);
        expect(bulk.body.data.succeeded).toEqual([]);
        expect(bulk.body.data.failed).toEqual([
          expect.objectContaining({
            documentId: id,
            code: unscoped ? expect.not.stringMatching(/^notFound$/) : 'notFound',
          }),
        ]);
      }
    }
  });
});

/**
 * Reports outside the access table (access/custom-actions.ts) cover every record of the
 * expo: all or nothing, by role.
 */
const customReports = customActions.filter(({ action }) => /\.(stats|export)$/.test(action));
const pathOf = (handler: string) => {
  const apis = Object.values(app.strapi().apis) as {
    routes: Record<string, { routes: Route[] }>;
  }[];
  const route = apis
    .flatMap((api) => Object.values(api.routes).flatMap((router) => router.routes))
    .find((r) => r.handler === handler);
  return `/api${route?.path}`;
};
interface Route {
  handler: string;
  path: string;
}

describe.each(customReports.map((report) => [report.action, report] as const))(
  '%s',
  (action, report) => {
    it.each(roleTypes)('answers %s only when the role is granted the report', async (role) => {
      const response = await (await app.as(role as never)).get(pathOf(action));
      expect(response.status, `${role} ${pathOf(action)}`).toBe(
        report.roles.includes(role) ? 200 : 403,
      );
    });
  },
);

it('finds the reports outside the access table', () => {
  expect(customReports.map((r) => pathOf(r.action)).sort()).toEqual([
    '/api/one-click-campaigns/stats',
    '/api/reconciliation/export',
  ]);
});

it('fails closed: a role whose scope is empty (a liaison with no organization) gets 404 from its reports', async () => {
  const { username } = await newAccount(app, 'liaison');
  const token = await app.login(username, 'Secret#2025');
  const checked: string[] = [];
  for (const resource of resources) {
    for (const action of actionsOn(resource, 'collection')) {
      if (!actionsOf(resource, 'liaison').includes(action)) continue;
      const url = `${routeOf(resource.uid)}/${action}`;
      const response = await app.http().get(url).set('Authorization', `Bearer ${token}`);
      expect(response.status, url).toBe(404);
      checked.push(url);
    }
  }
  expect(checked).toEqual(['/api/persons/stats', '/api/persons/export']);
});

it('can call every action the access table declares', () => {
  const declared = resources.flatMap((resource) => [...declaredActions(resource)]);
  expect(declared.filter((action) => !probes[action])).toEqual([]);
});

it('has a foreign record for every business resource, so none escapes the matrix', () => {
  const owned = resources.filter((r) =>
    Object.values(r.roles).some((a) => a && a.scope !== everything),
  );
  const missing = owned.filter((r) => !foreign[r.uid]).map((r) => r.uid);
  expect(missing).toEqual([]);
});
