import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCode } from '../../cms/tests/support/identities';
import { launchBrowser, logInAs, openPage, portalUrl, screenshot } from './support/browser';
import {
  completeDetails,
  type NewOrganization,
  newMobile,
  registerAccount,
} from './support-registration';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const submitAndExpect = async (page: Page, status: 'approved' | 'submitted') => {
  const answer = page.waitForResponse((r) => r.url().endsWith('/transitions'));
  await page.getByTestId('confirm-submit').click();
  expect((await answer).status(), 'POST /api/organizations/:id/transitions').toBe(200);
  const result = page.getByTestId('submit-result');
  await result.waitFor();
  expect(await result.getAttribute('data-status')).toBe(status);
};

describe('a new domestic enterprise registers', () => {
  it('goes through the whole wizard on a phone and is approved at once', async () => {
    const { context, page, pageErrors } = await openPage(browser, 'phone');
    const org: NewOrganization = {
      category: '境内企业',
      name: '上海浦江进口贸易有限公司',
      creditCode: creditCode('91'),
      mobile: newMobile(),
      password: 'Visitor2025',
      referralCode: 'Q2021537',
      shots: 'register-enterprise',
    };
    try {
      await registerAccount(page, org);
      await completeDetails(page, browser, org);
      await submitAndExpect(page, 'approved');
      expect(await page.getByTestId('submit-result').textContent()).toContain('审核通过');
      await screenshot(page, 'register-enterprise-7-approved');
      const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
      expect(width, 'no horizontal overflow at 375 px').toBeLessThanOrEqual(375);

      // The home's progress flow now shows the organization step done.
      await page.goto(`${portalUrl()}/visitor`);
      await page.getByTestId('progress-flow').waitFor();
      expect(await page.getByTestId('progress-step-organization').getAttribute('data-state')).toBe(
        'finish',
      );
      await page.goto(`${portalUrl()}/visitor/organization`);
      await page.getByTestId('organization-record').waitFor();
      await page.getByTestId('review-history').waitFor();
      await screenshot(page, 'register-enterprise-8-record');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);
});

describe('a government agency is reviewed by its delegation', () => {
  it('is rejected with a reason, fixed and resubmitted, then approved', async () => {
    const liaison = await openPage(browser, 'desktop');
    const reviewer = await openPage(browser, 'desktop');
    const org: NewOrganization = {
      category: '境内政府机构',
      name: '上海市浦东新区商务委员会',
      creditCode: creditCode('11'),
      mobile: newMobile(),
      password: 'Agency2025',
      subDelegation: '浦东新区分团',
      shots: 'register-agency',
    };
    const reason = '营业执照名称与填写的单位名称不一致，请核对后重新提交';
    try {
      // The liaison registers and submits: it waits for the delegation.
      await registerAccount(liaison.page, org);
      await completeDetails(liaison.page, browser, org);
      await submitAndExpect(liaison.page, 'submitted');
      await screenshot(liaison.page, 'register-agency-7-submitted');

      // The Shanghai reviewer finds it in the queue and rejects it with a reason.
      const r = reviewer.page;
      await logInAs(r, 'delegation-reviewer');
      await r.getByTestId('organization-stats').waitFor();
      await screenshot(r, 'delegation-home-stats');
      await r.goto(`${portalUrl()}/delegation/organizations`);
      await r.getByTestId('filter-search').fill(org.creditCode);
      await r.getByTestId('filter-submit').click();
      const row = r.getByTestId('queue-row-link').filter({ hasText: org.name });
      await row.waitFor();
      await screenshot(r, 'delegation-queue');
      await row.click();
      await r.getByTestId('review-actions').waitFor();
      await r.getByTestId('licence-image').waitFor();
      await screenshot(r, 'delegation-review-detail');
      await r.getByTestId('action-reject').click();
      // The dialog's form must be there before its button is pressed empty (the licence image
      // arrives by an authenticated fetch and may re-render the page meanwhile).
      await r.getByTestId('reject-reason-input').waitFor();
      await r.getByTestId('reject-confirm').click();
      await r.getByText('请填写审核不通过原因').waitFor();
      await r.getByTestId('reject-reason-input').fill(reason);
      const rejected = r.waitForResponse((x) => x.url().endsWith('/transitions'));
      await r.getByTestId('reject-confirm').click();
      expect((await rejected).status()).toBe(200);
      await r.getByTestId('review-status').filter({ hasText: '审核不通过' }).first().waitFor();

      // The liaison sees the reason, fixes the name and resubmits.
      const l = liaison.page;
      await l.goto(`${portalUrl()}/visitor/organization`);
      const alert = l.getByTestId('rejection-reason');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(reason);
      await screenshot(l, 'register-agency-8-rejected');
      await l.getByTestId('wizard-steps').waitFor();
      while (!(await l.getByTestId('step-licence').isVisible())) {
        await l.getByTestId('wizard-back').click();
      }
      await l.getByTestId('org-name-input').fill(`${org.name}（浦东新区）`);
      await l.getByTestId('wizard-next').click();
      await l.getByTestId('step-details').waitFor({ state: 'visible' });
      await l.getByTestId('wizard-next').click();
      await l.getByTestId('step-preview').waitFor();
      expect(await l.getByTestId('preview-name').textContent()).toBe(`${org.name}（浦东新区）`);
      await submitAndExpect(l, 'submitted');

      // The reviewer approves; the history shows reject and approve.
      await r.reload();
      await r.getByTestId('action-approve').click();
      const approved = r.waitForResponse((x) => x.url().endsWith('/transitions'));
      await r.locator('.ant-modal-confirm').getByRole('button', { name: '审核通过' }).click();
      expect((await approved).status()).toBe(200);
      await r.getByTestId('review-status').filter({ hasText: '审核通过' }).first().waitFor();
      await r.getByTestId('history-row').nth(3).waitFor();
      expect(await r.getByTestId('review-history').textContent()).toContain(reason);
      await screenshot(r, 'delegation-review-approved');

      // The liaison's record is approved, read-only.
      await l.goto(`${portalUrl()}/visitor/organization`);
      await l.getByTestId('organization-record').waitFor();
      expect(await l.getByTestId('review-status').first().textContent()).toBe('审核通过');
      await screenshot(l, 'register-agency-9-approved');
      expect(liaison.pageErrors).toEqual([]);
      expect(reviewer.pageErrors).toEqual([]);
    } finally {
      await liaison.context.close();
      await reviewer.context.close();
    }
  }, 240_000);
});

describe('operations', () => {
  it('see the queue over all delegations and the one-click registration figures', async () => {
    const { context, page, pageErrors } = await openPage(browser, 'desktop');
    try {
      await logInAs(page, 'operations');
      await page.goto(`${portalUrl()}/operations/organizations`);
      await page.getByTestId('organization-queue').waitFor();
      await screenshot(page, 'operations-queue');
      await page.goto(`${portalUrl()}/operations/one-click-registration`);
      await page.getByTestId('campaign-stats').waitFor();
      await screenshot(page, 'operations-one-click');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the registration pages work on a phone', async () => {
    const { context, page, pageErrors } = await openPage(browser, 'phone');
    try {
      for (const [path, name] of [
        ['/register/returning', 'returning-phone'],
        ['/forgot-password', 'forgot-password-phone'],
        ['/register/one-click?token=not-a-real-token', 'one-click-invalid-phone'],
      ] as const) {
        await page.goto(`${portalUrl()}${path}`);
        await page.getByTestId('page-title').waitFor();
        await screenshot(page, name);
        const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
        expect(width, `${path} fits 375 px`).toBeLessThanOrEqual(375);
      }
      await page.getByTestId('link-expired').waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
