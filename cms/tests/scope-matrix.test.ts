import { beforeAll, describe, expect, it } from 'vitest';
import { type RecordAction, resources } from '../src/access/resources';
import type { RoleType } from '../src/access/roles';
import { everything } from '../src/access/scopes';
import { withStrapi } from './support/app';
import { createForeignRecords } from './support/foreign-records';

/**
 * Derived from access/resources.ts: for every declared resource, every role and every core
 * route, either the role has no permission (403) or a record outside its scope is invisible
 * (404 on the record routes, absent from the list). A new resource joins by being declared.
 */
const roles: RoleType[] = [
  'public',
  'liaison',
  'colleague',
  'delegation-reviewer',
  'finance',
  'operations',
];
const recordActions: RecordAction[] = ['findOne', 'update', 'delete', 'transition'];
const app = withStrapi();
let foreign: Awaited<ReturnType<typeof createForeignRecords>>;

beforeAll(async () => {
  foreign = await createForeignRecords(app.strapi());
});

const routeOf = (uid: string) => `/api/${app.strapi().contentType(uid as never).info.pluralName}`;

describe.each(resources.map((r) => [r.uid, r] as const))('%s', (uid, resource) => {
  it.each(roles)('answers %s only within its scope', async (role) => {
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
      if (action === 'transition' && !resource.lifecycle) continue; // no such route
      const url = `${base}/${id}`;
      const request = {
        findOne: () => client.get(url),
        update: () => client.put(url, { data: {} }),
        delete: () => client.delete(url),
        // An action no machine knows: in scope it is refused by the machine (409), never applied.
        transition: () => client.post(`${url}/transitions`, { data: { action: 'matrixProbe' } }),
        find: () => client.get(base),
        create: () => client.post(base, { data: {} }),
      }[action];
      const response = await request();
      const inScopeStatus = { findOne: 200, transition: 409 } as Partial<
        Record<RecordAction, number>
      >;
      const expected = !access?.actions.includes(action)
        ? 403
        : !unscoped
          ? 404
          : (inScopeStatus[action] ?? response.status);
      expect(response.status, `${role} ${action} ${url}`).toBe(expected);
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
