import { beforeAll, describe, expect, it } from 'vitest';
import { newLiaison, withStrapi } from './support/app';
import { errorsOf } from './support/field-errors';
import { businessTables, type TableCounts } from './support/table-counts';

/**
 * The eight causes of 500s the fuzzing of issue 10 found, and the silent writes beside them:
 * each answers a field-level 400 in both languages and writes nothing (docs/bad-input.md).
 */
const app = withStrapi();
type Response = Awaited<ReturnType<ReturnType<typeof app.http>['get']>>;

let tables: Awaited<ReturnType<typeof businessTables>>;
let liaisonPersonId: string;

beforeAll(async () => {
  tables = await businessTables(app.strapi().db.connection);
  const liaison = await app.as('liaison');
  const persons = await liaison.get('/api/persons');
  liaisonPersonId = persons.body.data[0].documentId;
});

/** A 400 naming `field` (its path joined by dots), with Chinese and English messages. */
function expectFieldError(response: Response, field: string) {
  expect(response.status, response.text).toBe(400);
  const error = errorsOf(response).find((e) => e.path.join('.') === field);
  expect(error, `no error on ${field}: ${response.text}`).toBeDefined();
  expect(error!.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(error!.en).toMatch(/[a-z]/i);
}

async function writesNothing(run: () => Promise<unknown>) {
  const before: TableCounts = await tables.counts();
  await run();
  expect(tables.changed(before, await tables.counts())).toEqual([]);
}

describe('(a) an unknown region type', () => {
  it('is a field error on the liaison person form, not a TypeError', async () => {
    const liaison = await app.as('liaison');
    await writesNothing(async () => {
      const response = await liaison.post('/api/persons', {
        data: { name: '张三', regionType: 'mars', idType: 'passport', idNumber: 'E12345678' },
      });
      expectFieldError(response, 'regionType');
    });
  });

  it('is a field error on the public colleague-join route', async () => {
    const liaison = await app.as('liaison');
    const link = (await liaison.get('/api/invitations/current')).body.data.link as string;
    const token = link.split('/join/')[1];
    await writesNothing(async () => {
      const response = await app
        .http()
        .post(`/api/invitations/join/${token}`)
        .send({
          data: {
            name: '李四',
            gender: 'male',
            regionType: 'toString',
            idType: 'residentId',
            idNumber: '110105194912310037',
            mobile: '13912345678',
            password: 'Colleague2025',
            passwordConfirmation: 'Colleague2025',
          },
        });
      expectFieldError(response, 'regionType');
    });
  });
});

describe('(b) malformed list filters', () => {
  it.each([
    ['filters[$or]=', 'filters.$or'],
    ['filters=1', 'filters'],
    ['filters[id][$between]=1', 'filters.id.$between'],
    ['filters[id][$eq]=abc', 'filters.id.$eq'],
    ['filters[$not]=x', 'filters.$not'],
    ['filters[documentId][$nope]=x', 'filters.documentId.$nope'],
  ])('%s answers 400 on our SQL lists and on Strapi generic lists', async (query, field) => {
    const reviewer = await app.as('delegation-reviewer');
    const anonymous = await app.as('public');
    const liaison = await app.as('liaison');
    expectFieldError(await reviewer.get(`/api/organizations?${query}`), field);
    expectFieldError(await liaison.get(`/api/persons?${query}`), field);
    expectFieldError(await anonymous.get(`/api/news-items?${query}`), field);
  });

  it.each([
    ['sort=../../etc/passwd', 'sort'],
    ['sort=name:sideways', 'sort'],
    ['sort[0]=nope:asc', 'sort.0'],
  ])(
    '%s answers 400 (found by the fuzz test on a list without query validation)',
    async (query, field) => {
      const operations = await app.as('operations');
      expectFieldError(await operations.get(`/api/points-entries?${query}`), field);
      expectFieldError(await operations.get(`/api/persons?${query}`), field);
    },
  );

  it('still answers well-formed filters, nested ones included', async () => {
    const reviewer = await app.as('delegation-reviewer');
    const ok = await reviewer.get(
      '/api/organizations?filters[$or][0][reviewStatus][$eq]=submitted&filters[$or][1][name][$containsi]=上海&filters[id][$between][0]=1&filters[id][$between][1]=99999&filters[delegation][code][$eq]=shanghai&sort=submittedAt:desc,delegation.code:asc',
    );
    expect(ok.status, ok.text).toBe(200);
  });
});

describe('(c) NUL characters', () => {
  it('in an id segment answer 400 before any query', async () => {
    const liaison = await app.as('liaison');
    expectFieldError(await liaison.get(`/api/persons/${liaisonPersonId}%00`), 'id');
    expectFieldError(await liaison.delete(`/api/persons/${liaisonPersonId}%00`), 'id');
  });

  it('in a body string or a query value answer 400 naming the field, writing nothing', async () => {
    const liaison = await app.as('liaison');
    await writesNothing(async () => {
      const response = await liaison.put(`/api/persons/${liaisonPersonId}`, {
        data: { position: 'a\u0000b' },
      });
      expectFieldError(response, 'data.position');
    });
    expectFieldError(await liaison.get('/api/persons?filters[name][$eq]=%00'), 'filters.name.$eq');
  });
});

describe('(d) a non-integer edition', () => {
  it.each(['abc', '1.5', ''])(
    'fromEdition %j on the one-click campaign is a field error',
    async (value) => {
      const operations = await app.as('operations');
      await writesNothing(async () => {
        const response = await operations.post('/api/one-click-campaigns', {
          data: { fromEdition: value },
        });
        expectFieldError(response, 'fromEdition');
      });
    },
  );

  it('edition on previous persons is a field error, not silently ignored', async () => {
    const liaison = await app.as('liaison');
    expectFieldError(await liaison.get('/api/persons/previous?edition=abc'), 'edition');
    expectFieldError(await liaison.get('/api/persons/previous?pageSize=-3'), 'pageSize');
  });

  it('text filters on previous persons: an array or a huge string is a field error, not a wider list', async () => {
    const liaison = await app.as('liaison');
    const previous = (query: string) => liaison.get(`/api/persons/previous?${query}`);
    expectFieldError(await previous('idNumber[]=1&idNumber[]=2'), 'idNumber');
    expectFieldError(await previous('name[a]=张'), 'name');
    expectFieldError(await previous('status[]=approved'), 'status');
    expectFieldError(await previous(`name=${'张'.repeat(201)}`), 'name');
    expect((await previous('name=%20')).status).toBe(200);
  });
});

describe('(e) odd sign-in bodies', () => {
  it.each([
    [{ identifier: ['operations'], password: 'x' }, 'identifier'],
    [{ identifier: 'operations', password: { $ne: null } }, 'password'],
    [{ identifier: 12345, password: 12345 }, 'identifier'],
  ])('%j is a field error', async (body, field) => {
    const response = await app.http().post('/api/auth/local').send(body);
    expectFieldError(response, field);
  });

  it('a body that is not an object is a 400 too', async () => {
    const response = await app
      .http()
      .post('/api/auth/local')
      .set('Content-Type', 'application/json')
      .send('[1,2]');
    expectFieldError(response, 'body');
  });
});

describe('(f) a cut-off upload', () => {
  it('answers 400 and stores nothing', async () => {
    const liaison = await newLiaison(app, 'domesticEnterprise');
    const boundary = 'cutOffBoundary';
    const whole = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="licence.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n0000000000\r\n--${boundary}--\r\n`;
    await writesNothing(async () => {
      const response = await app
        .http()
        .post(`/api/organizations/${liaison.organizationId}/licence`)
        .set('Authorization', `Bearer ${liaison.token}`)
        .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
        .send(Buffer.from(whole.slice(0, 90), 'latin1'));
      expectFieldError(response, 'body');
    });
  });
});

describe('(g) a date that does not exist on the transfer queue', () => {
  it.each(['2026-13-45', '2026-02-30'])('from=%s is a field error', async (day) => {
    const finance = await app.as('finance');
    expectFieldError(await finance.get(`/api/remittances/queue?from=${day}`), 'from');
    expectFieldError(await finance.get(`/api/remittances/export?to=${day}`), 'to');
  });
});

describe('(h) exports with bad filters', () => {
  it.each([
    ['/api/persons/export', 'liaison'],
    ['/api/organizations/export', 'delegation-reviewer'],
    ['/api/invoices/export', 'finance'],
  ] as const)('%s answers 400 before streaming, never 200 then a stall', async (path, role) => {
    const client = await app.as(role);
    const response = await client.get(`${path}?filters[$or]=`).timeout(10_000);
    expectFieldError(response, 'filters.$or');
  });
});

describe('writes that used to drop or clear fields silently', () => {
  it('a non-string delegation is refused and the delegation path is kept', async () => {
    const liaison = await newLiaison(app, 'domesticEnterprise');
    const pathOf = async () =>
      (
        (await app
          .strapi()
          .documents('api::organization.organization')
          .findOne({ documentId: liaison.organizationId } as never)) as unknown as {
          delegationPath: string;
        }
      ).delegationPath;
    const before = await pathOf();
    expect(before).toBeTruthy();
    for (const delegation of [5, { connect: [1] }, null, '']) {
      const response = await liaison.put(`/api/organizations/${liaison.organizationId}`, {
        data: { delegation },
      });
      expectFieldError(response, 'delegation');
    }
    expect(await pathOf()).toBe(before);
  });

  it('order creation refuses money and status fields by name', async () => {
    const liaison = await app.as('liaison');
    await writesNothing(async () => {
      const response = await liaison.post('/api/badge-orders', {
        data: {
          personIds: [liaisonPersonId],
          collectionMethod: 'pickup',
          termsAccepted: 'v1',
          idempotencyKey: 'fuzz-order-0001',
          amountFen: 1,
          orderStatus: 'paid',
        },
      });
      expectFieldError(response, 'amountFen');
      expectFieldError(response, 'orderStatus');
    });
  });

  it('invoice requests refuse money and status fields by name', async () => {
    const liaison = await app.as('liaison');
    await writesNothing(async () => {
      const response = await liaison.post('/api/invoices', {
        data: { order: 'whatever', kind: 'ordinary', amountFen: 1, invoiceStatus: 'issued' },
      });
      expectFieldError(response, 'amountFen');
      expectFieldError(response, 'invoiceStatus');
    });
  });
});

describe('a body nested past any form', () => {
  it.each([
    ['arrays', `{"data":${'['.repeat(5000)}${']'.repeat(5000)}}`],
    ['objects', `{"data":${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}`],
  ])('(%s) is a field error on the body, not a stack overflow', async (_, body) => {
    const token = await app.tokenOf('liaison');
    await writesNothing(async () => {
      for (const path of ['/api/persons', '/api/auth/local']) {
        const response = await app
          .http()
          .post(path)
          .set('Authorization', `Bearer ${token}`)
          .set('Content-Type', 'application/json')
          .send(body);
        expectFieldError(response, 'body');
      }
    });
  });
});

describe("a string past its column's length", () => {
  it('is a field error in both languages, without the value echoed back', async () => {
    const liaison = await app.as('liaison');
    await writesNothing(async () => {
      const response = await liaison.put(`/api/persons/${liaisonPersonId}`, {
        data: { position: '职'.repeat(100_000) },
      });
      expectFieldError(response, 'position');
      expect(response.text.length).toBeLessThan(2000);
    });
  });
});
