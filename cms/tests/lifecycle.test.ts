import { describe, expect, it } from 'vitest';
import { transition } from '../src/lifecycle/transition';
import { withStrapi } from './support/app';

/** The lifecycle service: config/'s machine decides, the database records the audit row. */
const app = withStrapi();

async function organization(category: string, reviewStatus = 'draft') {
  return app
    .strapi()
    .documents('api::organization.organization')
    .create({
      data: { editionNumber: 8, category, name: `测试单位 ${Math.random()}`, reviewStatus },
    } as never);
}
const logsOf = (recordRef: string) =>
  app
    .strapi()
    .documents('api::review-log.review-log')
    .findMany({ filters: { recordRef }, sort: 'id:asc' } as never);
const stateOf = async (documentId: string) =>
  (
    await app
      .strapi()
      .documents('api::organization.organization')
      .findOne({ documentId } as never)
  )?.reviewStatus;
const request = (documentId: string, action: string, actor: string, extra: object = {}) => ({
  uid: 'api::organization.organization' as const,
  machine: 'organization' as const,
  documentId,
  action,
  actor: actor as never,
  ...extra,
});

describe('a lifecycle transition', () => {
  it('moves the state and writes one audit row with who, from, to and reason', async () => {
    const org = await organization('domesticGovernmentAgency');
    await transition(
      app.strapi(),
      request(org.documentId, 'submit', 'liaison', {
        changes: { submittedAt: new Date().toISOString() },
      }),
    );
    await transition(
      app.strapi(),
      request(org.documentId, 'reject', 'delegationReviewer', {
        reason: '营业执照不清晰',
        actorName: '审核员',
        context: { category: 'domesticGovernmentAgency' },
      }),
    );
    expect(await stateOf(org.documentId)).toBe('rejected');
    const logs = await logsOf(org.documentId);
    expect(logs.map((l) => `${l.fromState}→${l.toState}:${l.action}:${l.actorRole}`)).toEqual([
      'draft→submitted:submit:liaison',
      'submitted→rejected:reject:delegationReviewer',
    ]);
    expect(logs[1]).toMatchObject({ reason: '营业执照不清晰', actorName: '审核员' });
  });

  it('refuses a reviewer approving a category the system approves, and writes nothing', async () => {
    const org = await organization('domesticEnterprise', 'submitted');
    await expect(
      transition(app.strapi(), request(org.documentId, 'approve', 'delegationReviewer')),
    ).rejects.toMatchObject({
      status: 409,
      details: {
        errors: [
          expect.objectContaining({
            path: ['reviewStatus'],
            code: 'categoryNotDelegationReviewed',
          }),
        ],
      },
    });
    expect(await stateOf(org.documentId)).toBe('submitted');
    expect(await logsOf(org.documentId)).toHaveLength(0);
  });

  it('asks for a reason before a rejection', async () => {
    const org = await organization('domesticSocialOrganization', 'submitted');
    await expect(
      transition(app.strapi(), request(org.documentId, 'reject', 'operations', { reason: '  ' })),
    ).rejects.toMatchObject({
      details: {
        errors: [
          expect.objectContaining({ path: ['reason'], code: 'reasonRequired', zh: '请填写原因' }),
        ],
      },
    });
    expect(await stateOf(org.documentId)).toBe('submitted');
  });

  it('lets only one of two simultaneous approvals through', async () => {
    const org = await organization('overseasOther', 'submitted');
    const results = await Promise.allSettled([
      transition(
        app.strapi(),
        request(org.documentId, 'approve', 'delegationReviewer', {
          context: { category: 'overseasOther' },
        }),
      ),
      transition(
        app.strapi(),
        request(org.documentId, 'approve', 'operations', {
          context: { category: 'overseasOther' },
        }),
      ),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect((await logsOf(org.documentId)).filter((l) => l.action === 'approve')).toHaveLength(1);
  });

  it('answers 404 for a record that does not exist', async () => {
    await expect(
      transition(app.strapi(), request('no-such-document', 'submit', 'liaison')),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});

describe('allowed actions on records', () => {
  it('tell a delegation reviewer it may approve or reject a submitted government agency of its subtree', async () => {
    const reviewer = await app.as('delegation-reviewer');
    const delegation = await app
      .strapi()
      .documents('api::delegation.delegation')
      .findFirst({ filters: { code: 'shanghai-xuhui' } } as never);
    const org = await app
      .strapi()
      .documents('api::organization.organization')
      .create({
        data: {
          editionNumber: 8,
          category: 'domesticGovernmentAgency',
          name: '徐汇区示例委员会',
          reviewStatus: 'submitted',
          delegationPath: (delegation as unknown as { path: string }).path,
        },
      } as never);
    const response = await reviewer.get(`/api/organizations/${org.documentId}`);
    expect(response.status).toBe(200);
    expect(response.body.data.allowedActions).toEqual(['approve', 'reject']);
    const list = await reviewer.get('/api/organizations?filters[reviewStatus][$eq]=submitted');
    expect(
      list.body.data.find((o: { documentId: string }) => o.documentId === org.documentId)
        .allowedActions,
    ).toEqual(['approve', 'reject']);
  });

  it('tell the liaison of an approved organization there is nothing to do', async () => {
    const liaison = await app.as('liaison');
    const session = await liaison.get('/api/session');
    const response = await liaison.get(
      `/api/organizations/${session.body.data.organization.documentId}`,
    );
    expect(response.body.data.allowedActions).toEqual([]);
  });
});
