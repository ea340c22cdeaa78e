import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import supertest from 'supertest';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDatabase, dropDatabase } from '../../../database/embedded';
import { DEMO_PASSWORD, demoAccounts } from '../../src/bootstrap/seed/demo-accounts';
import { bootStrapi, destroyStrapi } from './boot';

export type DemoRole = (typeof demoAccounts)[number]['role'];

/**
 * One Strapi per test file, on its own copy of the seeded template database, dropped after.
 * Returns accessors, since the app exists only once beforeAll has run.
 */
export function withStrapi(env: Record<string, string> = {}) {
  const serverUrl = inject('databaseServerUrl');
  const database = `pvis_test_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  let app: Core.Strapi;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    await createDatabase(serverUrl, database, inject('templateDatabase'));
    app = await bootStrapi(`${serverUrl}/${database}`, env);
  });
  afterAll(async () => {
    if (app) await destroyStrapi(app);
    await dropDatabase(serverUrl, database);
  });

  const http = () => supertest(app.server.httpServer);

  async function login(identifier: string, password = DEMO_PASSWORD) {
    const cached = tokens.get(identifier);
    if (cached) return cached;
    const response = await http().post('/api/auth/local').send({ identifier, password });
    if (response.status !== 200)
      throw new Error(`login ${identifier}: ${response.status} ${response.text}`);
    tokens.set(identifier, response.body.jwt);
    return response.body.jwt as string;
  }

  /** A JWT for the demo account of a role. */
  const tokenOf = (role: DemoRole) => login(demoAccounts.find((a) => a.role === role)!.username);

  return {
    strapi: () => app,
    http,
    login,
    tokenOf,
    /** Authenticated request helpers for a role, or anonymous for 'public'. */
    as: async (role: DemoRole | 'public') => {
      const token = role === 'public' ? null : await tokenOf(role);
      const auth = (request: supertest.Test) =>
        token ? request.set('Authorization', `Bearer ${token}`) : request;
      return {
        get: (url: string) => auth(http().get(url)),
        post: (url: string, body?: object) => auth(http().post(url)).send(body),
        put: (url: string, body?: object) => auth(http().put(url)).send(body),
        delete: (url: string) => auth(http().delete(url)),
      };
    },
  };
}

/** A fresh, confirmed account of a portal role (password `Secret#2025`). */
export async function newAccount(
  app: ReturnType<typeof withStrapi>,
  roleType: string,
  username = `${roleType}-${crypto.randomBytes(4).toString('hex')}`,
) {
  const strapi = app.strapi();
  const role = await strapi
    .documents('plugin::users-permissions.role')
    .findFirst({ filters: { type: roleType } } as never);
  const user = await strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username,
      email: `${username}@example.com`,
      password: 'Secret#2025',
      provider: 'local',
      confirmed: true,
      role: role?.id,
    });
  return { user: user as { documentId: string }, username };
}

/**
 * A fresh liaison account with a draft organization of the given category in the Shanghai
 * Xuhui sub-delegation (inside the demo reviewer's subtree); returns its token and organization.
 */
export async function newLiaison(app: ReturnType<typeof withStrapi>, category: string) {
  const strapi = app.strapi();
  const delegation = (await strapi
    .documents('api::delegation.delegation')
    .findFirst({ filters: { code: 'shanghai-xuhui' } } as never)) as unknown as {
    documentId: string;
    path: string;
  };
  const suffix = crypto.randomBytes(4).toString('hex');
  const items = await strapi
    .documents('api::exhibition-item.exhibition-item')
    .findMany({ fields: ['documentId'], limit: 2 } as never);
  // Complete but for licence and consent, which go through their routes below.
  const organization = await strapi.documents('api::organization.organization').create({
    data: {
      editionNumber: 8,
      category,
      name: `徐汇测试单位 ${suffix}`,
      creditCode: `TEST${suffix}`,
      address: '上海市徐汇区示例路 2 号',
      contactName: '测试联系人',
      contactMobile: '13900000002',
      contactEmail: `contact-${suffix}@example.com`,
      visitPurposes: ['purchasing'],
      interests: items.map((item) => item.documentId),
      delegation: delegation.documentId,
      delegationPath: delegation.path,
      reviewStatus: 'draft',
    },
  } as never);
  const { user, username } = await newAccount(app, 'liaison', `liaison-${suffix}`);
  await strapi.documents('plugin::users-permissions.user').update({
    documentId: user.documentId,
    data: { organization: organization.documentId },
  } as never);
  const token = await app.login(username, 'Secret#2025');
  const as = (request: supertest.Test) => request.set('Authorization', `Bearer ${token}`);
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  await as(app.http().post(`/api/organizations/${organization.documentId}/licence`)).attach(
    'file',
    png,
    'licence.png',
  );
  await as(app.http().post(`/api/organizations/${organization.documentId}/consent`));
  return {
    organizationId: organization.documentId,
    token,
    get: (url: string) => as(app.http().get(url)),
    post: (url: string, body?: object) => as(app.http().post(url)).send(body),
    put: (url: string, body?: object) => as(app.http().put(url)).send(body),
    delete: (url: string) => as(app.http().delete(url)),
    /** A multipart upload of one file under the field `file`. */
    upload: (url: string, bytes: Buffer, name: string) =>
      as(app.http().post(url)).attach('file', bytes, name),
  };
}
