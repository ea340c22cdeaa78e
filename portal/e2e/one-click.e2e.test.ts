import { type OrganizationCategory, reviewModeOf } from '@pvis/config';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logInAs, openPage, portalUrl, screenshot } from './support/browser';
import { waitForMail } from './support/mail';
import { licencePng } from './support-registration';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A 7th-edition organization of the demo seed (approved then, so it is invited). */
const PREVIOUS = {
  contactEmail: 'chen.siyuan@pujiang-demo.example.cn',
  name: '上海浦江示例国际贸易有限公司',
  creditCode: '91310115MA1K3P8R31',
};

describe('one-click registration (一键注册)', () => {
  it('operations invite the 7th edition; a returning organization follows the mailed link and submits', async () => {
    const operations = await openPage(browser, 'desktop');
    const liaison = await openPage(browser, 'phone');
    try {
      // Operations start the campaign for the previous edition in the portal.
      const o = operations.page;
      await logInAs(o, 'operations');
      await o.goto(`${portalUrl()}/operations/one-click-registration`);
      await o.getByTestId('campaign-stats').waitFor();
      // The previous edition is preselected once the editions have loaded.
      await o.getByTestId('from-edition').getByText('第七届中国国际进口博览会').waitFor();
      await o.getByTestId('start-campaign').click();
      const started = o.waitForResponse(
        (r) => r.url().endsWith('/api/one-click-campaigns') && r.request().method() === 'POST',
      );
      await o.locator('.ant-modal-confirm').getByRole('button', { name: '发起一键注册' }).click();
      expect((await started).status(), 'POST /api/one-click-campaigns').toBe(202);
      await screenshot(o, 'one-click-1-started');

      // The invitation reaches the organization's contact; its link points at this portal.
      const mail = await waitForMail(PREVIOUS.contactEmail, (m) => m.subject.includes('一键注册'));
      expect(mail.text).toContain(PREVIOUS.name);
      const link = /(https?:\/\/\S+\/register\/one-click\?token=\S+)/.exec(mail.text)?.[1];
      expect(link, 'the mail carries the one-click link').toBeDefined();
      expect(link!.startsWith(portalUrl())).toBe(true);

      // The liaison opens it on a phone: the previous organization, then a password.
      const l = liaison.page;
      const opened = l.waitForResponse((r) => r.url().includes('/api/registration/one-click/'));
      await l.goto(link!);
      const previous = (await (await opened).json()) as {
        data: { organization?: { category: OrganizationCategory } };
      };
      const category = previous.data.organization!.category;
      await l.getByTestId('one-click-organization').waitFor();
      expect(await l.getByTestId('one-click-organization').textContent()).toContain(
        PREVIOUS.creditCode,
      );
      await screenshot(l, 'one-click-2-link-opened');
      await l.getByTestId('password-input').fill('OneClick2025');
      await l.getByTestId('password-confirm-input').fill('OneClick2025');
      const accepted = l.waitForResponse(
        (r) => r.url().includes('/api/registration/one-click/') && r.request().method() === 'POST',
      );
      await l.getByTestId('one-click-submit').click();
      expect((await accepted).status(), 'POST /api/registration/one-click/:token').toBe(201);

      // The pre-filled wizard: licence and consent are asked again, the rest carried over.
      await l.waitForURL(`${portalUrl()}/visitor/organization`);
      await l.getByTestId('organization-wizard').waitFor();
      await l.getByTestId('step-licence').waitFor();
      expect(await l.getByTestId('org-name-input').inputValue()).toBe(PREVIOUS.name);
      const uploaded = l.waitForResponse(
        (r) => r.url().includes('/licence') && r.request().method() === 'POST',
      );
      await l.locator('[data-testid="step-licence"] input[type="file"]').setInputFiles({
        name: 'licence.png',
        mimeType: 'image/png',
        buffer: await licencePng(browser, PREVIOUS.name, PREVIOUS.creditCode),
      });
      expect((await uploaded).status()).toBeLessThan(300);
      await l.getByTestId('licence-image').waitFor();
      expect(await l.getByTestId('verify-credit-code').textContent()).toBe(PREVIOUS.creditCode);
      await screenshot(l, 'one-click-3-licence');
      await l.getByTestId('wizard-next').click();
      await l.getByTestId('step-details').waitFor({ state: 'visible' });
      expect(await l.getByTestId('contact-email-input').inputValue()).toBe(PREVIOUS.contactEmail);
      await l.getByTestId('consent-checkbox').check();
      await screenshot(l, 'one-click-4-details');
      await l.getByTestId('wizard-next').click();
      await l.getByTestId('step-preview').waitFor();
      expect(await l.getByTestId('preview-name').textContent()).toBe(PREVIOUS.name);
      expect(await l.getByTestId('preview-interests').locator('.ant-tag').count()).toBeGreaterThan(
        0,
      );
      await screenshot(l, 'one-click-5-preview');

      // Confirm and submit: approved at once or waiting for the delegation, as the category says.
      const expected = reviewModeOf(category) === 'auto' ? 'approved' : 'submitted';
      const submitted = l.waitForResponse((r) => r.url().endsWith('/transitions'));
      await l.getByTestId('confirm-submit').click();
      expect((await submitted).status(), 'POST /api/organizations/:id/transitions').toBe(200);
      const result = l.getByTestId('submit-result');
      await result.waitFor();
      expect(await result.getAttribute('data-status')).toBe(expected);
      await screenshot(l, 'one-click-6-submitted');

      // Operations see the invitation opened and registered.
      await o.reload();
      await o.getByTestId('campaign-stats').waitFor();
      const count = (title: string) =>
        o
          .locator('.ant-statistic')
          .filter({ hasText: title })
          .locator('.ant-statistic-content-value')
          .textContent();
      await expect.poll(() => count('已注册'), { timeout: 10_000 }).toBe('1');
      expect(await count('已打开')).toBe('1');
      await screenshot(o, 'one-click-7-counts');
      expect(operations.pageErrors).toEqual([]);
      expect(liaison.pageErrors).toEqual([]);
    } finally {
      await operations.context.close();
      await liaison.context.close();
    }
  }, 240_000);
});
