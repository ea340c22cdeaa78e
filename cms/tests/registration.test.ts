import { afterAll, describe, expect, it } from 'vitest';
import { withStrapi } from './support/app';
import { fieldsOf } from './support/field-errors';
import { creditCode } from './support/identities';
import { openMailbox } from './support/mailbox';
import { resetPasswordBySms } from './support/reset-by-code';
import { openSmsCatcher } from './support/sms';

/** Issue 3, visitor side, over HTTP: codes, registration, licence, submit, returning, reset. */
const mailbox = await openMailbox();
await mailbox.start();
const sms = await openSmsCatcher();
const app = withStrapi({ SMTP_PORT: String(mailbox.port), ...sms.env });
afterAll(async () => {
  await mailbox.stop();
  await sms.stop();
});

let mobileCounter = 0;
const nextMobile = () =>
  `139${String(Date.now() % 100_000_000)
    .padStart(8, '0')
    .slice(0, 6)}${String(mobileCounter++).padStart(2, '0')}`;

/** The code in the last SMS to `to`, as the phone received it. */
const lastSmsCode = async (to: string) => sms.lastCode(to);
const sendSms = (target: string, purpose = 'register') =>
  app
    .http()
    .post('/api/verification-codes')
    .send({ data: { channel: 'sms', target, purpose } });

const organizationCount = () =>
  app
    .strapi()
    .documents('api::organization.organization')
    .count({} as never);
const shanghaiXuhui = async () =>
  (await app
    .strapi()
    .documents('api::delegation.delegation')
    .findFirst({ filters: { code: 'shanghai-xuhui' } } as never))!.documentId;

async function register(extra: Record<string, unknown> = {}) {
  const mobile = nextMobile();
  await sendSms(mobile);
  const code = await lastSmsCode(mobile);
  return app
    .http()
    .post('/api/registration')
    .send({
      data: {
        category: 'domesticEnterprise',
        delegation: await shanghaiXuhui(),
        creditCode: creditCode(),
        email: `org${mobileCounter}-${Date.now()}@example.com`,
        mobile,
        smsCode: code,
        password: 'Visitor2025',
        ...extra,
      },
    });
}

describe('verification codes', () => {
  it('sends a six-digit SMS code through the provider and refuses a second within a minute', async () => {
    const mobile = nextMobile();
    const first = await sendSms(mobile);
    expect(first.status).toBe(202);
    expect(await lastSmsCode(mobile)).toMatch(/^\d{6}$/);
    const again = await sendSms(mobile);
    expect(again.status).toBe(429);
    expect(again.body.error.details.errors[0]).toMatchObject({
      path: ['target'],
      code: 'tooFrequent',
    });
  });

  it('refuses a malformed number with a field error', async () => {
    const response = await sendSms('12345');
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({
      path: ['target'],
      code: 'invalidMobile',
      zh: '手机号码格式不正确',
    });
  });

  it('invalidates a code after five wrong entries', async () => {
    const mobile = nextMobile();
    await sendSms(mobile);
    const right = await lastSmsCode(mobile);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) {
      const response = await register({ mobile, smsCode: wrong });
      expect(response.status).toBe(400);
    }
    const late = await app
      .http()
      .post('/api/registration')
      .send({
        data: {
          category: 'domesticEnterprise',
          delegation: await shanghaiXuhui(),
          creditCode: creditCode(),
          email: 'late@example.com',
          mobile,
          smsCode: right,
          password: 'Visitor2025',
        },
      });
    expect(late.body.error.details.errors[0]).toMatchObject({
      path: ['smsCode'],
      code: 'codeInvalidated',
    });
  });

  it('refuses an expired code', async () => {
    const mobile = nextMobile();
    await sendSms(mobile);
    const code = await lastSmsCode(mobile);
    const [row] = await app
      .strapi()
      .documents('api::verification-code.verification-code')
      .findMany({ filters: { target: mobile } } as never);
    await app
      .strapi()
      .documents('api::verification-code.verification-code')
      .update({
        documentId: row.documentId,
        data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      } as never);
    const response = await register({ mobile, smsCode: code });
    expect(response.body.error.details.errors[0]).toMatchObject({
      path: ['smsCode'],
      code: 'codeExpired',
    });
  });
});

