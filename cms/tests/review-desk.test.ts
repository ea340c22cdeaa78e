import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withStrapi } from './support/app';
import { openMailbox } from './support/mailbox';
import { workbookOf } from './support/workbook';

/** Issue 3, delegation side: queue scope, bulk decisions, export, counts, mails, one-click. */
const mailbox = await openMailbox();
await mailbox.start();
const app = withStrapi({ SMTP_PORT: String(mailbox.port) });
afterAll(() => mailbox.stop());

const ORG = 'api::organization.organization';
const delegationPath = async (code: string) =>
  (
    (await app
      .strapi()
      .documents('api::delegation.delegation')
      .findFirst({ filters: { code } } as never)) as unknown as { path: string }
  ).path;

async function submitted(
  code: string,
  category: string,
  n: number,
  extra: Record<string, unknown> = {},
) {
  const path = await delegationPath(code);
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const org = await app
      .strapi()
      .documents(ORG)
      .create({
        data: {
          editionNumber: 8,
          category,
          name: `${code} 待审核单位 ${i}`,
          delegationPath: path,
          reviewStatus: 'submitted',
          submittedAt: new Date(Date.now() - i * 60_000).toISOString(),
          contactEmail: `${code}-${i}@example.com`,
          ...extra,
        },
      } as never);
    ids.push(org.documentId);
  }
  return ids;
}

let xuhui: string[];
let beijing: string[];
beforeAll(async () => {
  xuhui = await submitted('shanghai-xuhui', 'domesticGovernmentAgency', 6);
  beijing = await submitted('beijing-dongcheng', 'domesticSocialOrganization', 2);
});

describe('the review queue', () => {
  it('shows a Shanghai reviewer its subtree only, filtered and sorted', async () => {
    const reviewer = await app.as('delegation-reviewer');
    const response = await reviewer.get(
      '/api/organizations?filters[reviewStatus][$eq]=submitted&filters[delegationPath][$startsWith]=/shanghai/shanghai-xuhui/&sort=submittedAt:desc&pagination[pageSize]=50',
    );
    const ids = response.body.data.map((o: { documentId: string }) => o.documentId);
    expect(ids).toEqual(xuhui);
    const all = await reviewer.get('/api/organizations?pagination[pageSize]=200');
    expect(all.body.data.map((o: { documentId: string }) => o.documentId)).not.toContain(
      beijing[0],
    );
  });

  it('searches by name or credit code', async () => {
    const reviewer = await app.as('delegation-reviewer');
    const response = await reviewer.get(
      '/api/organizations?filters[$or][0][name][$containsi]=xuhui 待审核单位 3&filters[$or][1][creditCode][$containsi]=xuhui 待审核单位 3',
    );
    expect(response.body.data.map((o: { documentId: string }) => o.documentId)).toEqual([xuhui[3]]);
  });
});

