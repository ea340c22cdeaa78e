import { describe, expect, it } from 'vitest';
import { permissionsOf, syncRolesAndPermissions } from '../src/access/permissions';
import { portalRoles } from '../src/access/roles';
import { withStrapi } from './support/app';

const app = withStrapi();

describe('session', () => {
  it.each([
    ['liaison', { organization: expect.objectContaining({ reviewStatus: 'approved' }) }],
    ['colleague', { organization: expect.objectContaining({ name: expect.any(String) }) }],
    ['delegation-reviewer', { delegation: expect.objectContaining({ code: 'shanghai' }) }],
    ['finance', { organization: null, delegation: null }],
    ['operations', { organization: null, delegation: null }],
  ] as const)('tells a %s its role and what it works on', async (role, expected) => {
    const response = await (await app.as(role)).get('/api/session');
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ role, ...expected });
    expect(response.body.data.user).not.toHaveProperty('password');
  });

  it('notices a blocked account or a new role at once, though authentication is cached', async () => {
    const strapi = app.strapi();
    const roles = strapi.documents('plugin::users-permissions.role');
    const roleId = async (type: string) =>
      ((await roles.findFirst({ filters: { type } } as never)) as unknown as { id: number }).id;
    const users = strapi.plugin('users-permissions').service('user');
    const user = await users.add({
      username: 'cache-probe',
      email: 'cache-probe@example.com',
      password: 'Secret#2025',
      provider: 'local',
      confirmed: true,
      role: await roleId('operations'),
    });
    const token = await app.login('cache-probe', 'Secret#2025');
    const session = () => app.http().get('/api/session').set('Authorization', `Bearer ${token}`);
    expect((await session()).body.data.role).toBe('operations');
    expect((await session()).status).toBe(200); // now answered from the cache

    await users.edit(user.id, { role: await roleId('finance') });
    expect((await session()).body.data.role).toBe('finance');

    await users.edit(user.id, { blocked: true });
    expect((await session()).status).toBe(401);
  });

  it('refuses an anonymous caller', async () => {
    expect((await app.http().get('/api/session')).status).toBe(403);
  });

  it('gives the liaison the progress flow from the real states', async () => {
    const response = await (await app.as('liaison')).get('/api/visitor/progress');
    expect(response.status).toBe(200);
    expect(
      response.body.data.steps.map((s: { key: string; state: string }) => `${s.key}:${s.state}`),
    ).toEqual([
      'organization:finish',
      'persons:finish',
      'payment:process',
      'personReview:wait',
      'production:wait',
      'issuance:wait',
    ]);
  });

  it('does not give other roles the liaison progress flow', async () => {
    expect((await (await app.as('finance')).get('/api/visitor/progress')).status).toBe(403);
  });

  it('refuses a wrong password with 400 and no token', async () => {
    const response = await app
      .http()
      .post('/api/auth/local')
      .send({ identifier: 'finance', password: 'wrong' });
    expect(response.status).toBe(400);
    expect(response.body.jwt).toBeUndefined();
  });

  it('keeps the open self-registration route closed', async () => {
    const response = await app
      .http()
      .post('/api/auth/local/register')
      .send({ username: 'intruder', email: 'intruder@example.com', password: 'Secret#123' });
    expect(response.status).toBe(403);
  });
});

describe('public', () => {
  it('health answers 204', async () => {
    expect((await app.http().get('/_health')).status).toBe(204);
  });

  it('reads published news in Chinese by default and in English on request', async () => {
    const zh = await app.http().get('/api/news-items').query({ sort: 'publishedAt:desc' });
    expect(zh.status).toBe(200);
    expect(zh.body.data.length).toBeGreaterThan(0);
    expect(zh.body.data[0].locale).toBe('zh-CN');
    expect(zh.body.data[0].title).toMatch(/[\u4e00-\u9fff]/);
    const en = await app.http().get('/api/news-items').query({ locale: 'en' });
    expect(en.body.data[0].locale).toBe('en');
    expect(en.body.data[0].title).toMatch(/[A-Za-z]/);
  });

  it('does not see drafts of editorial content', async () => {
    await app
      .strapi()
      .documents('api::news.news')
      .create({ locale: 'zh-CN', data: { title: '未发布的草稿新闻' } } as never);
    const response = await app.http().get('/api/news-items').query({ 'pagination[pageSize]': 100 });
    expect(response.body.data.map((n: { title: string }) => n.title)).not.toContain(
      '未发布的草稿新闻',
    );
  });

  it('reads the edition, delegations and taxonomy the registration wizard needs', async () => {
    const editions = await app.http().get('/api/editions').query({ 'filters[current][$eq]': true });
    expect(editions.body.data[0]).toMatchObject({
      number: 8,
      startsOn: '2025-11-05',
      endsOn: '2025-11-10',
    });
    const delegations = await app
      .http()
      .get('/api/delegations')
      .query({ 'filters[depth][$eq]': 0, 'pagination[pageSize]': 100 });
    expect(delegations.body.meta.pagination.total).toBe(43);
    const shanghai = delegations.body.data.find((d: { code: string }) => d.code === 'shanghai');
    expect(shanghai.referralCode).toBe('Q2021537');
    const areas = await app.http().get('/api/exhibition-areas');
    expect(areas.body.meta.pagination.total).toBe(7);
  });

  it('reads nothing private', async () => {
    for (const route of [
      '/api/organizations',
      '/api/persons',
      '/api/badge-orders',
      '/api/review-logs',
      '/api/sms-messages',
    ]) {
      expect((await app.http().get(route)).status, route).toBe(403);
    }
  });
});

describe('roles and permissions', () => {
  it('holds exactly the permissions the access table declares, and syncing again changes nothing', async () => {
    const strapi = app.strapi();
    await syncRolesAndPermissions(strapi);
    for (const role of [...portalRoles.map((r) => r.type), 'public'] as const) {
      const stored = await strapi.documents('plugin::users-permissions.role').findFirst({
        filters: { type: role },
        populate: { permissions: { fields: ['action'] } },
      } as never);
      const actions = (
        (stored as unknown as { permissions: { action: string }[] }).permissions ?? []
      ).map((p) => p.action);
      expect(new Set(actions), role).toEqual(permissionsOf(role));
      expect(actions.length, `${role} has no duplicate permission rows`).toBe(
        new Set(actions).size,
      );
    }
  });
});
