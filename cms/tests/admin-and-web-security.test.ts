import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { demoAdmins } from '../src/bootstrap/seed/demo-accounts';
import { newLiaison, withStrapi } from './support/app';

/** Issue 10, findings 4, 5 and 9: the admin as a second write path, public drafts, CORS. */
const PORTAL = 'https://portal.expo.example';
const app = withStrapi({ PORTAL_URL: PORTAL, PUBLIC_URL: 'https://cms.expo.example' });

// The marker the running cms checks lives in its compiled modules, not in these sources.
const { asLifecycleService } = createRequire(__filename)(
  path.resolve(__dirname, '..', 'dist', 'src', 'lifecycle', 'service-writes.js'),
) as typeof import('../src/lifecycle/service-writes');
const { guardedFieldsOf } = createRequire(__filename)(
  path.resolve(__dirname, '..', 'dist', 'src', 'access', 'guarded-fields.js'),
) as typeof import('../src/access/guarded-fields');

const adminOf = (roleCode: string) => demoAdmins.find((a) => a.roleCode === roleCode)!;

const adminTokens = new Map<string, string>();
async function adminToken(roleCode: string) {
  const known = adminTokens.get(roleCode);
  if (known) return known;
  const { email, password } = adminOf(roleCode);
  const response = await app.http().post('/admin/login').send({ email, password });
  expect(response.status).toBe(200);
  const token = (response.body.data.token ?? response.body.data.accessToken) as string;
  adminTokens.set(roleCode, token);
  return token;
}

const asAdmin = async (roleCode: string) => {
  const token = await adminToken(roleCode);
  const auth = <T extends { set(h: string, v: string): T }>(request: T) =>
    request.set('Authorization', `Bearer ${token}`);
  return {
    get: (url: string) => auth(app.http().get(url)),
    put: (url: string, body: object) => auth(app.http().put(url)).send(body),
    post: (url: string, body: object) => auth(app.http().post(url)).send(body),
  };
};

/** An order of our own: the demo data has none. */
async function anOrder() {
  return (await app
    .strapi()
    .documents('api::badge-order.badge-order')
    .create({
      data: {
        orderNumber: `T${Date.now()}`,
        editionNumber: 8,
        organizationRef: 'guard-test',
        orderStatus: 'pendingPayment',
        amountFen: 20_000,
        headCount: 1,
      },
    } as never)) as unknown as Record<string, unknown> & { documentId: string };
}

const firstOf = async (uid: string) =>
  (await app
    .strapi()
    .documents(uid as never)
    .findFirst({} as never)) as unknown as Record<string, unknown> & { documentId: string };

const BUSINESS = [
  'api::person.person',
  'api::organization.organization',
  'api::badge-order.badge-order',
  'api::verification-code.verification-code',
  'api::sms-message.sms-message',
];
const collection = (uid: string) => `/content-manager/collection-types/${uid}`;