describe('the review queue read path (one SQL statement)', () => {
  const xuhuiPath = '/shanghai/shanghai-xuhui/';
  const now = new Date();
  const portalQuery = [
    'filters[reviewStatus][$in][0]=submitted',
    'filters[category][$in][0]=domesticGovernmentAgency',
    `filters[delegationPath][$startsWith]=${xuhuiPath}`,
    `filters[submittedAt][$between][0]=${new Date(now.getTime() - 86_400_000).toISOString()}`,
    `filters[submittedAt][$between][1]=${now.toISOString()}`,
    `filters[$or][0][name][$containsi]=${encodeURIComponent('XUHUI 待审核')}`,
    `filters[$or][1][creditCode][$containsi]=${encodeURIComponent('XUHUI 待审核')}`,
    'sort[0]=submittedAt:desc',
    'pagination[page]=2',
    'pagination[pageSize]=2',
    'populate[delegation][fields][0]=nameZh',
    'populate[delegation][fields][1]=nameEn',
    'populate[delegation][fields][2]=code',
  ].join('&');
  // `$notNull` is not covered by the SQL path: the same query then goes through Strapi's.
  const generic = (query: string) => `${query}&filters[id][$notNull]=true`;

  it.each([
    ['delegation-reviewer', portalQuery],
    ['delegation-reviewer', 'filters[reviewStatus][$eq]=submitted&sort=submittedAt:desc'],
    ['delegation-reviewer', 'sort=name:asc,submittedAt&pagination[pageSize]=3'],
    ['delegation-reviewer', 'pagination[page]=99&pagination[pageSize]=5'],
    ['operations', portalQuery],
    ['operations', 'filters[reviewStatus][$eq]=submitted&pagination[pageSize]=200'],
    ['liaison', ''],
  ] as const)('answers %s exactly as the generic list: %s', async (role, query) => {
    const client = await app.as(role);
    const service = app.strapi().service(ORG) as unknown as { findInScope: () => unknown };
    const spy = vi.spyOn(service, 'findInScope');
    try {
      const fast = await client.get(`/api/organizations?${query}`);
      expect(fast.status).toBe(200);
      expect(await spy.mock.results[0]?.value, 'served by the SQL path').not.toBeNull();
      const slow = await client.get(`/api/organizations?${generic(query)}`);
      expect(slow.status).toBe(200);
      expect(await spy.mock.results[1]?.value, 'served by Strapi').toBeNull();
      expect(fast.body).toEqual(slow.body);
      expect(fast.body.meta.pagination.total).toBeGreaterThan(0);
    } finally {
      spy.mockRestore();
    }
  });

  it('keeps its scope: a Shanghai reviewer asking for Beijing gets nothing', async () => {
    const reviewer = await app.as('delegation-reviewer');
    const response = await reviewer.get(
      '/api/organizations?filters[delegationPath][$startsWith]=/beijing/',
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: [],
      meta: { pagination: { page: 1, pageSize: 25, pageCount: 0, total: 0 } },
    });
  });

  it('matches LIKE wildcards literally, as Strapi does', async () => {
    const reviewer = await app.as('delegation-reviewer');
    const response = await reviewer.get(
      `/api/organizations?filters[name][$containsi]=${encodeURIComponent('%_')}`,
    );
    expect(response.body.meta.pagination.total).toBe(0);
  });
});