describe('registration', () => {
  it('creates the liaison account and a draft organization in the chosen sub-delegation', async () => {
    const response = await register();
    expect(response.status).toBe(201);
    expect(response.body.data.jwt).toEqual(expect.any(String));
    expect(response.body.data.organization).toMatchObject({
      reviewStatus: 'draft',
      editionNumber: 8,
      delegationPath: '/shanghai/shanghai-xuhui/',
      referralCode: 'Q2021537',
    });
    const session = await app
      .http()
      .get('/api/session')
      .set('Authorization', `Bearer ${response.body.data.jwt}`);
    expect(session.body.data).toMatchObject({
      role: 'liaison',
      organization: { reviewStatus: 'draft' },
    });
  });

  it('selects the delegation from the referral code', async () => {
    const response = await register({ delegation: undefined, referralCode: 'q2021537' });
    expect(response.status).toBe(201);
    expect(response.body.data.organization.delegationPath).toBe('/shanghai/');
  });

  it('reports every bad field at once and writes nothing', async () => {
    const before = await organizationCount();
    const response = await app
      .http()
      .post('/api/registration')
      .send({
        data: {
          category: 'domesticGovernmentAgency',
          creditCode: '91310000MA1K4C3D71',
          email: 'x',
          mobile: '123',
          smsCode: '1',
          password: 'short',
          referralCode: 'Q0000000',
        },
      });
    expect(response.status).toBe(400);
    const fields = response.body.error.details.errors.map(
      (e: { path: string[]; code: string }) => `${e.path[0]}:${e.code}`,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'mobile:invalidMobile',
        'email:invalidEmail',
        'creditCode:invalidCreditCode',
        'password:weakPassword',
        'referralCode:unknownReferralCode',
      ]),
    );
    expect(await organizationCount()).toBe(before);
  });

  it('a domestic organization cannot register without a delegation', async () => {
    const response = await register({ delegation: undefined });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({
      path: ['delegation'],
      code: 'delegationRequired',
    });
  });

  it('an overseas organization registers with its email as the account and no delegation', async () => {
    const email = `overseas-${Date.now()}@example.com`;
    const response = await register({
      category: 'overseasEnterprise',
      delegation: undefined,
      creditCode: undefined,
      email,
    });
    expect(response.status).toBe(201);
    const login = await app
      .http()
      .post('/api/auth/local')
      .send({ identifier: email, password: 'Visitor2025' });
    expect(login.status).toBe(200);
  });
});

