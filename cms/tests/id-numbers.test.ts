import crypto from 'node:crypto';
import { maskIdNumber } from '@pvis/config';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillIdNumberHashes } from '../src/id-numbers/keep-hash';
import { newAccount, withStrapi } from './support/app';
import { errorsOf } from './support/field-errors';
import { residentId } from './support/identities';
import { openMailbox } from './support/mailbox';
import { approvedLiaison, paidOrder } from './support/orders';
import { workbookOf } from './support/workbook';

/**
 * Issue 10 finding 3, over HTTP: ID numbers leave the server masked on every path (populate on
 * orders, order lines and refunds included), are searched only by the whole number through a
 * keyed hash (every other operator refused, on every route taking filters), and are shown whole
 * only on the person record route of liaison and operations — logged, limited per account, and
 * reported to operations once per window.
 */
const mailbox = await openMailbox();
await mailbox.start();
const READ_LIMIT = 3;
const ALERT_TO = 'security-desk@example.com';
const app = withStrapi({
  SMTP_PORT: String(mailbox.port),
  ID_NUMBER_WHOLE_READS_PER_WINDOW: String(READ_LIMIT),
  ID_NUMBER_WHOLE_READS_WINDOW_MINUTES: '60',
  ID_NUMBER_ALERT_EMAIL: ALERT_TO,
});
afterAll(() => mailbox.stop());

const knex = () => app.strapi().db.connection;
type Response = {
  status: number;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers read field by field in assertions
  body: Record<string, any>;
};

/** What the hash column must hold for a number (the test key of support/boot.ts). */
function expectedHash(idNumber: string) {
  const key = process.env.ID_NUMBER_HASH_KEY!;
  const fingerprint = crypto
    .createHmac('sha256', key)
    .update('pvis:id-number-hash-key')
    .digest('hex')
    .slice(0, 8);
  const digest = crypto
    .createHmac('sha256', key)
    .update(idNumber.trim().toUpperCase())
    .digest('hex');
  return `${fingerprint}:${digest}`;
}

const idNumberOf = async (personId: string) =>
  (await knex()('persons').where({ document_id: personId }).first('id_number')).id_number as string;

/** No whole number and no hash anywhere in the answer; the masked form instead. */
function expectMaskedOnly(response: Response, idNumbers: string[]) {
  expect(response.status, response.text).toBe(200);
  for (const number of idNumbers) {
    expect(response.text).not.toContain(number);
    expect(response.text).not.toContain(number.slice(0, 17));
  }
  expect(response.text).not.toContain('idNumberHash');
}

/** Requests as a fresh account of a role (its own read count). */
async function freshAccount(role: string) {
  const { username } = await newAccount(app, role);
  const token = await app.login(username, 'Secret#2025');
  const as = (request: supertest.Test) => request.set('Authorization', `Bearer ${token}`);
  const http = () => supertest(app.strapi().server.httpServer);
  return {
    username,
    get: (url: string) => as(http().get(url)),
    post: (url: string, body?: object) => as(http().post(url)).send(body),
  };
}

let paid: Awaited<ReturnType<typeof paidOrder>>;
let numbers: string[];
let refundId: string;

beforeAll(async () => {
  // A paid order of two persons; operations rejects the second, which raises its refund.
  paid = await paidOrder(app, ['full', 'half'], 'bankTransfer');
  numbers = await Promise.all(paid.personIds.map(idNumberOf));
  const operations = await app.as('operations');
  const rejected = await operations.post(`/api/persons/${paid.personIds[1]}/transitions`, {
    data: { action: 'reject', reason: '证件照片不清晰' },
  });
  expect(rejected.status, rejected.text).toBe(200);
  const refund = await knex()('refunds')
    .where({ person_ref: paid.personIds[1] })
    .first('document_id');
  refundId = refund.document_id;
});

