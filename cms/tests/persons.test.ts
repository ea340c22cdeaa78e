import crypto from 'node:crypto';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { newLiaison, withStrapi } from './support/app';
import { errorsOf, fieldsOf } from './support/field-errors';
import { residentId } from './support/identities';

/**
 * Issue 4, the liaison's persons: adding them once the organization is submitted,
 * numbers and checks set by the server, masked lists, batch delete, previous-edition persons
 * brought forward, badge reuse against an earlier badge, ID photos, counts by role.
 */
const app = withStrapi();
type Liaison = Awaited<ReturnType<typeof newLiaison>>;

const person = (extra: Record<string, unknown> = {}) => ({
  name: '张伟',
  gender: 'male',
  regionType: 'mainland',
  idType: 'residentId',
  idNumber: residentId(),
  position: '采购经理',
  mobile: '13812345678',
  email: 'zhang.wei@example.com',
  ...extra,
});
const personCount = (organizationRef: string) =>
  app
    .strapi()
    .documents('api::person.person')
    .count({ filters: { organizationRef } } as never);
/** A liaison whose enterprise was submitted, hence approved at once (issue 3). */
async function approvedLiaison() {
  const liaison = await newLiaison(app, 'domesticEnterprise');
  const submitted = await liaison.post(`/api/organizations/${liaison.organizationId}/transitions`, {
    data: { action: 'submit' },
  });
  expect(submitted.body.data.reviewStatus).toBe('approved');
  return liaison;
}

async function addPerson(liaison: Liaison, extra: Record<string, unknown> = {}) {
  const response = await liaison.post('/api/persons', { data: person(extra) });
  expect(response.status, response.text).toBe(201);
  return response.body.data as Record<string, string>;
}

describe('adding persons', () => {
  it('refuses persons before the organization is submitted, and writes nothing', async () => {
    const liaison = await newLiaison(app, 'domesticEnterprise');
    const response = await liaison.post('/api/persons', { data: person() });
    expect(response.status).toBe(409);
    expect(errorsOf(response)).toContainEqual(
      expect.objectContaining({ path: ['organization'], code: 'organizationNotSubmitted' }),
    );
    expect(await personCount(liaison.organizationId)).toBe(0);
  });

  it('gives a new person a system number, the first entry-date option and draft status', async () => {
    const liaison = await approvedLiaison();
    const created = await addPerson(liaison);
    expect(created.personNumber).toMatch(/^P8-\d{7}$/);
    expect(created).toMatchObject({
      entryDateOption: 'full',
      personStatus: 'draft',
      source: 'manual',
      organizationRef: liaison.organizationId,
    });
    const second = await addPerson(liaison);
    expect(second.personNumber).not.toBe(created.personNumber);
  });

  it('names every bad field at once, in Chinese and English, and writes nothing', async () => {
    const liaison = await approvedLiaison();
    const response = await liaison.post('/api/persons', {
      data: {
        name: '',
        regionType: 'mainland',
        idType: 'passport',
        idNumber: 'E12345678',
        mobile: '12345',
        entryDateOption: 'someday',
      },
    });
    expect(response.status).toBe(400);
    expect(fieldsOf(response)).toEqual(
      expect.arrayContaining(['name', 'idType', 'mobile', 'entryDateOption']),
    );
    expect(errorsOf(response)[0]).toMatchObject({ zh: expect.any(String), en: expect.any(String) });
    expect(await personCount(liaison.organizationId)).toBe(0);
  });

  it('refuses a resident ID whose check character is wrong', async () => {
    const liaison = await approvedLiaison();
    const good = residentId();
    const bad = `${good.slice(0, 17)}${good.endsWith('1') ? '2' : '1'}`;
    const response = await liaison.post('/api/persons', { data: person({ idNumber: bad }) });
    expect(response.status).toBe(400);
    expect(errorsOf(response)).toContainEqual(expect.objectContaining({ path: ['idNumber'] }));
  });

  it('refuses the same person twice in one organization (409 on the ID number)', async () => {
    const liaison = await approvedLiaison();
    const id = residentId();
    await addPerson(liaison, { idNumber: id });
    const again = await liaison.post('/api/persons', {
      data: person({ idNumber: id.toLowerCase(), name: '张伟伟' }),
    });
    expect(again.status).toBe(409);
    expect(errorsOf(again)).toContainEqual(
      expect.objectContaining({ path: ['idNumber'], code: 'duplicate' }),
    );
  });
});

