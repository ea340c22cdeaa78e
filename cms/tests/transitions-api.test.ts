import { describe, expect, it } from 'vitest';
import { newLiaison, withStrapi } from './support/app';

/** POST /api/<plural>/:id/transitions: the review lifecycle over HTTP. */
const app = withStrapi();

const historyOf = async (organizationId: string) =>
  (
    await app
      .strapi()
      .documents('api::review-log.review-log')
      .findMany({
        filters: { recordRef: organizationId },
        sort: 'id:asc',
      } as never)
  ).map((log) => `${log.action}:${log.actorRole}:${log.toState}`);

describe('organization review over HTTP', () => {
  it('approves an enterprise silently on submit, as the system, with both steps in the review log', async () => {
    const liaison = await newLiaison(app, 'domesticEnterprise');
    const response = await liaison.post(
      `/api/organizations/${liaison.organizationId}/transitions`,
      {
        data: { action: 'submit' },
      },
    );
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ reviewStatus: 'approved', allowedActions: [] });
    expect(response.body.data.submittedAt).toBeTruthy();
    expect(await historyOf(liaison.organizationId)).toEqual([
      'submit:liaison:submitted',
      'autoApprove:system:approved',
    ]);
  });

  it('leaves a government agency for its delegation: reject with a reason, fix, resubmit, approve', async () => {
    const liaison = await newLiaison(app, 'domesticGovernmentAgency');
    const url = `/api/organizations/${liaison.organizationId}/transitions`;
    const submitted = await liaison.post(url, { data: { action: 'submit' } });
    expect(submitted.body.data).toMatchObject({ reviewStatus: 'submitted', allowedActions: [] });

    const reviewer = await app.as('delegation-reviewer');
    const queue = await reviewer.get(
      '/api/organizations?filters[reviewStatus][$eq]=submitted&pagination[pageSize]=100',
    );
    expect(queue.body.data.map((o: { documentId: string }) => o.documentId)).toContain(
      liaison.organizationId,
    );

    const noReason = await reviewer.post(url, { data: { action: 'reject' } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.errors[0]).toMatchObject({
      path: ['reason'],
      code: 'reasonRequired',
    });

    const rejected = await reviewer.post(url, {
      data: { action: 'reject', reason: '请上传清晰的营业执照' },
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.data).toMatchObject({
      reviewStatus: 'rejected',
      rejectionReason: '请上传清晰的营业执照',
    });

    const mine = await liaison.get(`/api/organizations/${liaison.organizationId}`);
    expect(mine.body.data.allowedActions).toEqual(expect.arrayContaining(['submit']));
    expect((await liaison.post(url, { data: { action: 'submit' } })).body.data.reviewStatus).toBe(
      'submitted',
    );

    const approved = await reviewer.post(url, { data: { action: 'approve' } });
    expect(approved.body.data).toMatchObject({ reviewStatus: 'approved', rejectionReason: null });
    expect(await historyOf(liaison.organizationId)).toEqual([
      'submit:liaison:submitted',
      'reject:delegationReviewer:rejected',
      'submit:liaison:submitted',
      'approve:delegationReviewer:approved',
    ]);
  });

  it('refuses a liaison approving its own organization, and writes nothing', async () => {
    const liaison = await newLiaison(app, 'domesticSocialOrganization');
    const url = `/api/organizations/${liaison.organizationId}/transitions`;
    await liaison.post(url, { data: { action: 'submit' } });
    const response = await liaison.post(url, { data: { action: 'approve' } });
    expect(response.status).toBe(409);
    expect(response.body.error.details.errors[0]).toMatchObject({
      code: 'actorNotAllowed',
      zh: expect.any(String),
      en: expect.any(String),
    });
    expect(await historyOf(liaison.organizationId)).toEqual(['submit:liaison:submitted']);
  });

  it('asks for the action when the body has none', async () => {
    const liaison = await newLiaison(app, 'domesticEnterprise');
    const response = await liaison.post(
      `/api/organizations/${liaison.organizationId}/transitions`,
      { data: {} },
    );
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({
      path: ['action'],
      code: 'missingAction',
    });
  });
});
