import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLiaison, withStrapi } from './support/app';
import { fieldsOf } from './support/field-errors';
import { residentId } from './support/identities';
import { openMailbox } from './support/mailbox';

/** Issue 4 item 5, over HTTP: 快邀请 → 邀请单位同事, from the liaison's QR code to confirmation. */
const mailbox = await openMailbox();
await mailbox.start();
const JOIN_LIMIT = 40;
const app = withStrapi({
  SMTP_PORT: String(mailbox.port),
  COLLEAGUE_JOIN_PER_IP_PER_HOUR: String(JOIN_LIMIT),
});
afterAll(() => mailbox.stop());

const PERSON = 'api::person.person';
const DEMO_ORGANIZATION = '上海浦东示范进口贸易有限公司';

let serial = 0;
const nextMobile = () => `1370000${String(1000 + serial).slice(-4)}`;

/** A colleague's form as the phone page sends it. */
function colleague(extra: Record<string, unknown> = {}) {
  serial += 1;
  return {
    name: `同事${serial}`,
    gender: 'female',
    regionType: 'mainland',
    idType: 'residentId',
    idNumber: residentId(),
    position: '采购专员',
    mobile: nextMobile(),
    email: `colleague-${serial}-${Date.now()}@example.com`,
    password: 'Colleague2025',
    passwordConfirmation: 'Colleague2025',
    ...extra,
  };
}

const tokenOf = (link: string) => decodeURIComponent(link.split('/join/')[1]);
const join = (token: string, data: Record<string, unknown>) =>
  app
    .http()
    .post(`/api/invitations/join/${encodeURIComponent(token)}`)
    .send({ data });
const open = (token: string) =>
  app.http().get(`/api/invitations/join/${encodeURIComponent(token)}`);
const count = (uid: string, filters: Record<string, unknown> = {}) =>
  app
    .strapi()
    .documents(uid as never)
    .count({ filters } as never);
const personOf = (documentId: string) =>
  app
    .strapi()
    .documents(PERSON)
    .findOne({ documentId } as never) as Promise<Record<string, unknown> | null>;

let link = '';
let token = '';

beforeAll(async () => {
  const liaison = await app.as('liaison');
  const response = await liaison.get('/api/invitations/current');
  link = response.body.data.link;
  token = tokenOf(link);
});

