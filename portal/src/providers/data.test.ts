import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server, strapiList } from '../test/server';
import { buildListQuery, dataProvider } from './data';
import { JWT_KEY } from './http';
import { changeLanguage } from './i18n';
import { stringifyQuery } from './query-string';

interface Captured {
  method: string;
  path: string;
  query: string;
  headers: Headers;
  body: unknown;
}

let captured: Captured[] = [];

/** Answers every /api request with `reply` and records what was sent. */
const capture = (reply: (request: Request) => Response | Promise<Response>) =>
  server.use(
    http.all('*/api/*', async ({ request }) => {
      const url = new URL(request.url);
      const text = request.method === 'GET' ? '' : await request.clone().text();
      captured.push({
        method: request.method,
        path: url.pathname,
        query: decodeURIComponent(url.search.replace(/^\?/, '')),
        headers: request.headers,
        body: text ? JSON.parse(text) : undefined,
      });
      return reply(request);
    }),
  );

beforeEach(() => {
  captured = [];
});

describe('query string', () => {
  it('writes nested objects and arrays in bracket syntax and encodes values', () => {
    expect(
      stringifyQuery({
        filters: { $or: [{ title: { $eq: 'a&b' } }, { slug: { $in: ['x', 'y'] } }] },
        sort: ['publishedAt:desc'],
        skip: undefined,
      }),
    ).toBe(
      'filters[$or][0][title][$eq]=a%26b&filters[$or][1][slug][$in][0]=x&filters[$or][1][slug][$in][1]=y&sort[0]=publishedAt%3Adesc',
    );
  });
});

describe('getList', () => {
  it('builds filters, sort, pagination, populate, fields and locale', async () => {
    capture(() => strapiList([{ id: 7, documentId: 'doc7', title: '开幕' }], 42));
    const result = await dataProvider.getList({
      resource: 'news',
      pagination: { currentPage: 3, pageSize: 20 },
      sorters: [
        { field: 'publishedAt', order: 'desc' },
        { field: 'title', order: 'asc' },
      ],
      filters: [
        { field: 'category', operator: 'eq', value: 'expoNews' },
        { field: 'title', operator: 'contains', value: '进口' },
        { field: 'organization.name', operator: 'startswith', value: '上海' },
        { field: 'capacity', operator: 'between', value: [10, 50] },
        { field: 'deletedAt', operator: 'null', value: true },
        { field: 'venue', operator: 'nnull', value: true },
        { field: 'kind', operator: 'nin', value: ['a', 'b'] },
        {
          operator: 'or',
          value: [
            { field: 'price', operator: 'lt', value: 5 },
            { field: 'price', operator: 'gte', value: 100 },
            {
              operator: 'and',
              value: [
                { field: 'slug', operator: 'ne', value: 'x' },
                { field: 'sortOrder', operator: 'lte', value: 3 },
              ],
            },
          ],
        },
      ],
      meta: { populate: ['cover', 'tags'], fields: ['title', 'slug'], locale: 'en' },
    });
    expect(result).toEqual({
      data: [{ id: 'doc7', entryId: 7, documentId: 'doc7', title: '开幕' }],
      total: 42,
    });
    expect(captured).toHaveLength(1);
    expect(captured[0].method).toBe('GET');
    expect(captured[0].path).toBe('/api/news');
    expect(captured[0].query.split('&')).toEqual([
      'filters[category][$eq]=expoNews',
      'filters[title][$containsi]=进口',
      'filters[organization][name][$startsWithi]=上海',
      'filters[capacity][$between][0]=10',
      'filters[capacity][$between][1]=50',
      'filters[deletedAt][$null]=true',
      'filters[venue][$notNull]=true',
      'filters[kind][$notIn][0]=a',
      'filters[kind][$notIn][1]=b',
      'filters[$or][0][price][$lt]=5',
      'filters[$or][1][price][$gte]=100',
      'filters[$or][2][$and][0][slug][$ne]=x',
      'filters[$or][2][$and][1][sortOrder][$lte]=3',
      'sort[0]=publishedAt:desc',
      'sort[1]=title:asc',
      'pagination[page]=3',
      'pagination[pageSize]=20',
      'populate[0]=cover',
      'populate[1]=tags',
      'fields[0]=title',
      'fields[1]=slug',
      'locale=en',
    ]);
  });

  it('maps the remaining operators', () => {
    const query = buildListQuery({
      pagination: { mode: 'off' },
      filters: [
        { field: 'a', operator: 'gt', value: 1 },
        { field: 'b', operator: 'in', value: [1, 2] },
        { field: 'c', operator: 'containss', value: 'X' },
        { field: 'd', operator: 'nbetween', value: [1, 2] },
        { field: 'e', operator: 'endswith', value: 'z' },
      ],
    });
    expect(decodeURIComponent(stringifyQuery(query)).split('&')).toEqual([
      'filters[a][$gt]=1',
      'filters[b][$in][0]=1',
      'filters[b][$in][1]=2',
      'filters[c][$contains]=X',
      'filters[d][$not][$between][0]=1',
      'filters[d][$not][$between][1]=2',
      'filters[e][$endsWithi]=z',
    ]);
  });

  it('combines two conditions on one field with $and and skips empty filter values', () => {
    const query = buildListQuery({
      pagination: { mode: 'off' },
      filters: [
        { field: 'name', operator: 'contains', value: '' },
        { field: 'tag', operator: 'in', value: [] },
        { field: 'price', operator: 'gte', value: 1 },
        { field: 'price', operator: 'gte', value: 2 },
      ],
    });
    expect(decodeURIComponent(stringifyQuery(query))).toBe(
      'filters[$and][0][price][$gte]=1&filters[$and][1][price][$gte]=2',
    );
  });

  it('sends no pagination parameters when pagination is off, defaults otherwise', async () => {
    capture(() => strapiList([]));
    await dataProvider.getList({ resource: 'guides', pagination: { mode: 'off' } });
    await dataProvider.getList({ resource: 'guides' });
    expect(captured[0].query).toBe('');
    expect(captured[1].query).toBe('pagination[page]=1&pagination[pageSize]=10');
  });

  it('passes a populate object through in bracket syntax', async () => {
    capture(() => strapiList([]));
    await dataProvider.getList({
      resource: 'organizations',
      pagination: { mode: 'off' },
      meta: { populate: { delegation: { fields: ['nameZh'] }, contacts: true } },
    });
    expect(captured[0].query).toBe(
      'populate[delegation][fields][0]=nameZh&populate[contacts]=true',
    );
  });

  it('sends the JWT and the UI language, or no JWT when meta.auth is false', async () => {
    window.localStorage.setItem(JWT_KEY, 'token-1');
    capture(() => strapiList([]));
    await changeLanguage('en');
    await dataProvider.getList({ resource: 'news', pagination: { mode: 'off' } });
    await dataProvider.getList({
      resource: 'news',
      pagination: { mode: 'off' },
      meta: { auth: false },
    });
    expect(captured[0].headers.get('authorization')).toBe('Bearer token-1');
    expect(captured[0].headers.get('accept-language')).toBe('en');
    expect(captured[1].headers.get('authorization')).toBeNull();
  });
});

