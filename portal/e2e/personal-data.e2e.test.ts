import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logInAs, openPage, portalUrl, screenshot } from './support/browser';
import { clientOf } from './support/orders';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Issue 10: what the portal shows of the personal-data rules, as the people concerned use it. */
describe('personal data in the portal', () => {
  it('operations open a person and find the whole-number read in 证件号码查看记录', async () => {
    const { context, page, pageErrors } = await openPage(browser, 'desktop');
    try {
      const operations = await clientOf('operations');
      const persons = (await operations.call('GET', '/api/persons?pagination[pageSize]=1')) as {
        data: { documentId: string }[];
      };
      await logInAs(page, 'operations');
      await page.goto(`${portalUrl()}/operations/person-review/${persons.data[0].documentId}`);
      await page.getByTestId('page-title').waitFor();
      await page.goto(`${portalUrl()}/operations/id-number-reads`);
      const reads = page.getByTestId('id-number-reads');
      // The newest read is this account's, on the person record route, with the role's label.
      const newest = reads.locator('tr.ant-table-row').first();
      await newest.filter({ hasText: 'GET /api/persons/' }).waitFor();
      expect(await newest.textContent()).toContain('主办方');
      await screenshot(page, 'personal-data-1-id-number-reads');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the liaison downloads a ZIP of everything held on the organization, on a phone too', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const { context, page, pageErrors } = await openPage(browser, viewport);
      try {
        await logInAs(page, 'liaison');
        await page.goto(`${portalUrl()}/visitor/organization`);
        const card = page.getByTestId('personal-data');
        await card.waitFor();
        expect(await card.textContent()).toContain('本单位数据副本');
        await card.scrollIntoViewIfNeeded();
        await screenshot(page, `personal-data-2-card-${viewport}`);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('personal-data-download').click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.zip$/);
        const bytes = fs.readFileSync((await download.path()) as string);
        expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});
