import crypto from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../cms/src/bootstrap/seed/demo-accounts';
import { residentId } from '../../cms/tests/support/identities';
import {
  cmsUrl,
  launchBrowser,
  openPage,
  portalUrl,
  screenshot,
  submitLogin,
} from './support/browser';

/**
 * Issue 4: a returning organization's liaison (7th edition, seeded) renews, is approved, then
 * in the browser adds persons by hand, brings two forward from the previous edition and
 * requests badge reuse for one of them.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// prev7-org-03 of database/seed/data/previous-edition.json: two persons with issued badges.
const RETURNING = {
  creditCode: '91440305MA5F7Q2K5H',
  reusedName: '林嘉欣',
  reusedBadge: 'CIIE7-000396',
};

async function api(
  path: string,
  jwt: string | null,
  init: { method?: string; body?: unknown } = {},
) {
  const response = await fetch(`${cmsUrl()}/api${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'Content-Type': 'application/json',
      ...(jwt ? { Authorization: `Bearer ${jwt}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the journey reads a few fields of cms answers
  return { status: response.status, body: (await response.json().catch(() => null)) as any };
}

/** The returning liaison renews for this edition and submits: an enterprise is approved at once. */
async function renewAndSubmit() {
  const login = await api('/auth/local', null, {
    method: 'POST',
    body: { identifier: RETURNING.creditCode, password: DEMO_PASSWORD },
  });
  expect(login.status).toBe(200);
  const jwt = login.body.jwt as string;
  const renewed = await api('/registration/renewal', jwt, { method: 'POST' });
  expect([200, 201]).toContain(renewed.status);
  const id = renewed.body.data.documentId as string;
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  const form = new FormData();
  form.append('file', new Blob([png], { type: 'image/png' }), 'licence.png');
  const licence = await fetch(`${cmsUrl()}/api/organizations/${id}/licence`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${jwt}` },
    body: form,
  });
  expect(licence.status).toBe(200);
  expect((await api(`/organizations/${id}/consent`, jwt, { method: 'POST' })).status).toBe(200);
  const submitted = await api(`/organizations/${id}/transitions`, jwt, {
    method: 'POST',
    body: { data: { action: 'submit' } },
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  expect(submitted.body.data.reviewStatus).toBe('approved');
}

async function addByHand(page: Page, name: string) {
  await page.getByTestId('person-add').click();
  const form = page.getByTestId('person-form');
  await form.waitFor();
  await form.getByLabel('姓名').fill(name);
  await form.getByLabel('证件号码').fill(residentId());
  await form.getByLabel('手机号码').fill(`139${String(crypto.randomInt(0, 1e8)).padStart(8, '0')}`);
  await page.getByTestId('person-save').click();
  await page.getByText('人员信息已保存').first().waitFor();
  await page.locator('.ant-drawer-close').click();
  await page.locator('.ant-table-row', { hasText: name }).waitFor();
}

describe('a returning organization’s persons', () => {
  it('adds three persons by hand, brings two forward and requests badge reuse for one', async () => {
    await renewAndSubmit();
    const { page, context, pageErrors } = await openPage(browser);
    try {
      await submitLogin(page, RETURNING.creditCode, DEMO_PASSWORD);
      await page.waitForURL(`${portalUrl()}/visitor`);
      await page.goto(`${portalUrl()}/visitor/persons`);
      await page.getByTestId('person-steps').waitFor();

      for (const name of ['赵一鸣', '钱二丽', '孙三强']) await addByHand(page, name);
      await screenshot(page, 'persons-1-added-by-hand');
      const masked = await page.locator('.ant-table-row', { hasText: '赵一鸣' }).textContent();
      expect(masked).toMatch(/\d{2}\*+[\dX]/);

      await page.getByRole('button', { name: '往届专业观众人员' }).click();
      await page.waitForURL(`${portalUrl()}/visitor/persons/previous`);
      const previousRows = page.locator('.ant-table-row');
      await expect.poll(() => previousRows.count()).toBe(2);
      await page.locator('.ant-table-thead .ant-checkbox-input').check();
      await screenshot(page, 'persons-2-previous-ticked');
      await page.getByTestId('bring-forward').click();
      await page.getByText('已带出 2 名人员').waitFor();
      await expect.poll(() => page.getByText('已在本届名单').count()).toBe(2);

      await page.getByText('返回人员列表').click();
      await page.waitForURL(`${portalUrl()}/visitor/persons`);
      await page.getByTestId('person-steps').waitFor();
      const reused = page.locator('.ant-table-row', { hasText: RETURNING.reusedName });
      await reused.first().waitFor();
      await screenshot(page, 'persons-3-brought-forward');
      await reused.getByTestId('person-reuse').click();
      await page.getByTestId('reuse-badge-number').fill(RETURNING.reusedBadge);
      await page.getByRole('button', { name: '核验并申请复用' }).click();
      await page.getByText(`${RETURNING.reusedName} 已申请证件复用`).waitFor();
      await expect.poll(() => reused.getByTestId('person-status').textContent()).toBe('待审核');
      await expect.poll(() => page.locator('.ant-table-row').count()).toBe(5);
      await screenshot(page, 'persons-3-reuse-pending-review');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the person list on a phone without horizontal overflow of the page', async () => {
    const { page, context } = await openPage(browser, 'phone');
    try {
      await submitLogin(page, RETURNING.creditCode, DEMO_PASSWORD);
      await page.waitForURL(`${portalUrl()}/visitor`);
      await page.goto(`${portalUrl()}/visitor/persons`);
      await page.getByTestId('person-steps').waitFor();
      await screenshot(page, 'persons-4-phone');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });
});
