import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withStrapi } from './support/app';

/**
 * 证件快递常用地址: a liaison's address book over HTTP. Division codes are GB/T 2260 from the
 * data set in @vant/area-data; at most 5 per organization and exactly one default are kept by
 * the database (database/constraints), the default is switched by its own action.
 */
const app = withStrapi();
const UID = 'api::express-address.express-address';
let organizationId: string;

const documents = () => app.strapi().documents(UID);
const countOf = (organizationRef: string) =>
  documents().count({ filters: { organizationRef } } as never);

const pudong = (n = 1, extra: Record<string, unknown> = {}) => ({
  data: {
    provinceCode: '310000',
    cityCode: '310100',
    districtCode: '310115',
    street: `世纪大道 ${n} 号`,
    recipient: '王敏',
    mobile: '13800138000',
    postcode: '200120',
    ...extra,
  },
});

type Address = { documentId: string; isDefault: boolean; street: string };
const liaison = () => app.as('liaison');
const create = async (n: number) => {
  const response = await (await liaison()).post('/api/express-addresses', pudong(n));
  expect(response.status, response.text).toBe(201);
  return response.body.data as Address;
};
const listed = async () => {
  const response = await (await liaison()).get('/api/express-addresses?sort=id:asc');
  expect(response.status).toBe(200);
  return response.body.data as Address[];
};
const defaults = async () => (await listed()).filter((a) => a.isDefault).map((a) => a.street);

beforeAll(async () => {
  const session = await (await liaison()).get('/api/session');
  organizationId = session.body.data.organization.documentId;
});

beforeEach(async () => {
  const mine = await documents().findMany({
    filters: { organizationRef: organizationId },
    fields: ['documentId'],
  } as never);
  for (const { documentId } of mine) await documents().delete({ documentId } as never);
});

describe('adding an address', () => {
  it('stores the codes with their names, in the caller’s organization, and the first is the default', async () => {
    const response = await (await liaison()).post('/api/express-addresses', pudong(1));
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({
      organizationRef: organizationId,
      provinceCode: '310000',
      province: '上海市',
      cityCode: '310100',
      city: '上海市',
      districtCode: '310115',
      district: '浦东新区',
      street: '世纪大道 1 号',
      isDefault: true,
    });
    const second = await create(2);
    expect(second.isDefault).toBe(false);
  });

  it.each([
    ['an unknown city code', { cityCode: '319900' }, 'cityCode', 'unknownDivision'],
    ['a district of another city', { districtCode: '110101' }, 'districtCode', 'divisionMismatch'],
    [
      'a city of another province',
      { cityCode: '320100', districtCode: '320102' },
      'cityCode',
      'divisionMismatch',
    ],
    ['no district', { districtCode: undefined }, 'districtCode', 'required'],
  ])('refuses %s with a field error and writes nothing', async (_, change, field, code) => {
    const response = await (await liaison()).post('/api/express-addresses', pudong(1, change));
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([
      expect.objectContaining({ path: [field], code }),
    ]);
    expect(await countOf(organizationId)).toBe(0);
  });

  it('stores the trimmed values it checked, on create and on edit', async () => {
    const padded = pudong(1, {
      street: '  世纪大道 1 号 ',
      recipient: ' 王敏  ',
      mobile: ' 13800138000 ',
      postcode: ' 200120 ',
    });
    const response = await (await liaison()).post('/api/express-addresses', padded);
    expect(response.status, response.text).toBe(201);
    const id = response.body.data.documentId as string;
    const stored = () =>
      documents().findOne({
        documentId: id,
        fields: ['street', 'recipient', 'mobile', 'postcode'],
      } as never);
    expect(await stored()).toMatchObject({
      street: '世纪大道 1 号',
      recipient: '王敏',
      mobile: '13800138000',
      postcode: '200120',
    });
    const edited = await (await liaison()).put(`/api/express-addresses/${id}`, {
      data: { recipient: ' 李华 ', postcode: '200121  ' },
    });
    expect(edited.status, edited.text).toBe(200);
    expect(await stored()).toMatchObject({ recipient: '李华', postcode: '200121' });
  });

  it('refuses a bad mobile, a bad postcode and a missing recipient at once, in Chinese and English', async () => {
    const response = await (await liaison()).post(
      '/api/express-addresses',
      pudong(1, { mobile: '1380013800', postcode: '2001200', recipient: ' ' }),
    );
    expect(response.status).toBe(400);
    const errors = response.body.error.details.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: ['mobile'],
          code: 'invalidMobile',
          zh: '手机号码格式不正确',
          en: 'Invalid mobile number',
        }),
        expect.objectContaining({
          path: ['postcode'],
          code: 'invalidPostcode',
          zh: '邮政编码应为 6 位数字',
        }),
        expect.objectContaining({ path: ['recipient'], code: 'required', zh: '请填写收件人' }),
      ]),
    );
    expect(errors).toHaveLength(3);
    expect(await countOf(organizationId)).toBe(0);
  });

  it('refuses the default flag, the names and the owner as generic fields', async () => {
    const client = await liaison();
    for (const extra of [
      { isDefault: true },
      { province: '北京市' },
      { organizationRef: 'someone-else' },
    ]) {
      const response = await client.post('/api/express-addresses', pudong(1, extra));
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors[0]).toMatchObject({ code: 'fieldNotWritable' });
    }
    expect(await countOf(organizationId)).toBe(0);
  });

  it('refuses a sixth address with 409 and a message on the limit, keeping five', async () => {
    for (const n of [1, 2, 3, 4, 5]) await create(n);
    const sixth = await (await liaison()).post('/api/express-addresses', pudong(6));
    expect(sixth.status).toBe(409);
    expect(sixth.body.error.details.errors[0]).toMatchObject({
      path: ['organizationRef'],
      code: 'limitReached',
      zh: '每个单位最多保存 5 个常用地址',
      en: 'An organization keeps at most 5 express addresses',
    });
    expect(await countOf(organizationId)).toBe(5);
  });
});