describe('an overseas liaison with a number abroad (issue 11)', () => {
  /** The code in the last registration mail to `email`. */
  const emailCode = async (email: string) => {
    const sent = await app
      .http()
      .post('/api/verification-codes')
      .send({ data: { channel: 'email', target: email, purpose: 'register' } });
    expect(sent.status).toBe(202);
    const mail = await mailbox.waitFor(email);
    return /(\d{6})/.exec(mail.text)?.[1];
  };
  const registerOverseas = async (email: string, extra: Record<string, unknown>) =>
    app
      .http()
      .post('/api/registration')
      .send({
        data: {
          category: 'overseasEnterprise',
          email,
          password: 'Visitor2025',
          ...extra,
        },
      });

  it('registers with a UK mobile, proving the account email by an email code, and stores E.164', async () => {
    const email = `uk-${Date.now()}@example.co.uk`;
    const code = await emailCode(email);
    const response = await registerOverseas(email, {
      mobile: '+44 7911 123456',
      emailCode: code,
    });
    expect(response.status).toBe(201);
    const { organization, jwt } = response.body.data;
    expect(organization).toMatchObject({ contactMobile: '+447911123456', contactEmail: email });
    expect(organization.mobileVerifiedAt).toBeNull();
    const me = await app
      .http()
      .get('/api/users/me')
      .set({ Authorization: `Bearer ${jwt}` });
    expect(me.status).toBe(200);
    const login = await app
      .http()
      .post('/api/auth/local')
      .send({ identifier: email, password: 'Visitor2025' });
    expect(login.status).toBe(200);
  });

  it('is asked for the email code, not an SMS code, when the number is abroad', async () => {
    const before = await organizationCount();
    const response = await registerOverseas(`uk-nocode-${Date.now()}@example.co.uk`, {
      mobile: '+447911123456',
      smsCode: '123456',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({ path: ['emailCode'] });
    expect(await organizationCount()).toBe(before);
  });

  it('refuses a number no country uses with a zh/en field error and writes nothing', async () => {
    const before = await organizationCount();
    const response = await registerOverseas(`uk-bad-${Date.now()}@example.co.uk`, {
      mobile: '+44 791112345',
      emailCode: '123456',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([
      expect.objectContaining({
        path: ['mobile'],
        code: 'invalidMobile',
        zh: '手机号码格式不正确（境外号码请以 + 和国家或地区代码开头）',
        en: 'Invalid mobile number (an overseas number starts with + and the country code)',
      }),
    ]);
    expect(await organizationCount()).toBe(before);
  });

  it('keeps domestic organizations to mainland numbers', async () => {
    const response = await register({ mobile: '+447911123456' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({
      path: ['mobile'],
      code: 'invalidMobile',
      zh: '手机号码格式不正确',
    });
  });

  it('lets the overseas liaison keep an international contact mobile in the wizard', async () => {
    const email = `uk-draft-${Date.now()}@example.co.uk`;
    const created = await registerOverseas(email, {
      mobile: '+447911123456',
      emailCode: await emailCode(email),
    });
    const { jwt, organization } = created.body.data;
    const auth = { Authorization: `Bearer ${jwt}` };
    const saved = await app
      .http()
      .put(`/api/organizations/${organization.documentId}`)
      .set(auth)
      .send({ data: { contactMobile: '+1 415 555 2671', contactName: ' Ann ' } });
    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({ contactMobile: '+14155552671', contactName: 'Ann' });
    const bad = await app
      .http()
      .put(`/api/organizations/${organization.documentId}`)
      .set(auth)
      .send({ data: { contactMobile: '+1 415', contactName: 'Bob' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0]).toMatchObject({
      path: ['contactMobile'],
      code: 'invalidMobile',
    });
    const stored = await app
      .strapi()
      .documents('api::organization.organization')
      .findOne({ documentId: organization.documentId } as never);
    expect(stored).toMatchObject({ contactMobile: '+14155552671', contactName: 'Ann' });
  });
});

describe('registration conflicts', () => {
  it('answers 409 on the credit code when the organization is already registered', async () => {
    const registered = creditCode();
    const first = await register({ creditCode: registered });
    expect(first.status).toBe(201);
    const second = await register({ creditCode: registered });
    expect(second.status).toBe(409);
    expect(second.body.error.details.errors[0]).toMatchObject({
      path: ['creditCode'],
      code: 'alreadyRegistered',
    });
  });
});

describe('the wizard after the account: licence, details, consent, submit', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );

  it('submits a complete enterprise and is approved at once, with a mail', async () => {
    const registered = await register();
    const { jwt, organization } = registered.body.data;
    const auth = { Authorization: `Bearer ${jwt}` };
    const incomplete = await app
      .http()
      .post(`/api/organizations/${organization.documentId}/transitions`)
      .set(auth)
      .send({ data: { action: 'submit' } });
    expect(incomplete.status).toBe(400);
    expect(fieldsOf(incomplete)).toEqual(
      expect.arrayContaining([
        'name',
        'address',
        'contactName',
        'visitPurposes',
        'interests',
        'privacyConsent',
        'businessLicence',
      ]),
    );

    const notImage = await app
      .http()
      .post(`/api/organizations/${organization.documentId}/licence`)
      .set(auth)
      .attach('file', Buffer.from('not an image at all'), 'licence.png');
    expect(notImage.status).toBe(400);
    expect(notImage.body.error.details.errors[0]).toMatchObject({
      path: ['file'],
      code: 'fileType',
    });
    const tooLarge = await app
      .http()
      .post(`/api/organizations/${organization.documentId}/licence`)
      .set(auth)
      .attach('file', Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]), 'big.png');
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error.details.errors[0].code).toBe('fileTooLarge');
    const licence = await app
      .http()
      .post(`/api/organizations/${organization.documentId}/licence`)
      .set(auth)
      .attach('file', png, 'licence.png');
    expect(licence.status).toBe(200);
    expect(licence.body.data.businessLicence.mime).toBe('image/png');

    const items = await app.http().get('/api/exhibition-items?pagination[pageSize]=2');
    const saved = await app
      .http()
      .put(`/api/organizations/${organization.documentId}`)
      .set(auth)
      .send({
        data: {
          name: '上海徐汇示例贸易有限公司',
          address: '上海市徐汇区示例路 1 号',
          contactName: '刘洋',
          contactMobile: '13900000001',
          contactEmail: organization.contactEmail,
          visitPurposes: ['purchasing'],
          interests: items.body.data.map((i: { documentId: string }) => i.documentId),
        },
      });
    expect(saved.status).toBe(200);
    expect(
      (await app.http().post(`/api/organizations/${organization.documentId}/consent`).set(auth))
        .status,
    ).toBe(200);

    const submitted = await app
      .http()
      .post(`/api/organizations/${organization.documentId}/transitions`)
      .set(auth)
      .send({ data: { action: 'submit' } });
    expect(submitted.status).toBe(200);
    expect(submitted.body.data.reviewStatus).toBe('approved');
    const mail = await mailbox.waitFor(organization.contactEmail);
    expect(mail.subject).toContain('审核通过');
    const history = await app
      .http()
      .get(`/api/organizations/${organization.documentId}/history`)
      .set(auth);
    expect(history.status, history.text).toBe(200);
    expect(history.body.data.map((h: { action: string }) => h.action)).toEqual([
      'submit',
      'autoApprove',
    ]);
  });
});

describe('returning organizations', () => {
  it('log in with the previous account and get this edition pre-filled from the last one', async () => {
    const login = await app
      .http()
      .post('/api/auth/local')
      .send({ identifier: '91310115MA1K3P8R31', password: 'Ciie@2025' });
    expect(login.status).toBe(200);
    const auth = { Authorization: `Bearer ${login.body.jwt}` };
    const renewed = await app.http().post('/api/registration/renewal').set(auth);
    expect(renewed.status).toBe(201);
    expect(renewed.body.data).toMatchObject({
      editionNumber: 8,
      reviewStatus: 'draft',
      creditCode: '91310115MA1K3P8R31',
      name: '上海浦江示例国际贸易有限公司',
    });
    const again = await app.http().post('/api/registration/renewal').set(auth);
    expect(again.status).toBe(200);
    expect(again.body.data.documentId).toBe(renewed.body.data.documentId);
  });

  it('reset the password with a code sent to the registered mobile', async () => {
    const mobile = '13917230418'; // the previous edition's contact of 上海浦江示例国际贸易有限公司
    expect((await sendSms(mobile, 'resetPassword')).status).toBe(202);
    const code = await lastSmsCode(mobile);
    const mismatch = await resetPasswordBySms(app, mobile, code, 'NewPass2025', 'Other2025');
    expect(mismatch.body.error.details.errors[0]).toMatchObject({
      path: ['passwordConfirmation'],
      code: 'passwordMismatch',
    });
    const reset = await resetPasswordBySms(app, mobile, code, 'NewPass2025');
    expect(reset.status).toBe(200);
    expect(reset.body.data.jwt).toEqual(expect.any(String));
    const login = await app
      .http()
      .post('/api/auth/local')
      .send({ identifier: '91310115MA1K3P8R31', password: 'NewPass2025' });
    expect(login.status).toBe(200);
  });
});