describe('the person list', () => {
  let liaison: Liaison;
  beforeAll(async () => {
    liaison = await approvedLiaison();
    await addPerson(liaison, { name: '王芳' });
    await addPerson(liaison, {
      name: 'Olivia Harper',
      regionType: 'foreign',
      idType: 'passport',
      idNumber: 'PA7654321',
    });
  });

  it('masks ID numbers in the list and shows the whole number on the record', async () => {
    const list = await liaison.get('/api/persons?sort=id:asc');
    expect(list.status).toBe(200);
    const [first] = list.body.data;
    expect(first.idNumber).toMatch(/^\d{2}\*+[\dX]$/);
    const record = await liaison.get(`/api/persons/${first.documentId}`);
    expect(record.body.data.idNumber).toMatch(/^\d{17}[\dX]$/);
  });

  it('filters by region type, name and several statuses, with allowed actions per row', async () => {
    const foreign = await liaison.get('/api/persons?filters[regionType][$eq]=foreign');
    expect(foreign.body.data.map((p: { name: string }) => p.name)).toEqual(['Olivia Harper']);
    const byName = await liaison.get(
      `/api/persons?filters[name][$containsi]=${encodeURIComponent('王')}`,
    );
    expect(byName.body.data).toHaveLength(1);
    const byStatus = await liaison.get(
      '/api/persons?filters[personStatus][$in][0]=draft&filters[personStatus][$in][1]=pendingPayment',
    );
    expect(byStatus.body.meta.pagination.total).toBe(2);
    expect(byStatus.body.data[0].allowedActions).toEqual(
      expect.arrayContaining(['submit', 'delete', 'edit', 'reuse']),
    );
  });

  it('submits a person to pending payment and changes the entry date until an order holds them', async () => {
    const added = await addPerson(liaison, { name: '李强' });
    const submitted = await liaison.post(`/api/persons/${added.documentId}/transitions`, {
      data: { action: 'submit' },
    });
    expect(submitted.body.data.personStatus).toBe('pendingPayment');
    const changed = await liaison.put(`/api/persons/${added.documentId}`, {
      data: { entryDateOption: 'half' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data.entryDateOption).toBe('half');
    await app
      .strapi()
      .db.connection('persons')
      .where({ document_id: added.documentId })
      .update({ person_status: 'inOrder' });
    const locked = await liaison.put(`/api/persons/${added.documentId}`, {
      data: { entryDateOption: 'full' },
    });
    expect(locked.status).toBe(409);
    expect(errorsOf(locked)).toContainEqual(
      expect.objectContaining({ path: ['personStatus'], code: 'notEditableInState' }),
    );
  });

  it('refuses an unknown entry-date option on change', async () => {
    const added = await addPerson(liaison, { name: '赵敏' });
    const response = await liaison.put(`/api/persons/${added.documentId}`, {
      data: { entryDateOption: 'someday' },
    });
    expect(response.status).toBe(400);
    expect(errorsOf(response)).toContainEqual(
      expect.objectContaining({ path: ['entryDateOption'], code: 'unknownEntryDate' }),
    );
  });

  it('batch-deletes never-paid persons and says why the others stay', async () => {
    const draft = await addPerson(liaison, { name: '待删除' });
    const reviewed = await addPerson(liaison, { name: '已付款' });
    await app
      .strapi()
      .db.connection('persons')
      .where({ document_id: reviewed.documentId })
      .update({ person_status: 'pendingReview', payment_status: 'paid' });
    const other = await approvedLiaison();
    const foreign = await addPerson(other, { name: '别人的人员' });
    const response = await liaison.post('/api/persons/bulk-delete', {
      data: { documentIds: [draft.documentId, reviewed.documentId, foreign.documentId] },
    });
    expect(response.status).toBe(200);
    expect(response.body.data.map((r: { ok: boolean }) => r.ok)).toEqual([true, false, false]);
    expect(response.body.data[2].errors[0].code).toBe('notFound');
    expect((await liaison.get(`/api/persons/${draft.documentId}`)).status).toBe(404);
    expect((await other.get(`/api/persons/${foreign.documentId}`)).status).toBe(200);
    const history = await app
      .strapi()
      .db.connection('review_logs')
      .where({ record_ref: draft.documentId, action: 'delete' });
    expect(history).toHaveLength(1);
  });
});

/** A 7th-edition registration of the same organization (same credit code) with issued badges. */
async function previousEdition(liaison: Liaison, persons: Record<string, string>[]) {
  const strapi = app.strapi();
  const current = (await strapi.documents('api::organization.organization').findOne({
    documentId: liaison.organizationId,
    fields: ['creditCode'],
  } as never)) as unknown as {
    creditCode: string;
  };
  const earlier = await strapi.documents('api::organization.organization').create({
    data: {
      editionNumber: 7,
      category: 'domesticEnterprise',
      name: '往届单位',
      creditCode: current.creditCode,
      reviewStatus: 'approved',
    },
  } as never);
  const created = [];
  for (const [index, p] of persons.entries()) {
    created.push(
      await strapi.documents('api::person.person').create({
        data: {
          ...person(),
          ...p,
          editionNumber: 7,
          organizationRef: earlier.documentId,
          organization: earlier.documentId,
          personNumber: `P7-T${crypto.randomBytes(3).toString('hex')}-${index}`,
          personStatus: 'issued',
          paymentStatus: 'paid',
        },
      } as never),
    );
  }
  return created as unknown as Record<string, string>[];
}

describe('previous-edition persons (往届专业观众人员)', () => {
  it('lists only this organization’s earlier persons, masked, filtered by name and edition', async () => {
    const liaison = await approvedLiaison();
    await previousEdition(liaison, [{ name: '陈思远' }, { name: '周建国' }]);
    const stranger = await approvedLiaison();
    await previousEdition(stranger, [{ name: '外单位人员' }]);
    const list = await liaison.get('/api/persons/previous?edition=7');
    expect(list.status).toBe(200);
    expect(list.body.data.map((p: { name: string }) => p.name).sort()).toEqual([
      '周建国',
      '陈思远',
    ]);
    expect(list.body.data[0].idNumber).toContain('*');
    const byName = await liaison.get(`/api/persons/previous?name=${encodeURIComponent('陈')}`);
    expect(byName.body.data).toHaveLength(1);
  });

  it('brings ticked persons forward as editable drafts, once', async () => {
    const liaison = await approvedLiaison();
    const [earlier] = await previousEdition(liaison, [{ name: '林嘉欣', gender: 'female' }]);
    const stranger = await approvedLiaison();
    const [foreign] = await previousEdition(stranger, [{ name: '外单位人员' }]);
    const response = await liaison.post('/api/persons/bring-forward', {
      data: { documentIds: [earlier.documentId, foreign.documentId] },
    });
    expect(response.status).toBe(200);
    const [copied, refused] = response.body.data;
    expect(copied.ok).toBe(true);
    expect(copied.person).toMatchObject({
      name: '林嘉欣',
      editionNumber: 8,
      personStatus: 'draft',
      source: 'broughtForward',
      organizationRef: liaison.organizationId,
    });
    expect(refused).toMatchObject({
      ok: false,
      errors: [expect.objectContaining({ code: 'notFound' })],
    });
    const again = await liaison.post('/api/persons/bring-forward', {
      data: { documentIds: [earlier.documentId] },
    });
    expect(again.body.data[0]).toMatchObject({
      ok: false,
      errors: [expect.objectContaining({ path: ['idNumber'], code: 'duplicate' })],
    });
    const list = await liaison.get('/api/persons/previous');
    expect(list.body.data[0].inThisEdition).toBe(true);
    // Found by the whole number in both editions' lists (the keyed hash follows the copy).
    const stored = await app
      .strapi()
      .db.connection('persons')
      .where({ document_id: earlier.documentId })
      .first('id_number');
    const byNumber = await liaison.get(`/api/persons/previous?idNumber=${stored.id_number}`);
    expect(byNumber.body.data.map((p: { documentId: string }) => p.documentId)).toEqual([
      earlier.documentId,
    ]);
    const thisEdition = await liaison.get(`/api/persons?filters[idNumber]=${stored.id_number}`);
    expect(thisEdition.body.data.map((p: { documentId: string }) => p.documentId)).toEqual([
      copied.person.documentId,
    ]);
  });
});

describe('badge reuse (证件复用)', () => {
  async function reuseCase(quota: number | null) {
    const liaison = await approvedLiaison();
    const idNumber = residentId('19820314');
    await previousEdition(liaison, [{ name: '陈思远', idNumber, badgeNumber: 'CIIE7-T00137' }]);
    await app
      .strapi()
      .db.connection('organizations')
      .where({ document_id: liaison.organizationId })
      .update({ badge_reuse_quota: quota });
    const draft = await addPerson(liaison, { name: '陈思远', idNumber });
    return { liaison, draft };
  }

  it('verifies identity against the earlier badge and sends the person to review, free', async () => {
    const { liaison, draft } = await reuseCase(1);
    const response = await liaison.post(`/api/persons/${draft.documentId}/reuse`, {
      data: { previousBadgeNumber: 'ciie7-t00137' },
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body.data).toMatchObject({
      personStatus: 'pendingReview',
      paymentStatus: 'free',
      badgeReuse: true,
      previousBadgeNumber: 'CIIE7-T00137',
    });
    const history = await liaison.get(`/api/persons/${draft.documentId}/history`);
    expect(history.body.data).toContainEqual(
      expect.objectContaining({ action: 'submit', fromState: 'draft', toState: 'pendingReview' }),
    );
  });

  it('uses the edition’s quota per organization when operations set none', async () => {
    const { liaison, draft } = await reuseCase(null);
    const response = await liaison.post(`/api/persons/${draft.documentId}/reuse`, {
      data: { previousBadgeNumber: 'CIIE7-T00137' },
    });
    expect(response.status, response.text).toBe(200);
  });

  it('refuses a badge number that does not match, without saying which part was wrong', async () => {
    const { liaison, draft } = await reuseCase(1);
    const response = await liaison.post(`/api/persons/${draft.documentId}/reuse`, {
      data: { previousBadgeNumber: 'CIIE7-T99999' },
    });
    expect(response.status).toBe(400);
    expect(errorsOf(response)).toContainEqual(
      expect.objectContaining({ path: ['previousBadgeNumber'], code: 'identityNotVerified' }),
    );
    const stored = await liaison.get(`/api/persons/${draft.documentId}`);
    expect(stored.body.data).toMatchObject({ personStatus: 'draft', badgeReuse: false });
  });

  it('stops at the organization’s reuse quota (a database rule)', async () => {
    const { liaison, draft } = await reuseCase(0);
    const response = await liaison.post(`/api/persons/${draft.documentId}/reuse`, {
      data: { previousBadgeNumber: 'CIIE7-T00137' },
    });
    expect(response.status).toBe(409);
    expect(errorsOf(response)).toContainEqual(
      expect.objectContaining({ path: ['badgeReuse'], code: 'limitReached' }),
    );
    const stored = await liaison.get(`/api/persons/${draft.documentId}`);
    expect(stored.body.data.personStatus).toBe('draft');
  });

  it('is not open to a person who came in through a colleague invitation', async () => {
    const { liaison, draft } = await reuseCase(1);
    await app
      .strapi()
      .db.connection('persons')
      .where({ document_id: draft.documentId })
      .update({ source: 'colleague' });
    const response = await liaison.post(`/api/persons/${draft.documentId}/reuse`, {
      data: { previousBadgeNumber: 'CIIE7-T00137' },
    });
    expect(response.status).toBe(409);
    expect(errorsOf(response)[0]).toMatchObject({ code: 'reuseNotForColleagues' });
  });
});

describe('ID photos (证件照)', () => {
  const image = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();

  it('accepts a png of ID-photo size and attaches it', async () => {
    const liaison = await approvedLiaison();
    const added = await addPerson(liaison);
    const response = await liaison.upload(
      `/api/persons/${added.documentId}/photo`,
      await image(358, 441),
      'photo.png',
    );
    expect(response.status, response.text).toBe(200);
    expect(response.body.data.idPhoto).toMatchObject({ mime: 'image/png', width: 358 });
  });

  it.each([
    ['a thumbnail', () => image(40, 50), 'photo.png', 'imagePixels'],
    [
      'a PDF named .jpg',
      async () => Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n'),
      'photo.jpg',
      'fileType',
    ],
  ])('refuses %s with a field error', async (_name, bytes, filename, code) => {
    const liaison = await approvedLiaison();
    const added = await addPerson(liaison);
    const response = await liaison.upload(
      `/api/persons/${added.documentId}/photo`,
      await bytes(),
      filename,
    );
    expect(response.status).toBe(400);
    expect(errorsOf(response)[0]).toMatchObject({ path: ['file'], code });
  });
});

describe('who sees which persons', () => {
  it('gives the delegation reviewer read-only persons of their subtree, with counts', async () => {
    const liaison = await approvedLiaison();
    const added = await addPerson(liaison);
    const reviewer = await app.as('delegation-reviewer');
    expect((await reviewer.get(`/api/persons/${added.documentId}`)).status).toBe(200);
    expect(
      (await reviewer.put(`/api/persons/${added.documentId}`, { data: { name: 'x' } })).status,
    ).toBe(403);
    const stats = await reviewer.get('/api/persons/stats');
    expect(stats.status).toBe(200);
    expect(stats.body.data.byStatus.draft).toBeGreaterThanOrEqual(1);
    const own = await liaison.get('/api/persons/stats');
    expect(own.body.data).toMatchObject({ total: 1, byStatus: { draft: 1 } });
  });

  it('lets operations approve or reject a person under review, the rejection with a reason', async () => {
    const liaison = await approvedLiaison();
    const added = await addPerson(liaison);
    await app
      .strapi()
      .db.connection('persons')
      .where({ document_id: added.documentId })
      .update({ person_status: 'pendingReview' });
    const operations = await app.as('operations');
    const noReason = await operations.post(`/api/persons/${added.documentId}/transitions`, {
      data: { action: 'reject' },
    });
    expect(noReason.status).toBe(400);
    const rejected = await operations.post(`/api/persons/${added.documentId}/transitions`, {
      data: { action: 'reject', reason: '证件照不清晰' },
    });
    expect(rejected.body.data).toMatchObject({
      personStatus: 'rejected',
      rejectionReason: '证件照不清晰',
    });
  });
});