describe('every answer masks ID numbers', () => {
  it('populate on orders, order lines and refunds answers masked numbers, for every role that reads them', async () => {
    const routes = [
      `/api/badge-orders?populate[lines][populate][0]=person`,
      `/api/badge-orders/${paid.order.documentId}?populate[lines][populate]=*`,
      `/api/badge-order-lines?populate[0]=person&populate[1]=order&filters[orderRef][$eq]=${paid.order.documentId}`,
      `/api/badge-order-lines?populate[person][fields][0]=idNumber&populate[person][fields][1]=name`,
      `/api/refunds?populate[0]=person`,
      `/api/refunds/${refundId}?populate[0]=person`,
    ];
    const operations = await app.as('operations');
    const finance = await app.as('finance');
    for (const [who, client] of [
      ['liaison', paid.liaison],
      ['finance', finance],
      ['operations', operations],
    ] as const) {
      for (const route of routes) {
        const response = (await client.get(route)) as unknown as Response;
        expectMaskedOnly(response, numbers);
        if (route.includes(paid.order.documentId) || route.includes(refundId)) {
          expect(response.text, `${who} ${route}`).toMatch(/"idNumber(Masked)?":"31\*{15}[0-9X]"/);
        }
      }
    }
  });

  it('lists and the record route of roles that do not need the number are masked', async () => {
    const [first] = paid.personIds;
    const finance = await app.as('finance');
    const reviewer = await app.as('delegation-reviewer');
    for (const client of [finance, reviewer]) {
      const record = (await client.get(`/api/persons/${first}`)) as unknown as Response;
      expectMaskedOnly(record, numbers);
      expect(record.body.data.idNumber).toBe(maskIdNumber(numbers[0]!));
      expectMaskedOnly(
        (await client.get('/api/persons?pagination[pageSize]=200')) as never,
        numbers,
      );
    }
    expectMaskedOnly((await paid.liaison.get('/api/persons')) as never, numbers);
  });

  it('the person record route shows the whole number to the liaison of its organization and to operations', async () => {
    const [first] = paid.personIds;
    const own = await paid.liaison.get(`/api/persons/${first}`);
    expect(own.status, own.text).toBe(200);
    expect(own.body.data.idNumber).toBe(numbers[0]);
    const operations = await freshAccount('operations');
    const reviewed = await operations.get(
      `/api/persons/${first}?populate[previousPerson][fields][0]=idNumber`,
    );
    expect(reviewed.status, reviewed.text).toBe(200);
    expect(reviewed.body.data.idNumber).toBe(numbers[0]);
    expect(reviewed.text).not.toContain('idNumberHash');
  });
});

