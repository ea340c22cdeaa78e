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
export function withStrapi() {
  const serverUrl = inject('databaseServerUrl');
  const database = `pvis_test_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  let app: Core.Strapi;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    await createDatabase(serverUrl, database, inject('templateDatabase'));
    app = await bootStrapi(`${serverUrl}/${database}`);
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
