import crypto from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentId } from '../../cms/tests/support/identities';
import { launchBrowser, logInAs, openPage, portalUrl, screenshot } from './support/browser';
import { newMobile } from './support-registration';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('快邀请 → 邀请单位同事', () => {
  it('a colleague registers on a phone through the liaison’s link, and the liaison confirms them', async () => {
    // The liaison opens the invitation card and reads the link (what the QR code carries).
    const liaison = await openPage(browser, 'desktop');
    await logInAs(liaison.page, 'liaison');
    await liaison.page.getByRole('menuitem', { name: '邀请单位同事' }).click();
    await liaison.page.waitForURL(`${portalUrl()}/visitor/invite`);
    const linkText = liaison.page.getByTestId('invitation-link');
    await linkText.waitFor().catch(async (error) => {
      await screenshot(liaison.page, 'colleague-invitation-0-liaison-card-missing');
      throw error;
    });
    const qr = liaison.page.getByAltText('邀请单位同事二维码');
    await qr.waitFor();
    await liaison.page.waitForFunction(
      () => (document.querySelector('img[alt="邀请单位同事二维码"]') as HTMLImageElement)?.complete,
    );
    expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(480);
    const link = (await linkText.textContent())?.trim() ?? '';
    expect(link).toMatch(/\/join\/[^/]+$/);
    await screenshot(liaison.page, 'colleague-invitation-1-liaison-card');

    // The colleague opens it on a phone and fills in their own details.
    const colleague = await openPage(browser, 'phone');
    const name = `赵${crypto.randomInt(100, 999)}`;
    const mobile = newMobile();
    await colleague.page.goto(`${portalUrl()}${new URL(link).pathname}`);
    await colleague.page.getByTestId('join-organization').waitFor();
    expect(await colleague.page.getByTestId('join-organization').textContent()).toContain(
      '上海浦东示范进口贸易有限公司',
    );
    await screenshot(colleague.page, 'colleague-invitation-2-phone-open');
    await colleague.page.getByTestId('join-name').fill(name);
    await colleague.page.getByText('女', { exact: true }).click();
    await colleague.page.getByTestId('join-id-number').fill('310115199001011234');
    await colleague.page.getByTestId('join-position').fill('采购专员');
    await colleague.page.getByTestId('join-mobile').fill(mobile);
    await colleague.page.getByTestId('join-email').fill(`${mobile}@example.com`);
    await colleague.page.getByTestId('password-input').fill('Colleague2025');
    await colleague.page.getByTestId('password-confirm-input').fill('Colleague2025');
    // A wrong check digit: the server's field error appears under the ID number.
    const refused = colleague.page.waitForResponse((r) =>
      r.url().includes('/api/invitations/join/'),
    );
    await colleague.page.getByTestId('join-submit').click();
    expect((await refused).status()).toBe(400);
    await colleague.page.locator('.ant-form-item-explain-error').first().waitFor();
    await screenshot(colleague.page, 'colleague-invitation-3-phone-field-error');
    await colleague.page.getByTestId('join-id-number').fill(residentId());
    const accepted = colleague.page.waitForResponse((r) =>
      r.url().includes('/api/invitations/join/'),
    );
    await colleague.page.getByTestId('join-submit').click();
    expect((await accepted).status()).toBe(201);
    await colleague.page.waitForURL(`${portalUrl()}/colleague`);
    await colleague.page.getByTestId('home-title').waitFor();
    expect(await colleague.page.getByTestId('colleague-identity').textContent()).toContain(name);
    const width = await colleague.page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(width, 'no horizontal overflow at 375 px').toBeLessThanOrEqual(375);
    await screenshot(colleague.page, 'colleague-invitation-4-phone-registered');

    // The liaison sees them to confirm, ticks them and confirms the selection.
    await liaison.page.reload();
    const row = liaison.page.locator('tr', { hasText: name });
    await row.waitFor();
    await screenshot(liaison.page, 'colleague-invitation-5-liaison-to-confirm');
    await row.locator('input[type="checkbox"]').check();
    await liaison.page.getByTestId('colleagues-bulk-confirm').click();
    const confirmed = liaison.page.waitForResponse((r) =>
      r.url().endsWith('/api/persons/bulk-transitions'),
    );
    await liaison.page.locator('.ant-modal-confirm').getByRole('button', { name: '确认' }).click();
    const answer = await confirmed;
    expect(answer.status()).toBe(200);
    expect((await answer.json()).data.failed).toEqual([]);
    await row.waitFor({ state: 'detached' });
    await screenshot(liaison.page, 'colleague-invitation-6-liaison-confirmed');

    // Confirmed: the person now waits for payment in the liaison's person list.
    await liaison.page.goto(`${portalUrl()}/visitor/persons`);
    const person = liaison.page.locator('tr', { hasText: name });
    await person.waitFor();
    expect(await person.getByTestId('person-status').textContent()).toBe('待支付');
    await screenshot(liaison.page, 'colleague-invitation-7-person-list');

    expect(liaison.pageErrors).toEqual([]);
    expect(colleague.pageErrors).toEqual([]);
    await liaison.context.close();
    await colleague.context.close();
  });
});