describe('the liaison invitation card', () => {
  it('gives the liaison one signed, expiring link for the organization, the same on every visit', async () => {
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:5173\/join\/[^/]+$/);
    const liaison = await app.as('liaison');
    const again = await liaison.get('/api/invitations/current');
    expect(again.status).toBe(200);
    expect(again.body.data.link).toBe(link);
    const days = (Date.parse(again.body.data.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
  });

  it('serves the link as a PNG QR code that decodes to the link', async () => {
    const liaison = await app.as('liaison');
    const response = await liaison
      .get('/api/invitations/current/qr.png')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-disposition']).toContain('.png');
    const png = PNG.sync.read(response.body as Buffer);
    expect(png.width).toBe(480);
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(link);
  });

  it('is not open to colleagues, reviewers or the public', async () => {
    for (const role of ['colleague', 'delegation-reviewer', 'operations', 'public'] as const) {
      const client = await app.as(role);
      expect((await client.get('/api/invitations/current')).status, role).toBe(403);
      expect((await client.post('/api/invitations/current')).status, role).toBe(403);
    }
  });

  it('gives a draft organization no link (409: submit the organization first)', async () => {
    const draft = await newLiaison(app, 'domesticEnterprise');
    const response = await draft.get('/api/invitations/current');
    expect(response.status).toBe(409);
    expect(response.body.error.details.errors[0]).toMatchObject({
      path: ['organization'],
      code: 'organizationNotSubmitted',
    });
    expect(
      await count('api::invitation.invitation', { organizationRef: draft.organizationId }),
    ).toBe(0);
  });
});

describe('a colleague registering through the link', () => {
  it('opens publicly and names the organization', async () => {
    const response = await open(token);
    expect(response.status).toBe(200);
    expect(response.body.data.organization.name).toBe(DEMO_ORGANIZATION);
  });

  it('creates a person to confirm and a colleague account that sees only that person', async () => {
    const form = colleague();
    const response = await join(token, form);
    expect(response.status, response.text).toBe(201);
    const { jwt, person } = response.body.data;
    expect(jwt).toEqual(expect.any(String));
    const stored = await personOf(person.documentId);
    expect(stored).toMatchObject({
      name: form.name,
      idNumber: form.idNumber,
      personStatus: 'toConfirm',
      source: 'colleague',
      editionNumber: 8,
      position: '采购专员',
      email: form.email,
    });
    expect(stored?.personNumber).toMatch(/^P8-\d{7}$/);

    // The colleague logs in later with their mobile number and password.
    const session = await app
      .http()
      .post('/api/auth/local')
      .send({ identifier: form.mobile, password: form.password });
    expect(session.status).toBe(200);
    const auth = { Authorization: `Bearer ${session.body.jwt}` };
    const me = await app.http().get('/api/session').set(auth);
    expect(me.body.data.role).toBe('colleague');
    const list = await app.http().get('/api/persons').set(auth);
    expect(list.body.data.map((p: { documentId: string }) => p.documentId)).toEqual([
      person.documentId,
    ]);
    // The link's person is found by the whole number like any other (docs/id-numbers.md).
    const linkOwner = await app.as('liaison');
    const found = await linkOwner.get(`/api/persons?filters[idNumber][$eq]=${form.idNumber}`);
    expect(found.body.data.map((p: { documentId: string }) => p.documentId)).toEqual([
      person.documentId,
    ]);
    const [demoColleague] = await app
      .strapi()
      .documents(PERSON)
      .findMany({ filters: { name: '李娜' } } as never);
    expect(
      (await app.http().get(`/api/persons/${demoColleague.documentId}`).set(auth)).status,
    ).toBe(404);
    // Colleagues cannot confirm themselves.
    const self = await app
      .http()
      .post(`/api/persons/${person.documentId}/transitions`)
      .set(auth)
      .send({ data: { action: 'confirm' } });
    expect(self.status).toBe(403);

    // The liaison sees them "to confirm", with the buttons the machine allows.
    const liaison = await app.as('liaison');
    const toConfirm = await liaison.get('/api/persons?filters[personStatus][$eq]=toConfirm');
    const row = toConfirm.body.data.find(
      (p: { documentId: string }) => p.documentId === person.documentId,
    );
    expect(row.allowedActions).toEqual(expect.arrayContaining(['confirm', 'decline']));
  });

  it('refuses a wrong ID number with field errors in Chinese and English, writing nothing', async () => {
    const persons = await count(PERSON);
    const users = await count('plugin::users-permissions.user');
    const response = await join(token, colleague({ idNumber: '110105199001011234', gender: '' }));
    expect(response.status).toBe(400);
    const errors = response.body.error.details.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: ['idNumber'],
          zh: expect.any(String),
          en: expect.any(String),
        }),
        expect.objectContaining({ path: ['gender'], code: 'required' }),
      ]),
    );
    const wrongType = await join(token, colleague({ regionType: 'foreign' }));
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.details.errors[0]).toMatchObject({
      path: ['idType'],
      code: 'idTypeNotAllowedForRegion',
    });
    const sneaky = await join(token, colleague({ personStatus: 'approved' }));
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.error.details.errors[0]).toMatchObject({ path: ['personStatus'] });
    const weak = await join(token, colleague({ password: 'short', passwordConfirmation: 'short' }));
    expect(weak.status).toBe(400);
    expect(await count(PERSON)).toBe(persons);
    expect(await count('plugin::users-permissions.user')).toBe(users);
  });

  it('refuses the same person twice with 409 naming the ID number, and a used mobile with 409', async () => {
    const first = colleague();
    expect((await join(token, first)).status).toBe(201);
    const persons = await count(PERSON);
    const users = await count('plugin::users-permissions.user');
    const again = await join(token, colleague({ idNumber: first.idNumber.toLowerCase() }));
    expect(again.status).toBe(409);
    expect(again.body.error.details.errors[0]).toMatchObject({ path: ['idNumber'] });
    const sameMobile = await join(token, colleague({ mobile: first.mobile }));
    expect(sameMobile.status).toBe(409);
    expect(sameMobile.body.error.details.errors[0]).toMatchObject({ path: ['mobile'] });
    expect(await count(PERSON)).toBe(persons);
    expect(await count('plugin::users-permissions.user')).toBe(users);
  });

  it('answers 410 for a link the liaison replaced, and for an expired one', async () => {
    const liaison = await app.as('liaison');
    const renewed = await liaison.post('/api/invitations/current');
    expect(renewed.status).toBe(201);
    expect(renewed.body.data.link).not.toBe(link);
    const revoked = await open(token);
    expect(revoked.status).toBe(410);
    expect(revoked.body.error.details.errors[0]).toMatchObject({
      code: 'linkRevoked',
      zh: expect.stringContaining('失效'),
    });
    expect((await join(token, colleague())).status).toBe(410);
    token = tokenOf(renewed.body.data.link);
    expect((await open(token)).status).toBe(200);

    // A link issued with a lifetime that has run out (as if 30 days had passed).
    process.env.COLLEAGUE_LINK_DAYS = String(-1 / 24);
    let expiredToken: string;
    try {
      expiredToken = tokenOf((await liaison.post('/api/invitations/current')).body.data.link);
    } finally {
      delete process.env.COLLEAGUE_LINK_DAYS;
    }
    const persons = await count(PERSON);
    const expired = await join(expiredToken, colleague());
    expect(expired.status).toBe(410);
    expect(expired.body.error.details.errors[0]).toMatchObject({ code: 'linkExpired' });
    expect(await count(PERSON)).toBe(persons);
    // The card then issues a fresh link by itself.
    const fresh = await liaison.get('/api/invitations/current');
    expect(fresh.status).toBe(201);
    token = tokenOf(fresh.body.data.link);
    expect((await open(token)).status).toBe(200);
    expect((await open(`${token}x`)).status).toBe(410);
  });
});

