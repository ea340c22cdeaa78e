import crypto from 'node:crypto';
import { orderTerms, residentIdCheck } from '@pvis/config';
import { expect } from 'vitest';
import { newLiaison, type withStrapi } from './app';

type App = ReturnType<typeof withStrapi>;
export type Liaison = Awaited<ReturnType<typeof newLiaison>>;

function residentId() {
  const first17 = `310115198804${String(crypto.randomInt(10, 28))}${String(crypto.randomInt(100, 999))}`;
  return `${first17}${residentIdCheck(first17)}`;
}

/**
 * The way to an unpaid badge order for payment tests: an approved liaison, persons submitted to
 * pending payment (one per entry-date option given), an order placed for them.
 */
export function orderFixtures(app: App) {
  async function approvedLiaison() {
    const liaison = await newLiaison(app, 'domesticEnterprise');
    const submitted = await liaison.post(
      `/api/organizations/${liaison.organizationId}/transitions`,
      { data: { action: 'submit' } },
    );
    expect(submitted.body.data.reviewStatus).toBe('approved');
    return liaison;
  }

  async function pendingPersons(liaison: Liaison, entryDates: string[]) {
    const ids: string[] = [];
    for (const [i, entryDateOption] of entryDates.entries()) {
      const created = await liaison.post('/api/persons', {
        data: {
          name: `参观者${i + 1}`,
          regionType: 'mainland',
          idType: 'residentId',
          idNumber: residentId(),
          entryDateOption,
        },
      });
      expect(created.status, created.text).toBe(201);
      const id = created.body.data.documentId as string;
      await liaison.post(`/api/persons/${id}/transitions`, { data: { action: 'submit' } });
      ids.push(id);
    }
    return ids;
  }

  /** A new liaison's order for persons with these entry dates: `{documentId, orderNumber, amountFen}`. */
  async function unpaidOrder(entryDates: string[] = ['full']) {
    const liaison = await approvedLiaison();
    const personIds = await pendingPersons(liaison, entryDates);
    const response = await liaison.post('/api/badge-orders', {
      data: {
        personIds,
        collectionMethod: 'pickup',
        termsAccepted: orderTerms.map((t) => t.code),
        idempotencyKey: crypto.randomBytes(12).toString('hex'),
      },
    });
    expect(response.status, response.text).toBe(201);
    const order = response.body.data as {
      documentId: string;
      orderNumber: string;
      amountFen: number;
    };
    return { liaison, personIds, order };
  }

  return { approvedLiaison, pendingPersons, unpaidOrder };
}
