import { describe, expect, it } from 'vitest';
import { newLiaison, withStrapi } from './support/app';
import { residentId } from './support/identities';

/**
 * Issue 4, the review side of persons: operations (人员审核) decide many persons at once through
 * `POST /persons/bulk-transitions`, each row by the person machine; others may not.
 */
const app = withStrapi();

/** An approved enterprise's persons, put in the given states (payment is issue 5's). */
async function personsIn(states: string[]) {
  const liaison = await newLiaison(app, 'domesticEnterprise');
  await liaison.post(`/api/organizations/${liaison.organizationId}/transitions`, {
    data: { action: 'submit' },
  });
  const ids: string[] = [];
  for (const [index, state] of states.entries()) {
    const created = await liaison.post('/api/persons', {
      data: {
        name: `审核测试${index}`,
        gender: 'male',
        regionType: 'mainland',
        idType: 'residentId',
        idNumber: residentId(),
      },
    });
    expect(created.status, created.text).toBe(201);
    const documentId = created.body.data.documentId as string;
    await app
      .strapi()
      .db.connection('persons')
      .where({ document_id: documentId })
      .update({ person_status: state });
    ids.push(documentId);
  }
  return { liaison, ids };
}

const statusOf = async (documentId: string) =>
  (await app
    .strapi()
    .db.connection('persons')
    .where({ document_id: documentId })
    .first('person_status', 'rejection_reason')) as {
    person_status: string;
    rejection_reason: string | null;
  };

describe('bulk person review by operations', () => {
  it('approves the persons under review and reports the rows the machine refuses', async () => {
    const { ids } = await personsIn(['pendingReview', 'pendingReview', 'pendingPayment']);
    const operations = await app.as('operations');
    const response = await operations.post('/api/persons/bulk-transitions', {
      data: { documentIds: [...ids, 'not-a-person'], action: 'approve' },
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body.data.succeeded.sort()).toEqual([ids[0], ids[1]].sort());
    expect(response.body.data.failed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ documentId: ids[2], zh: expect.any(String) }),
        expect.objectContaining({ documentId: 'not-a-person', code: 'notFound' }),
      ]),
    );
    expect((await statusOf(ids[0])).person_status).toBe('approved');
    expect((await statusOf(ids[2])).person_status).toBe('pendingPayment');
    const history = await operations.get(`/api/persons/${ids[0]}/history`);
    expect(history.body.data).toContainEqual(
      expect.objectContaining({
        action: 'approve',
        fromState: 'pendingReview',
        toState: 'approved',
      }),
    );
  });

  it('rejects only with a reason, and writes nothing without one', async () => {
    const { ids } = await personsIn(['pendingReview']);
    const operations = await app.as('operations');
    const noReason = await operations.post('/api/persons/bulk-transitions', {
      data: { documentIds: ids, action: 'reject' },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.errors[0]).toMatchObject({ path: ['reason'] });
    expect((await statusOf(ids[0])).person_status).toBe('pendingReview');
    const rejected = await operations.post('/api/persons/bulk-transitions', {
      data: { documentIds: ids, action: 'reject', reason: '证件照不清晰' },
    });
    expect(rejected.body.data.succeeded).toEqual(ids);
    expect(await statusOf(ids[0])).toEqual({
      person_status: 'rejected',
      rejection_reason: '证件照不清晰',
    });
  });

  it('answers an empty selection with 400 (how the portal detects the route)', async () => {
    const operations = await app.as('operations');
    const response = await operations.post('/api/persons/bulk-transitions', {
      data: { documentIds: [], action: 'approve' },
    });
    expect(response.status).toBe(400);
  });

  it('is not a delegation reviewer’s, and a liaison cannot approve their own persons with it', async () => {
    const { liaison, ids } = await personsIn(['pendingReview']);
    const reviewer = await app.as('delegation-reviewer');
    const byReviewer = await reviewer.post('/api/persons/bulk-transitions', {
      data: { documentIds: ids, action: 'approve' },
    });
    expect([403, 404]).toContain(byReviewer.status);
    const byLiaison = await liaison.post('/api/persons/bulk-transitions', {
      data: { documentIds: ids, action: 'approve' },
    });
    expect(byLiaison.status).toBe(200);
    expect(byLiaison.body.data.succeeded).toEqual([]);
    expect((await statusOf(ids[0])).person_status).toBe('pendingReview');
  });
});