describe('searching by ID number', () => {
  it('finds a person by the whole number, in any letter case, through the keyed hash', async () => {
    const liaison = await approvedLiaison(app);
    const withX = '11010519491231002X';
    const created = await liaison.post('/api/persons', {
      data: { name: '李雷', regionType: 'mainland', idType: 'residentId', idNumber: withX },
    });
    expect(created.status, created.text).toBe(201);
    const stored = await knex()('persons')
      .where({ document_id: created.body.data.documentId })
      .first('id_number_hash');
    expect(stored.id_number_hash).toBe(expectedHash(withX));
    for (const query of [
      `filters[idNumber][$eq]=${withX.toLowerCase()}`,
      `filters[idNumber]=${withX}`,
      `filters[idNumber][$eqi]=%20${withX.toLowerCase()}`,
      `filters[$or][0][idNumber][$eq]=${withX}&filters[$or][1][name][$eq]=nobody`,
    ]) {
      const found = await liaison.get(`/api/persons?${query}`);
      expect(found.status, `${query}: ${found.text}`).toBe(200);
      expect(found.body.data.map((p: { documentId: string }) => p.documentId)).toEqual([
        created.body.data.documentId,
      ]);
      expect(found.body.data[0].idNumber).toBe(maskIdNumber(withX));
    }
    const none = await liaison.get(`/api/persons?filters[idNumber][$eq]=${withX.slice(0, 17)}`);
    expect(none.body.data).toEqual([]);
  });

  it('finds records through a relation by the whole number (finance: order lines of a person)', async () => {
    const finance = await app.as('finance');
    const lines = await finance.get(
      `/api/badge-order-lines?filters[person][idNumber][$eq]=${numbers[0]}`,
    );
    expect(lines.status, lines.text).toBe(200);
    expect(lines.body.data.map((l: { personRef: string }) => l.personRef)).toEqual([
      paid.personIds[0],
    ]);
  });

  it('refuses every other operator, anywhere in the filters, on every route that takes them, with a field-level 400', async () => {
    const number = numbers[0]!;
    const prefix = number.slice(0, 6);
    const personFilters = [
      `filters[idNumber][$startsWith]=${prefix}`,
      `filters[idNumber][$startsWithi]=${prefix}`,
      `filters[idNumber][$contains]=${prefix}`,
      `filters[idNumber][$containsi]=${prefix}`,
      `filters[idNumber][$notContains]=${prefix}`,
      `filters[idNumber][$endsWith]=${number.slice(-4)}`,
      `filters[idNumber][$lt]=${prefix}`,
      `filters[idNumber][$gte]=${prefix}`,
      `filters[idNumber][$between][0]=310000&filters[idNumber][$between][1]=320000`,
      `filters[idNumber][$in][0]=${number}&filters[idNumber][$in][1]=${prefix}`,
      `filters[idNumber][$ne]=${number}`,
      `filters[idNumber][$null]=true`,
      `filters[idNumber][$notNull]=true`,
      `filters[idNumber][$eq]=${number}&filters[idNumber][$startsWith]=${prefix}`,
      `filters[$or][0][idNumber][$startsWith]=${prefix}&filters[$or][1][name][$eq]=x`,
      `filters[$and][0][$or][0][idNumber][$contains]=${prefix}`,
      `filters[$not][idNumber][$eq]=${number}`,
      `filters[previousPerson][idNumber][$startsWith]=${prefix}`,
      `filters[idNumberHash][$startsWith]=a`,
      `sort=idNumber:asc`,
      `sort[0]=name&sort[1]=idNumber:desc`,
    ];
    const cases: [string, string, string[]][] = [
      ['operations', '/api/persons', personFilters],
      ['liaison', '/api/persons/export', [`filters[idNumber][$startsWith]=${prefix}`]],
      ['operations', '/api/persons/export', [`filters[idNumber][$containsi]=${prefix}`]],
      ['delegation-reviewer', '/api/persons', [`filters[idNumber][$startsWith]=${prefix}`]],
      ['finance', '/api/badge-order-lines', [`filters[person][idNumber][$startsWith]=${prefix}`]],
      ['finance', '/api/refunds', [`filters[person][idNumber][$contains]=${prefix}`]],
      ['finance', '/api/badge-orders', [`filters[lines][person][idNumber][$startsWith]=${prefix}`]],
      [
        'operations',
        '/api/badge-orders',
        [`populate[lines][populate][person][filters][idNumber][$startsWith]=${prefix}`],
      ],
      ['operations', '/api/badges', [`filters[person][idNumber][$startsWith]=${prefix}`]],
      ['operations', '/api/activity-signups', [`filters[person][idNumber][$lt]=${prefix}`]],
      [
        'operations',
        `/api/persons/${paid.personIds[0]}`,
        [`populate[previousPerson][filters][idNumber][$startsWith]=${prefix}`],
      ],
      ['public', '/api/persons', [`filters[idNumber][$startsWith]=${prefix}`]],
    ];
    for (const [role, route, filters] of cases) {
      const client = role === 'liaison' ? paid.liaison : await app.as(role as never);
      for (const filter of filters) {
        const response = (await client.get(`${route}?${filter}`)) as unknown as Response;
        expect(response.status, `${role} ${route}?${filter}: ${response.text}`).toBe(400);
        const [error] = errorsOf(response);
        expect(error?.code).toMatch(/^idNumber(ExactOnly|NotSortable)$/);
        expect(error?.path[error.path.length - 1]).toMatch(/^(idNumber|sort)$/);
        expect(error?.zh).toMatch(/证件号码/);
        expect(response.text).not.toContain(number);
      }
    }
  });

  it('exports the persons found by the whole number, masked (人员导出)', async () => {
    const operations = await app.as('operations');
    const workbook = await workbookOf(
      operations.get(`/api/persons/export?filters[idNumber][$eq]=${numbers[0]}`),
    );
    const sheet = workbook.worksheets[0]!;
    const text = JSON.stringify(sheet.getSheetValues());
    expect(sheet.rowCount).toBe(2);
    expect(text).toContain(maskIdNumber(numbers[0]!));
    expect(text).not.toContain(numbers[0]);
  });

  it('finds an earlier edition person by the whole number only (往届人员)', async () => {
    const liaison = paid.liaison;
    const partial = await liaison.get(`/api/persons/previous?idNumber=${numbers[0]!.slice(0, 10)}`);
    expect(partial.status).toBe(200);
    expect(partial.body.data).toEqual([]);
  });
});

