import { beforeAll, describe, expect, it } from 'vitest';
import { withStrapi } from './support/app';
import { approvedLiaison } from './support/orders';
import { licenceOf } from './support/personal-files';

/**
 * Generic REST writes accept only the role's writable fields (access/resources.ts): lifecycle,
 * money and ownership are set by the server. Bad input answers 4xx with field errors in both
 * languages, and nothing is written.
 */
const app = withStrapi();
let organizationId: string;

const personCount = () =>
  app
    .strapi()
    .documents('api::person.person')
    .count({} as never);
const validPerson = {
  name: '张伟',
  gender: 'male',
  regionType: 'mainland',
  idType: 'residentId',
  idNumber: '110101199003074477',
  mobile: '13812345678',
  email: 'zhang.wei@example.com',
};

beforeAll(async () => {
  const session = await (await app.as('liaison')).get('/api/session');
  organizationId = session.body.data.organization.documentId;
});

describe('a liaison writing through the generic routes', () => {
  it('creates a person in its own organization, with ownership and status set by the server', async () => {
    const liaison = await app.as('liaison');
    const response = await liaison.post('/api/persons', { data: validPerson });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({
      name: '张伟',
      organizationRef: organizationId,
      personStatus: 'draft',
      editionNumber: 8,
    });
  });

  it.each([
    ['personStatus', { personStatus: 'approved' }],
    ['paymentStatus', { paymentStatus: 'paid' }],
    ['organizationRef', { organizationRef: 'someone-else' }],
    ['editionNumber', { editionNumber: 7 }],
  ])('cannot set %s on a new person: 400, field named, nothing written', async (field, extra) => {
    const liaison = await app.as('liaison');
    const before = await personCount();
    const response = await liaison.post('/api/persons', {
      data: { ...validPerson, idNumber: '11010519491231002X', ...extra },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toContainEqual(
      expect.objectContaining({
        path: [field],
        code: 'fieldNotWritable',
        zh: expect.any(String),
        en: expect.any(String),
      }),
    );
    expect(await personCount()).toBe(before);
  });

  it('cannot approve its own organization through PUT', async () => {
    const liaison = await app.as('liaison');
    const response = await liaison.put(`/api/organizations/${organizationId}`, {
      data: { reviewStatus: 'draft' },
    });
    expect(response.status).toBe(409); // the approved organization is not editable at all
    const stored = await app
      .strapi()
      .documents('api::organization.organization')
      .findOne({ documentId: organizationId } as never);
    expect(stored?.reviewStatus).toBe('approved');
  });

  it('gets a field error in Chinese and English for an ID number with a wrong check digit', async () => {
    const liaison = await app.as('liaison');
    const before = await personCount();
    const response = await liaison.post('/api/persons', {
      data: { ...validPerson, idNumber: '110101199003074478' },
    });
    expect(response.status).toBe(400);
    const [error] = response.body.error.details.errors;
    expect(error).toMatchObject({ path: ['idNumber'], code: 'invalidResidentId' });
    expect(error.zh).toMatch(/身份证/);
    expect(error.en).toMatch(/resident ID/i);
    expect(await personCount()).toBe(before);
  });

  it('cannot use a passport for a mainland person', async () => {
    const liaison = await app.as('liaison');
    const response = await liaison.post('/api/persons', {
      data: { ...validPerson, idType: 'passport', idNumber: 'E12345678' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({
      path: ['idType'],
      code: 'idTypeNotAllowedForRegion',
    });
  });

  it('adding the same person twice answers 409 on the ID number', async () => {
    const liaison = await app.as('liaison');
    const data = { ...validPerson, name: '王芳', gender: 'female', idNumber: '110101198001010029' };
    expect((await liaison.post('/api/persons', { data })).status).toBe(201);
    const again = await liaison.post('/api/persons', { data });
    expect(again.status).toBe(409);
    expect(again.body.error.details.errors[0]).toMatchObject({
      path: ['idNumber'],
      code: 'duplicate',
    });
  });

  it("cannot link an uploaded file, such as another organization's licence, to an investment project", async () => {
    const liaison = await app.as('liaison');
    const knex = app.strapi().db.connection;
    const other = await approvedLiaison(app);
    const licence = { file_id: (await licenceOf(app, other.organizationId))!.id };
    const linksBefore = await knex('files_related_mph').where({ file_id: licence.file_id });
    const response = await liaison.post('/api/investment-projects', {
      data: { name: '借用执照的项目', projectType: 'localPolicy', attachments: [licence.file_id] },
    });
    expect(response.status, response.text).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['attachments']);
    expect(await knex('files_related_mph').where({ file_id: licence.file_id })).toEqual(
      linksBefore,
    );
  });

  it('may delete a draft investment project but not a submitted one', async () => {
    const liaison = await app.as('liaison');
    const created = await liaison.post('/api/investment-projects', {
      data: { name: '临港新片区招商政策', projectType: 'localPolicy' },
    });
    expect(created.status).toBe(201);
    const submitted = await app
      .strapi()
      .documents('api::investment-project.investment-project')
      .create({
        data: {
          organizationRef: organizationId,
          name: '已提交项目',
          projectType: 'localProject',
          projectStatus: 'submitted',
        },
      } as never);
    const refused = await liaison.delete(`/api/investment-projects/${submitted.documentId}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.errors[0]).toMatchObject({
      path: ['projectStatus'],
      code: 'notDeletableInState',
    });
    expect(
      (await liaison.delete(`/api/investment-projects/${created.body.data.documentId}`)).status,
    ).toBe(204);
  });
});

describe('other roles', () => {
  it('a delegation reviewer cannot write organizations through REST (403)', async () => {
    const reviewer = await app.as('delegation-reviewer');
    const response = await reviewer.put(`/api/organizations/${organizationId}`, {
      data: { name: 'x' },
    });
    expect(response.status).toBe(403);
  });

  it('operations edit the exhibition taxonomy but not with unknown fields', async () => {
    const operations = await app.as('operations');
    const created = await operations.post('/api/exhibition-areas', {
      data: { code: 'test-area', nameZh: '测试展区', nameEn: 'Test area' },
    });
    expect(created.status).toBe(201);
    const bad = await operations.put(`/api/exhibition-areas/${created.body.data.documentId}`, {
      data: { createdAt: '2020-01-01' },
    });
    expect(bad.status).toBe(400);
  });
});