describe('the liaison confirming colleagues', () => {
  it('confirms in bulk, with a per-row result for a row that cannot be confirmed', async () => {
    const forms = [colleague(), colleague()];
    const ids: string[] = [];
    for (const form of forms) ids.push((await join(token, form)).body.data.person.documentId);
    const [alreadyConfirmed] = await app
      .strapi()
      .documents(PERSON)
      .findMany({ filters: { name: '李娜' } } as never);
    const liaison = await app.as('liaison');
    const response = await liaison.post('/api/persons/bulk-transitions', {
      data: { documentIds: [...ids, alreadyConfirmed.documentId], action: 'confirm' },
    });
    expect(response.status).toBe(200);
    expect(response.body.data.succeeded.sort()).toEqual([...ids].sort());
    expect(response.body.data.failed).toEqual([
      expect.objectContaining({
        documentId: alreadyConfirmed.documentId,
        code: 'notAllowedFromState',
        zh: expect.any(String),
        en: expect.any(String),
      }),
    ]);
    // The organization is approved and the badges are paid: on to payment.
    for (const id of ids) expect((await personOf(id))?.personStatus).toBe('pendingPayment');
    expect((await personOf(alreadyConfirmed.documentId))?.personStatus).toBe('pendingPayment');
    const history = await liaison.get(`/api/persons/${ids[0]}/history`);
    expect(history.body.data).toEqual([
      expect.objectContaining({
        action: 'confirm',
        fromState: 'toConfirm',
        toState: 'pendingPayment',
        actorRole: 'liaison',
      }),
    ]);
    const mail = await mailbox.waitFor(forms[0].email, (m) => m.subject.includes('已确认'));
    expect(mail.text).toContain(forms[0].name);
  });

  it('declines a colleague with a reason, which the colleague is mailed', async () => {
    const form = colleague();
    const id = (await join(token, form)).body.data.person.documentId;
    const liaison = await app.as('liaison');
    const response = await liaison.post(`/api/persons/${id}/transitions`, {
      data: { action: 'decline', reason: '非本单位员工' },
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ personStatus: 'declined' });
    expect(await personOf(id)).toMatchObject({
      personStatus: 'declined',
      rejectionReason: '非本单位员工',
    });
    const mail = await mailbox.waitFor(form.email, (m) => m.subject.includes('未确认'));
    expect(mail.text).toContain('非本单位员工');
  });

  it('refuses a bulk request without records or action (400)', async () => {
    const liaison = await app.as('liaison');
    const response = await liaison.post('/api/persons/bulk-transitions', { data: {} });
    expect(response.status).toBe(400);
    expect(fieldsOf(response)).toEqual(['documentIds', 'action']);
  });

  it("keeps another organization's invitation and colleagues out of reach (404)", async () => {
    const id = (await join(token, colleague())).body.data.person.documentId;
    const [demoInvitation] = await app
      .strapi()
      .documents('api::invitation.invitation')
      .findMany({ filters: { kind: 'colleague', revokedAt: { $null: true } } } as never);
    const other = await newLiaison(app, 'domesticEnterprise');
    expect((await other.get(`/api/invitations/${demoInvitation.documentId}`)).status).toBe(404);
    expect((await other.get(`/api/persons/${id}`)).status).toBe(404);
    expect(
      (await other.post(`/api/persons/${id}/transitions`, { data: { action: 'confirm' } })).status,
    ).toBe(404);
    const bulk = await other.post('/api/persons/bulk-transitions', {
      data: { documentIds: [id], action: 'decline' },
    });
    expect(bulk.status).toBe(200);
    expect(bulk.body.data).toEqual({
      succeeded: [],
      failed: [expect.objectContaining({ documentId: id, code: 'notFound' })],
    });
    expect((await personOf(id))?.personStatus).toBe('toConfirm');
  });
});

describe('the public join page under load', () => {
  it(`answers 429 with retryAfter once an address has registered ${JOIN_LIMIT} times in an hour`, async () => {
    let refused: { status: number; body: { error: { details: { retryAfter: number } } } } | null =
      null;
    for (let i = 0; i <= JOIN_LIMIT && !refused; i += 1) {
      const response = await join(token, {});
      if (response.status === 429) refused = response;
      else expect(response.status).toBe(400);
    }
    expect(refused?.body.error.details.retryAfter).toBeGreaterThan(0);
  });
});