describe('the Strapi admin edits editorial content only (finding 4)', () => {
  it('shows the content editor exactly news, guides and activities in the content manager', async () => {
    const editor = await asAdmin('strapi-editor');
    const response = await editor.get('/content-manager/init');
    expect(response.status).toBe(200);
    const shown = (response.body.data.contentTypes as { uid: string; isDisplayed: boolean }[])
      .filter((ct) => ct.isDisplayed && ct.uid.startsWith('api::'))
      .map((ct) => ct.uid)
      .sort();
    expect(shown).toEqual(['api::activity.activity', 'api::guide.guide', 'api::news.news']);
  });

  it.each(['strapi-editor', 'strapi-super-admin'])(
    'refuses the %s listing or saving business records (persons, orders, codes, the SMS outbox)',
    async (roleCode) => {
      const admin = await asAdmin(roleCode);
      for (const uid of BUSINESS) {
        expect((await admin.get(collection(uid))).status, uid).toBe(403);
      }
      const person = await firstOf('api::person.person');
      const saved = await admin.put(`${collection('api::person.person')}/${person.documentId}`, {
        name: 'changed in the admin',
        personStatus: 'approved',
      });
      expect(saved.status).toBe(403);
      const stored = await firstOf('api::person.person');
      expect(stored).toMatchObject({ name: person.name, personStatus: person.personStatus });
    },
  );

  it('lets the content editor read and save news', async () => {
    const editor = await asAdmin('strapi-editor');
    const list = await editor.get(`${collection('api::news.news')}?locale=zh-CN`);
    expect(list.status).toBe(200);
    expect(list.body.results.length).toBeGreaterThan(0);
    const news = list.body.results[0] as { documentId: string; title: string };
    const saved = await editor.put(
      `${collection('api::news.news')}/${news.documentId}?locale=zh-CN`,
      { title: `${news.title}（更新）` },
    );
    expect(saved.status).toBe(200);
    expect(saved.body.data.title).toBe(`${news.title}（更新）`);
  });

  it("gives the editor the media library's editorial media, not personal files", async () => {
    const png = await sharp({
      create: { width: 358, height: 441, channels: 3, background: '#ffffff' },
    })
      .png()
      .toBuffer();
    // A personal file as the cms stores one (an ID photo): no admin author.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'media-'));
    const filepath = path.join(folder, 'id-photo.png');
    fs.writeFileSync(filepath, png);
    const [personal] = (await app
      .strapi()
      .plugin('upload')
      .service('upload')
      .upload({
        data: {},
        files: {
          filepath,
          originalFilename: 'id-photo.png',
          mimetype: 'image/png',
          size: png.length,
        },
      })) as { id: number }[];
    const token = await adminToken('strapi-editor');
    const uploaded = await app
      .http()
      .post('/upload')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', png, { filename: 'news-cover.png', contentType: 'image/png' });
    expect(uploaded.status, uploaded.text).toBe(201);
    const editorial = uploaded.body[0] as { id: number };

    const editor = await asAdmin('strapi-editor');
    const list = await editor.get('/upload/files?pageSize=100');
    expect(list.status).toBe(200);
    const ids = (list.body.results as { id: number }[]).map((f) => f.id);
    expect(ids).toContain(editorial.id);
    expect(ids).not.toContain(personal.id);
    expect((await editor.get(`/upload/files/${personal.id}`)).status).toBe(403);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});

describe('the field guard on the document service (finding 4)', () => {
  const documents = (uid: string) => app.strapi().documents(uid as never);

  it.each([
    ['api::person.person', { personStatus: 'approved' }, 'personStatus'],
    ['api::person.person', { organizationRef: 'someone-else' }, 'organizationRef'],
    ['api::badge-order.badge-order', { amountFen: 1 }, 'amountFen'],
    ['api::badge-order.badge-order', { orderStatus: 'paid' }, 'orderStatus'],
    ['api::organization.organization', { reviewStatus: 'approved' }, 'reviewStatus'],
  ])('refuses a script changing %s %o outside the lifecycle service', async (uid, data, field) => {
    const record = uid.includes('badge-order') ? await anOrder() : await firstOf(uid);
    expect(record).toBeTruthy();
    const error = await documents(uid)
      .update({ documentId: record.documentId, data } as never)
      .then(
        () => null,
        (e: { name: string; details: { errors: { path: string[]; code: string }[] } }) => e,
      );
    expect(error?.name).toBe('ForbiddenError');
    expect(error?.details.errors).toEqual([
      expect.objectContaining({ path: [field], code: 'guardedField' }),
    ]);
    const stored = await documents(uid).findOne({ documentId: record.documentId } as never);
    expect((stored as Record<string, unknown>)[field]).toEqual(record[field]);
  });

  it.each([
    ['api::remittance.remittance', 'decision'],
    ['api::bank-statement-line.bank-statement-line', 'matchStatus'],
    ['api::red-letter-invoice.red-letter-invoice', 'confirmationStatus'],
    ['api::badge.badge', 'badgeStatus'],
    ['api::coupon.coupon', 'couponStatus'],
    ['api::activity-signup.activity-signup', 'signupStatus'],
  ])('guards %s %s, a state no machine in config/ names yet', (uid, field) => {
    const { attributes } = app.strapi().contentType(uid as never);
    expect(guardedFieldsOf(uid, attributes).lifecycle.has(field)).toBe(true);
  });

  it('lets other fields change, and the guarded ones inside a lifecycle service', async () => {
    const person = await firstOf('api::person.person');
    const renamed = await documents('api::person.person').update({
      documentId: person.documentId,
      data: { position: '采购经理' },
    } as never);
    expect(renamed).toMatchObject({ position: '采购经理' });
    const moved = await asLifecycleService('test', () =>
      documents('api::person.person').update({
        documentId: person.documentId,
        data: { personStatus: person.personStatus },
      } as never),
    );
    expect(moved).toMatchObject({ personStatus: person.personStatus });
  });

  it('refuses any write to a business record made on behalf of an admin user', async () => {
    const person = await firstOf('api::person.person');
    const adminRequest = { state: { auth: { strategy: { name: 'admin' } } } };
    const error = await app
      .strapi()
      .requestContext.run(adminRequest as never, async () => {
        await documents('api::person.person').update({
          documentId: person.documentId,
          data: { position: 'edited in the admin' },
        } as never);
      })
      .then(
        () => null,
        (e: { name: string; details: { errors: { code: string }[] } }) => e,
      );
    expect(error?.name).toBe('ForbiddenError');
    expect(error?.details.errors[0].code).toBe('adminReadOnly');
  });

  it('refuses the same change through the REST API', async () => {
    const liaison = await newLiaison(app, 'domesticEnterprise');
    const response = await liaison.put(`/api/organizations/${liaison.organizationId}`, {
      data: { reviewStatus: 'approved' },
    });
    expect(response.status).toBe(400);
    const stored = await documents('api::organization.organization').findOne({
      documentId: liaison.organizationId,
    } as never);
    expect(stored).toMatchObject({ reviewStatus: 'draft' });
  });

  it('still lets the lifecycle service move a record, with its audit row', async () => {
    const liaison = await newLiaison(app, 'domesticEnterprise');
    const response = await liaison.post(
      `/api/organizations/${liaison.organizationId}/transitions`,
      { data: { action: 'submit' } },
    );
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ reviewStatus: 'approved' });
    const logs = await documents('api::review-log.review-log').findMany({
      filters: { recordRef: liaison.organizationId },
    } as never);
    expect(logs.length).toBe(2);
  });
});