describe('bulk decisions', () => {
  it('approve what is in scope and allowed, and list why the rest failed', async () => {
    const reviewer = await app.as('delegation-reviewer');
    const response = await reviewer.post('/api/organizations/bulk-transitions', {
      data: { documentIds: [xuhui[0], xuhui[1], beijing[0]], action: 'approve' },
    });
    expect(response.status).toBe(200);
    expect(response.body.data.succeeded.sort()).toEqual([xuhui[0], xuhui[1]].sort());
    expect(response.body.data.failed).toEqual([
      expect.objectContaining({ documentId: beijing[0], code: 'notFound' }),
    ]);
    const again = await reviewer.post('/api/organizations/bulk-transitions', {
      data: { documentIds: [xuhui[0]], action: 'approve' },
    });
    expect(again.body.data.failed[0]).toMatchObject({
      documentId: xuhui[0],
      code: 'notAllowedFromState',
      zh: expect.any(String),
    });
    const history = await reviewer.get(`/api/organizations/${xuhui[0]}/history`);
    expect(history.body.data).toEqual([
      expect.objectContaining({
        action: 'approve',
        fromState: 'submitted',
        toState: 'approved',
        actorRole: 'delegationReviewer',
      }),
    ]);
    await mailbox.waitFor('shanghai-xuhui-0@example.com', (m) => m.subject.includes('审核通过'));
  });

  it('require a reason to reject, and mail the reason', async () => {
    const reviewer = await app.as('delegation-reviewer');
    const noReason = await reviewer.post('/api/organizations/bulk-transitions', {
      data: { documentIds: [xuhui[2]], action: 'reject' },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.errors[0]).toMatchObject({
      path: ['reason'],
      code: 'reasonRequired',
    });
    const rejected = await reviewer.post('/api/organizations/bulk-transitions', {
      data: { documentIds: [xuhui[2]], action: 'reject', reason: '单位名称与营业执照不一致' },
    });
    expect(rejected.body.data.succeeded).toEqual([xuhui[2]]);
    const stored = await app
      .strapi()
      .documents(ORG)
      .findOne({ documentId: xuhui[2] } as never);
    expect(stored).toMatchObject({
      reviewStatus: 'rejected',
      rejectionReason: '单位名称与营业执照不一致',
    });
    const mail = await mailbox.waitFor('shanghai-xuhui-2@example.com', (m) =>
      m.subject.includes('不通过'),
    );
    expect(mail.text).toContain('单位名称与营业执照不一致');
  });

  it('are not open to a liaison (403)', async () => {
    const liaison = await app.as('liaison');
    expect(
      (
        await liaison.post('/api/organizations/bulk-transitions', {
          data: { documentIds: [xuhui[3]], action: 'approve' },
        })
      ).status,
    ).toBe(403);
  });
});

describe('export and counts', () => {
  it('exports the filtered queue as XLSX with Chinese headers', async () => {
    const reviewer = await app.as('delegation-reviewer');
    const workbook = await workbookOf(
      reviewer.get(
        '/api/organizations/export?filters[delegationPath][$startsWith]=/shanghai/shanghai-xuhui/&filters[reviewStatus][$eq]=submitted',
      ),
    );
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('单位名称');
    const names = sheet.getColumn(1).values.slice(2);
    expect(names).toHaveLength(3); // six submitted, two approved and one rejected above
    expect(sheet.getRow(2).getCell(5).value).toBe('待审核');
  });

  it('counts by state and by sub-delegation within the reviewer scope', async () => {
    const reviewer = await app.as('delegation-reviewer');
    const response = await reviewer.get('/api/organizations/stats');
    expect(response.status).toBe(200);
    const xuhuiRow = response.body.data.bySubDelegation.find(
      (r: { code: string }) => r.code === 'shanghai-xuhui',
    );
    expect(xuhuiRow).toMatchObject({
      nameZh: '徐汇区分团',
      counts: { submitted: 3, approved: 2, rejected: 1 },
    });
    expect(
      response.body.data.bySubDelegation.some((r: { code: string }) =>
        r.code?.startsWith('beijing'),
      ),
    ).toBe(false);
    expect(response.body.data.byStatus.submitted).toBeGreaterThanOrEqual(3);
  });
});

describe('one-click registration', () => {
  it('invites previous organizations by mail; the link opens the pre-filled draft once', async () => {
    const operations = await app.as('operations');
    expect(
      (await operations.post('/api/one-click-campaigns', { data: { fromEdition: 8 } })).status,
    ).toBe(400);
    const started = await operations.post('/api/one-click-campaigns', { data: { fromEdition: 7 } });
    expect(started.status).toBe(202);
    const mail = await mailbox.waitFor('chen.siyuan@pujiang-demo.example.cn', (m) =>
      m.subject.includes('一键注册'),
    );
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.text)![1]);
    // The job invites all twelve; the first mail may arrive before the last invitation is made.
    const deadline = Date.now() + 15_000;
    let invited = 0;
    while (invited < 12 && Date.now() < deadline) {
      invited = (await operations.get('/api/one-click-campaigns/stats')).body.data.invited;
      if (invited < 12) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(invited).toBe(12);

    const opened = await app.http().get(`/api/registration/one-click/${encodeURIComponent(token)}`);
    expect(opened.status).toBe(200);
    expect(opened.body.data.organization).toMatchObject({
      name: '上海浦江示例国际贸易有限公司',
      creditCode: '91310115MA1K3P8R31',
    });
    const accepted = await app
      .http()
      .post(`/api/registration/one-click/${encodeURIComponent(token)}`)
      .send({ data: { password: 'OneClick2025' } });
    expect(accepted.status).toBe(201);
    expect(accepted.body.data.organization).toMatchObject({
      editionNumber: 8,
      reviewStatus: 'draft',
      name: '上海浦江示例国际贸易有限公司',
    });
    const reused = await app
      .http()
      .post(`/api/registration/one-click/${encodeURIComponent(token)}`)
      .send({ data: { password: 'OneClick2025' } });
    expect(reused.status).toBe(410);
    expect(reused.body.error.details.errors[0].code).toBe('linkUsed');
    const forged = await app
      .http()
      .get(`/api/registration/one-click/${encodeURIComponent(`${token.slice(0, -2)}xx`)}`);
    expect(forged.status).toBe(410);
    const after = await operations.get('/api/one-click-campaigns/stats');
    expect(after.body.data).toMatchObject({ opened: 1, registered: 1 });
    expect(after.body.data.sent).toBeGreaterThanOrEqual(1);
  });
});

describe('mail while the SMTP server is down', () => {
  it('is delayed, not dropped', async () => {
    await mailbox.stop();
    const reviewer = await app.as('delegation-reviewer');
    await reviewer.post(`/api/organizations/${xuhui[4]}/transitions`, {
      data: { action: 'approve' },
    });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(mailbox.mails.some((m) => m.to.includes('shanghai-xuhui-4@example.com'))).toBe(false);
    await mailbox.start();
    await mailbox.waitFor(
      'shanghai-xuhui-4@example.com',
      (m) => m.subject.includes('审核通过'),
      30_000,
    );
  });
});