describe('the hash is kept by the server', () => {
  it('follows a changed number and cannot be written by the caller', async () => {
    const liaison = await approvedLiaison(app);
    const created = await liaison.post('/api/persons', {
      data: { name: '韩梅梅', regionType: 'mainland', idType: 'residentId', idNumber: numbers[0] },
    });
    expect(created.status, created.text).toBe(201);
    const id = created.body.data.documentId as string;
    const forged = await liaison.put(`/api/persons/${id}`, { data: { idNumberHash: 'forged' } });
    expect(forged.status).toBe(400);
    const changed = await liaison.put(`/api/persons/${id}`, { data: { idNumber: numbers[1] } });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.data.idNumber).toBe(maskIdNumber(numbers[1]!));
    const row = await knex()('persons').where({ document_id: id }).first('id_number_hash');
    expect(row.id_number_hash).toBe(expectedHash(numbers[1]!));
  });

  it('hashes rows written without it (old rows, SQL scripts, another key) at start', async () => {
    const [first, second] = paid.personIds;
    await knex()('persons').where({ document_id: first }).update({ id_number_hash: null });
    await knex()('persons')
      .where({ document_id: second })
      .update({ id_number_hash: 'old-key:abc' });
    await backfillIdNumberHashes(app.strapi());
    const rows = await knex()('persons')
      .whereIn('document_id', [first, second])
      .orderBy('id')
      .select('id_number_hash');
    expect(rows.map((r) => r.id_number_hash)).toEqual(numbers.map(expectedHash));
  });
});