describe('one-record calls', () => {
  it('getOne reads by documentId with locale and populate', async () => {
    capture(() => HttpResponse.json({ data: { id: 3, documentId: 'abc', title: 'Guide' } }));
    const { data } = await dataProvider.getOne({
      resource: 'guides',
      id: 'abc',
      meta: { locale: 'en', populate: '*' },
    });
    expect(captured[0].path).toBe('/api/guides/abc');
    expect(captured[0].query).toBe('populate=*&locale=en');
    expect(data).toMatchObject({ id: 'abc', documentId: 'abc', entryId: 3 });
  });

  it('getMany filters by documentId $in', async () => {
    capture(() =>
      strapiList([
        { id: 1, documentId: 'a' },
        { id: 2, documentId: 'b' },
      ]),
    );
    const { data } = await dataProvider.getMany!({ resource: 'persons', ids: ['a', 'b'] });
    expect(captured[0].query).toBe(
      'filters[documentId][$in][0]=a&filters[documentId][$in][1]=b&pagination[page]=1&pagination[pageSize]=2',
    );
    expect(data.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('create POSTs { data } and update PUTs { data } to the document', async () => {
    capture(async (request) => {
      const body = (await request.json()) as { data: Record<string, unknown> };
      return HttpResponse.json({ data: { id: 9, documentId: 'new1', ...body.data } });
    });
    const created = await dataProvider.create({
      resource: 'addresses',
      variables: { recipient: '张三', isDefault: true },
    });
    const updated = await dataProvider.update({
      resource: 'addresses',
      id: 'new1',
      variables: { recipient: '李四' },
      meta: { populate: ['region'] },
    });
    expect(captured[0]).toMatchObject({
      method: 'POST',
      path: '/api/addresses',
      body: { data: { recipient: '张三', isDefault: true } },
    });
    expect(captured[0].headers.get('content-type')).toBe('application/json');
    expect(captured[1]).toMatchObject({
      method: 'PUT',
      path: '/api/addresses/new1',
      query: 'populate[0]=region',
      body: { data: { recipient: '李四' } },
    });
    expect(created.data).toMatchObject({ id: 'new1', recipient: '张三' });
    expect(updated.data).toMatchObject({ id: 'new1', recipient: '李四' });
  });

  it('deleteOne accepts Strapi 5’s 204 No Content', async () => {
    capture(() => new HttpResponse(null, { status: 204 }));
    const { data } = await dataProvider.deleteOne({ resource: 'addresses', id: 'x1' });
    expect(captured[0]).toMatchObject({ method: 'DELETE', path: '/api/addresses/x1' });
    expect(data).toMatchObject({ id: 'x1' });
  });

  it('custom calls a relative URL with query and payload and returns the body', async () => {
    capture(() => HttpResponse.json({ data: { ok: true } }));
    const result = await dataProvider.custom!({
      url: '/api/organizations/o1/submit',
      method: 'post',
      payload: { reason: 'x' },
      query: { dryRun: true },
    });
    expect(captured[0]).toMatchObject({
      method: 'POST',
      path: '/api/organizations/o1/submit',
      query: 'dryRun=true',
      body: { reason: 'x' },
    });
    expect(result.data).toEqual({ data: { ok: true } });
  });
});

describe('errors', () => {
  const validationError = () =>
    HttpResponse.json(
      {
        data: null,
        error: {
          status: 400,
          name: 'ValidationError',
          message: '2 errors occurred',
          details: {
            errors: [
              {
                path: ['creditCode'],
                message: 'Invalid credit code',
                code: 'CREDIT_CODE_CHECK',
                zh: '统一社会信用代码校验位错误',
                en: 'The credit code check character is wrong',
              },
              {
                path: ['contact', 'mobile'],
                message: 'Invalid mobile',
                zh: '手机号码格式不正确',
                en: 'The mobile number is invalid',
              },
            ],
          },
        },
      },
      { status: 400 },
    );

  it('maps field errors to HttpError.errors in Chinese', async () => {
    capture(validationError);
    await expect(
      dataProvider.create({ resource: 'organizations', variables: {} }),
    ).rejects.toMatchObject({
      statusCode: 400,
      message: '2 errors occurred',
      errors: {
        creditCode: '统一社会信用代码校验位错误',
        'contact.mobile': '手机号码格式不正确',
      },
    });
  });

  it('maps field errors in English when the UI is English', async () => {
    capture(validationError);
    await changeLanguage('en');
    await expect(
      dataProvider.update({ resource: 'organizations', id: 'o1', variables: {} }),
    ).rejects.toMatchObject({
      statusCode: 400,
      errors: {
        creditCode: 'The credit code check character is wrong',
        'contact.mobile': 'The mobile number is invalid',
      },
    });
  });

  it("falls back to the message of Strapi's own validation errors", async () => {
    capture(() =>
      HttpResponse.json(
        {
          data: null,
          error: {
            status: 400,
            name: 'ValidationError',
            message: 'title must be defined.',
            details: {
              errors: [
                { path: ['title'], message: 'title must be defined.', name: 'ValidationError' },
              ],
            },
          },
        },
        { status: 400 },
      ),
    );
    await expect(dataProvider.create({ resource: 'news', variables: {} })).rejects.toMatchObject({
      statusCode: 400,
      message: 'title must be defined.',
      errors: { title: 'title must be defined.' },
    });
  });

  it('reports 404 with its status and message', async () => {
    capture(() =>
      HttpResponse.json(
        {
          data: null,
          error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} },
        },
        { status: 404 },
      ),
    );
    const error = await dataProvider
      .getOne({ resource: 'persons', id: 'someone-else' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 404, message: 'Not Found' });
    expect((error as { errors?: unknown }).errors).toBeUndefined();
  });

  it('keeps the HTTP status when the body is not JSON', async () => {
    capture(() => new HttpResponse('Bad gateway', { status: 502, statusText: 'Bad Gateway' }));
    await expect(dataProvider.getList({ resource: 'news' })).rejects.toMatchObject({
      statusCode: 502,
      message: 'Bad Gateway',
    });
  });
});
