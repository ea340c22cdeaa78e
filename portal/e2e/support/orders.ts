import crypto from 'node:crypto';
import { orderTerms } from '@pvis/config';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { DEMO_PASSWORD } from '../../../cms/src/bootstrap/seed/demo-accounts';
import { residentId } from '../../../cms/tests/support/identities';
import { type ApiClient, apiClient } from '../support-persons';
import { accountOf, cmsUrl, type DemoRole, launchBrowser } from './browser';

/**
 * What the order journeys set up over the API before a person takes over in the browser: a
 * demo account's client, persons pending payment, an order, its payment on the sandbox bank.
 */

/** One browser for the file's journeys, launched before and closed after them. */
export function browserForFile(): () => Browser {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser;
}

/** A demo account signed in over the API. */
export async function clientOf(role: DemoRole): Promise<ApiClient> {
  const login = await fetch(`${cmsUrl()}/api/auth/local`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identifier: accountOf(role).username, password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  return apiClient(((await login.json()) as { jwt: string }).jwt);
}

/** The demo liaison's persons pending payment (待支付), one per name, submitted over the API. */
export async function pendingPersons(liaison: ApiClient, names: string[], entryDates = ['full']) {
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    const created = (await liaison.call(
      'POST',
      '/api/persons',
      {
        data: {
          name,
          regionType: 'mainland',
          idType: 'residentId',
          idNumber: residentId(),
          entryDateOption: entryDates[i % entryDates.length],
        },
      },
      201,
    )) as { data: { documentId: string } };
    await liaison.call('POST', `/api/persons/${created.data.documentId}/transitions`, {
      data: { action: 'submit' },
    });
    ids.push(created.data.documentId);
  }
  return ids;
}

export interface PlacedOrder {
  documentId: string;
  orderNumber: string;
  amountFen: number;
  liaison: ApiClient;
}

/** The demo liaison's order (pick-up, every notice ticked) for new persons with these names. */
export async function unpaidOrder(names: string[], entryDates = ['full']): Promise<PlacedOrder> {
  const liaison = await clientOf('liaison');
  const personIds = await pendingPersons(liaison, names, entryDates);
  const placed = (await liaison.call(
    'POST',
    '/api/badge-orders',
    {
      data: {
        personIds,
        collectionMethod: 'pickup',
        termsAccepted: orderTerms.map((t) => t.code),
        idempotencyKey: crypto.randomBytes(12).toString('hex'),
      },
    },
    201,
  )) as { data: Omit<PlacedOrder, 'liaison'> };
  return { ...placed.data, liaison };
}

/** Pays the order by Alipay QR: the payer presses Pay on the sandbox bank's page. */
export async function payOnSandbox(order: PlacedOrder) {
  const opened = (await order.liaison.call(
    'POST',
    `/api/badge-orders/${order.documentId}/payments`,
    { data: { method: 'alipay' } },
    201,
  )) as { data: { prompt: { qrContent: string } } };
  const paid = await fetch(`${opened.data.prompt.qrContent}/pay`, { method: 'POST' });
  expect(paid.status).toBe(200);
  const detail = (await order.liaison.call('GET', `/api/badge-orders/${order.documentId}`)) as {
    data: { orderStatus: string };
  };
  expect(detail.data.orderStatus).toBe('paid');
}

/** The liaison requests an invoice of the paid order over the API, and finance issues it. */
export async function issuedInvoice(order: PlacedOrder, request: Record<string, unknown>) {
  const invoice = (await order.liaison.call(
    'POST',
    '/api/invoices',
    { data: { order: order.documentId, ...request } },
    201,
  )) as { data: { documentId: string } };
  const finance = await clientOf('finance');
  await finance.call('POST', `/api/invoices/${invoice.data.documentId}/transitions`, {
    data: { action: 'issue' },
  });
  return invoice.data.documentId;
}