describe('whole numbers are logged, limited and reported', () => {
  it('writes who read which person, when and on which route; only operations reads the log, nobody writes it', async () => {
    const before = new Date(Date.now() - 1000);
    const [first] = paid.personIds;
    const shown = await paid.liaison.get(`/api/persons/${first}`);
    expect(shown.body.data.idNumber).toBe(numbers[0]);
    const rows = await knex()('id_number_reads')
      .where({ person_ref: first, role: 'liaison' })
      .where('read_at', '>=', before)
      .select(
        'user_id',
        'username',
        'role',
        'person_ref',
        'person_number',
        'organization_ref',
        'route',
        'read_at',
      );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      role: 'liaison',
      person_ref: first,
      person_number: shown.body.data.personNumber,
      organization_ref: paid.liaison.organizationId,
      route: `GET /api/persons/${first}`,
    });
    expect(rows[0].username).toMatch(/^liaison-/);
    // A masked answer is no whole read: finance's record route writes nothing.
    const finance = await app.as('finance');
    await finance.get(`/api/persons/${first}`);
    expect(await knex()('id_number_reads').where({ person_ref: first, role: 'finance' })).toEqual(
      [],
    );

    const operations = await app.as('operations');
    const log = await operations.get(`/api/id-number-reads?filters[personRef][$eq]=${first}`);
    expect(log.status, log.text).toBe(200);
    expect(log.body.data.length).toBeGreaterThanOrEqual(1);
    const count = async () => Number((await knex()('id_number_reads').count({ n: '*' }))[0]!.n);
    const total = await count();
    expect((await paid.liaison.get('/api/id-number-reads')).status).toBeGreaterThanOrEqual(403);
    expect((await finance.get('/api/id-number-alerts')).status).toBeGreaterThanOrEqual(403);
    const forged = {
      data: { userId: 1, role: 'x', personRef: 'x', route: 'x', readAt: new Date() },
    };
    for (const client of [operations, finance, paid.liaison]) {
      expect((await client.post('/api/id-number-reads', forged)).status).toBeGreaterThanOrEqual(
        403,
      );
      const id = log.body.data[0].documentId;
      expect((await client.delete(`/api/id-number-reads/${id}`)).status).toBeGreaterThanOrEqual(
        403,
      );
    }
    expect(await count()).toBe(total);
  });

  it(`refuses the whole number of more than ${READ_LIMIT} persons per window with 429, and alerts operations once`, async () => {
    const liaison = await approvedLiaison(app);
    const ids: string[] = [];
    for (let i = 0; i < READ_LIMIT + 2; i += 1) {
      const created = await liaison.post('/api/persons', {
        data: {
          name: `批量${i}`,
          regionType: 'mainland',
          idType: 'residentId',
          idNumber: residentId(),
        },
      });
      expect(created.status, created.text).toBe(201);
      ids.push(created.body.data.documentId);
    }
    const reader = await freshAccount('operations');
    for (const id of ids.slice(0, READ_LIMIT)) {
      const shown = await reader.get(`/api/persons/${id}`);
      expect(shown.status, shown.text).toBe(200);
      expect(shown.body.data.idNumber).toMatch(/^\d{17}[\dX]$/);
    }
    // Reading one of them again is no new exposure.
    expect((await reader.get(`/api/persons/${ids[0]}`)).status).toBe(200);
    for (const id of ids.slice(READ_LIMIT)) {
      const refused = (await reader.get(`/api/persons/${id}`)) as unknown as Response;
      expect(refused.status, refused.text).toBe(429);
      expect(errorsOf(refused)[0]).toMatchObject({ path: ['idNumber'], code: 'idNumberReadLimit' });
      expect(errorsOf(refused)[0]!.zh).toMatch(/证件号码/);
      expect(refused.text).not.toMatch(/\d{17}[\dX]/);
    }
    // Lists stay open: the limit is on whole numbers, and they are masked.
    expect((await reader.get(`/api/persons?filters[documentId][$eq]=${ids[4]}`)).status).toBe(200);

    const alerts = await knex()('id_number_alerts').where({ username: reader.username });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      role: 'operations',
      persons_read: READ_LIMIT,
      read_limit: READ_LIMIT,
      window_minutes: 60,
      mailed_to: ALERT_TO,
    });
    const mail = await mailbox.waitFor(ALERT_TO, (m) => m.text.includes(reader.username));
    expect(mail.subject).toContain('证件号码');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailbox.mails.filter((m) => m.text.includes(reader.username))).toHaveLength(1);
    const operations = await app.as('operations');
    const seen = await operations.get(
      `/api/id-number-alerts?filters[username][$eq]=${reader.username}`,
    );
    expect(seen.body.data).toHaveLength(1);
    expect(
      await knex()('id_number_reads')
        .where({ username: reader.username })
        .countDistinct({ n: 'person_ref' }),
    ).toEqual([{ n: String(READ_LIMIT) }]);
  });
});
