import { beforeAll, describe, expect, it } from 'vitest';
import { actionsOf, type RecordAction, resources } from '../src/access/resources';
import { roleTypes } from '../src/access/roles';
import { everything } from '../src/access/scopes';
import { withStrapi } from './support/app';
import { createForeignRecords } from './support/foreign-records';

/**
 * Derived from access/resources.ts: for every declared resource, every role and every core
 * route, either the role has no permission (403) or a record outside its scope is invisible
 * (404 on the record routes, absent from the list). A new resource joins by being declared.
 */
const recordActions: RecordAction[] = [
  'findOne',
  'update',
  'delete',
  'transition',
  'history',
  'licence',
  'viewLicence',
  'consent',
  'personalData',
  'photo',
  'viewPhoto',
  'reuse',
  'makeDefault',
  'pay',
  'pdf',
  'markDeducted',
  'bankRefund',
  'transfer',
  'remit',
  'voucher',
  'decide',
  'candidates',
  'match',
];
const coreActions: RecordAction[] = ['findOne', 'update', 'delete'];
/** Routes beyond the core ones exist only where their resource declares them (for some role). */
const hasRoute = (action: RecordAction, resource: (typeof resources)[number]) =>
  ['transition', 'history'].includes(action)
    ? !!resource.lifecycle
    : coreActions.includes(action) ||
      Object.values(resource.roles).some((access) => access?.actions.includes(action));
/** `POST /<plural>/bulk-transitions` exists where some role is declared to use it. */
const hasBulkRoute = (resource: (typeof resources)[number]) =>
  Object.values(resource.roles).some((access) => access?.actions.includes('bulkTransition'));
const app = withStrapi();
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
    if (!id) return; // reference data: nothing is owned, only permissions apply
    for (const action of recordActions) {
      if (!hasRoute(action, resource)) continue;
      const url = `${base}/${id}`;
      const requests: Partial<Record<RecordAction, () => ReturnType<typeof client.get>>> = {
        findOne: () => client.get(url),
        update: () => client.put(url, { data: {} }),
        delete: () => client.delete(url),
        // An action no machine knows: in scope it is refused by the machine (409), never applied.
        transition: () => client.post(`${url}/transitions`, { data: { action: 'matrixProbe' } }),
        history: () => client.get(`${url}/history`),
        licence: () => client.post(`${url}/licence`),
        consent: () => client.post(`${url}/consent`),
        personalData: () => client.get(`${url}/personal-data`),
        photo: () => client.post(`${url}/photo`),
        viewLicence: () => client.get(`${url}/licence`),
        viewPhoto: () => client.get(`${url}/photo`),
        reuse: () => client.post(`${url}/reuse`, { data: { previousBadgeNumber: 'CIIE7-000137' } }),
        makeDefault: () => client.post(`${url}/default`),
        pay: () => client.post(`${url}/payments`, { data: { method: 'alipay' } }),
        pdf: () => client.get(`${url}/pdf`),
        markDeducted: () => client.post(`${url}/buyer-deducted`, { data: { buyerDeducted: true } }),
        bankRefund: () => client.post(`${url}/bank-refund`, { data: {} }),
        transfer: () => client.get(`${url}/transfer`),
        remit: () => client.post(`${url}/remittances`, {}),
        voucher: () => client.get(`${url}/voucher`),
        decide: () => client.post(`${url}/decision`, { data: { action: 'matrixProbe' } }),
        candidates: () => client.get(`${url}/candidates`),
        match: () => client.post(`${url}/match`, { data: {} }),
        find: () => client.get(base),
        create: () => client.post(base, { data: {} }),
      };
      const response = await requests[action]!();
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

it('has a foreign record for every business resource, so none escapes the matrix', () => {
  const owned = resources.filter((r) =>
    Object.values(r.roles).some((a) => a && a.scope !== everything),
  );
  const missing = owned.filter((r) => !foreign[r.uid]).map((r) => r.uid);
  expect(missing).toEqual([]);
});