const EDITORIAL = [
  ['api::news.news', 'news-items'],
  ['api::guide.guide', 'guides'],
  ['api::activity.activity', 'activities'],
] as const;

describe('drafts are not public (finding 5)', () => {
  /** A never-published entry, and a published one whose draft was changed since. */
  async function drafts(uid: string) {
    const documents = app.strapi().documents(uid as never);
    const unpublished = (await documents.create({
      data: { title: `未发布草稿 ${uid}`, slug: `draft-${Date.now()}` },
      locale: 'zh-CN',
    } as never)) as unknown as { documentId: string };
    const published = (await documents.findFirst({
      status: 'published',
      locale: 'zh-CN',
    } as never)) as unknown as { documentId: string; title: string };
    await documents.update({
      documentId: published.documentId,
      locale: 'zh-CN',
      data: { title: `草稿修改 ${uid}` },
    } as never);
    return { unpublished, published };
  }

  for (const [uid, plural] of EDITORIAL) {
    it(`answers only published ${plural} to anonymous callers and liaisons, list and record`, async () => {
      const { unpublished, published } = await drafts(uid);
      for (const caller of [await app.as('public'), await app.as('liaison')]) {
        const list = await caller.get(
          `/api/${plural}?status=draft&locale=zh-CN&pagination[pageSize]=200`,
        );
        expect(list.status).toBe(200);
        const titles = list.body.data.map((e: { title: string }) => e.title);
        expect(titles).toContain(published.title);
        expect(titles.join()).not.toMatch(/草稿/);
        expect(list.body.data.every((e: { publishedAt: string }) => e.publishedAt)).toBe(true);

        const draftOnly = await caller.get(
          `/api/${plural}/${unpublished.documentId}?status=draft&locale=zh-CN`,
        );
        expect(draftOnly.status).toBe(404);
        const changed = await caller.get(
          `/api/${plural}/${published.documentId}?status=draft&locale=zh-CN`,
        );
        expect(changed.status).toBe(200);
        expect(changed.body.data.title).toBe(published.title);
      }
    });

    it(`shows a ${plural} draft to the preview link the admin hands out, for that entry only`, async () => {
      const { unpublished, published } = await drafts(uid);
      const editor = await asAdmin('strapi-editor');
      const link = await editor.get(
        `/content-manager/preview/url/${uid}?documentId=${unpublished.documentId}&locale=zh-CN&status=draft`,
      );
      expect(link.status).toBe(200);
      const url = new URL(link.body.data.url);
      expect(url.origin).toBe(PORTAL);
      const token = url.searchParams.get('preview')!;
      expect(token).toBeTruthy();
      const read = (documentId: string, value = token) =>
        app
          .http()
          .get(`/api/${plural}/${documentId}?status=draft&locale=zh-CN`)
          .set('X-Preview-Token', value);
      const shown = await read(unpublished.documentId);
      expect(shown.status).toBe(200);
      expect(shown.body.data.title).toBe(`未发布草稿 ${uid}`);
      // Another entry, or a forged token, gets the published version only.
      expect((await read(published.documentId)).body.data.title).toBe(published.title);
      const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`;
      expect((await read(unpublished.documentId, forged)).status).toBe(404);
    });
  }

  it('hands out no preview link for business records', async () => {
    const editor = await asAdmin('strapi-super-admin');
    const person = await firstOf('api::person.person');
    const link = await editor.get(
      `/content-manager/preview/url/api::person.person?documentId=${person.documentId}&status=draft`,
    );
    expect(link.body?.data?.url).toBeUndefined();
  });
});

describe('CORS and security headers of the cms (finding 9)', () => {
  it('gives a foreign origin no CORS grant, with or without credentials', async () => {
    for (const request of [
      app.http().get('/api/news-items').set('Origin', 'https://evil.example'),
      app
        .http()
        .options('/admin/login')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST'),
    ]) {
      const response = await request;
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    }
  });

  it('grants the portal and the cms itself, from configuration', async () => {
    for (const origin of [PORTAL, 'https://cms.expo.example']) {
      const response = await app
        .http()
        .options('/api/news-items')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'GET');
      expect(response.headers['access-control-allow-origin']).toBe(origin);
      expect(response.headers['access-control-allow-credentials']).toBe('true');
    }
  });

  it('sends the security headers and no X-Powered-By', async () => {
    const response = await app.http().get('/api/news-items');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(response.headers['content-security-policy']).toContain(`frame-src 'self' ${PORTAL}`);
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