describe('editing an address', () => {
  it('changes the division as a whole and renames it; a city alone is refused', async () => {
    const client = await liaison();
    const { documentId } = await create(1);
    const cityAlone = await client.put(`/api/express-addresses/${documentId}`, {
      data: { cityCode: '320100' },
    });
    expect(cityAlone.status).toBe(400);
    expect(cityAlone.body.error.details.errors[0]).toMatchObject({
      path: ['provinceCode'],
      code: 'required',
    });
    const moved = await client.put(`/api/express-addresses/${documentId}`, {
      data: {
        provinceCode: '320000',
        cityCode: '320100',
        districtCode: '320102',
        street: '中山路 1 号',
      },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({
      province: '江苏省',
      city: '南京市',
      district: '玄武区',
      street: '中山路 1 号',
      isDefault: true,
    });
    const emptied = await client.put(`/api/express-addresses/${documentId}`, {
      data: { street: '' },
    });
    expect(emptied.status).toBe(400);
    expect((await documents().findOne({ documentId } as never))?.street).toBe('中山路 1 号');
  });
});

describe('the default address', () => {
  it('switches atomically: the previous default is unset and exactly one remains', async () => {
    const client = await liaison();
    await create(1);
    const second = await create(2);
    const response = await client.post(`/api/express-addresses/${second.documentId}/default`);
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ documentId: second.documentId, isDefault: true });
    expect(await defaults()).toEqual(['世纪大道 2 号']);
    // Again: nothing changes.
    expect((await client.post(`/api/express-addresses/${second.documentId}/default`)).status).toBe(
      200,
    );
    expect(await defaults()).toEqual(['世纪大道 2 号']);
  });

  it('ends with one default when two switches race', async () => {
    const client = await liaison();
    await create(1);
    const [b, c] = [await create(2), await create(3)];
    const answers = await Promise.all([
      client.post(`/api/express-addresses/${b.documentId}/default`),
      client.post(`/api/express-addresses/${c.documentId}/default`),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(await defaults()).toHaveLength(1);
  });

  it('cannot become two: the database refuses a second default and an organization without one', async () => {
    const first = await create(1);
    const second = await create(2);
    await expect(
      documents().update({ documentId: second.documentId, data: { isDefault: true } } as never),
    ).rejects.toMatchObject({ code: '23505' });
    // Checked at commit (the service may unset one and set another in one transaction).
    await expect(
      app
        .strapi()
        .db.connection.transaction((trx) =>
          trx('express_addresses')
            .where({ document_id: first.documentId })
            .update({ is_default: false }),
        ),
    ).rejects.toMatchObject({ code: '23514' });
    expect(await defaults()).toEqual(['世纪大道 1 号']);
  });

  it('moves to the earliest remaining address when the default is deleted', async () => {
    const client = await liaison();
    const a = await create(1);
    const b = await create(2);
    const c = await create(3);
    await client.post(`/api/express-addresses/${c.documentId}/default`);
    expect((await client.delete(`/api/express-addresses/${c.documentId}`)).status).toBe(204);
    expect(await defaults()).toEqual(['世纪大道 1 号']);
    // Deleting another address leaves the default alone.
    expect((await client.delete(`/api/express-addresses/${b.documentId}`)).status).toBe(204);
    expect(await defaults()).toEqual(['世纪大道 1 号']);
    expect((await client.delete(`/api/express-addresses/${a.documentId}`)).status).toBe(204);
    expect(await listed()).toEqual([]);
  });
});

describe('another organization’s address', () => {
  it('is not listed and answers 404 to read, edit, delete and set default', async () => {
    const theirs = await documents().create({
      data: {
        organizationRef: 'another-organization',
        provinceCode: '110000',
        province: '北京市',
        cityCode: '110100',
        city: '北京市',
        districtCode: '110101',
        district: '东城区',
        street: '示例街 1 号',
        recipient: '赵强',
        mobile: '13800138001',
        postcode: '100010',
      },
    } as never);
    await create(1);
    const client = await liaison();
    const url = `/api/express-addresses/${theirs.documentId}`;
    expect((await listed()).map((a) => a.documentId)).not.toContain(theirs.documentId);
    expect((await client.get(url)).status).toBe(404);
    expect((await client.put(url, { data: { street: '改' } })).status).toBe(404);
    expect((await client.delete(url)).status).toBe(404);
    expect((await client.post(`${url}/default`)).status).toBe(404);
    const after = await documents().findOne({ documentId: theirs.documentId } as never);
    expect(after).toMatchObject({ street: '示例街 1 号', isDefault: true });
  });
});
