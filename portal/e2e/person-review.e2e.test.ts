import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentId } from '../../cms/tests/support/identities';
import { launchBrowser, logInAs, openPage, portalUrl, screenshot } from './support/browser';
import {
  addPerson,
  idPhotoPng,
  pngUpload,
  previousBadgeHolder,
  registerEnterprise,
} from './support-persons';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The masked form the cms lists an 18-character resident ID in (config/ maskIdNumber). */
const masked = (idNumber: string) =>
  `${idNumber.slice(0, 2)}${'*'.repeat(15)}${idNumber.slice(-1)}`;

describe('person review (人员审核) and the delegation’s person view (人员查看)', () => {
  it('operations reject a reused-badge applicant with a reason; the delegation sees persons read-only with counts', async () => {
    // A fresh enterprise registers (approved at once), adds a person and submits them: they wait
    // for payment, which is not a review matter.
    const enterpriseName = `上海临港示例供应链有限公司${Date.now().toString().slice(-5)}`;
    const enterprise = await registerEnterprise(browser, enterpriseName);
    const payingIdNumber = residentId('19910305');
    const paying = await addPerson(enterprise.liaison, {
      name: '周子涵',
      gender: 'female',
      regionType: 'mainland',
      idType: 'residentId',
      idNumber: payingIdNumber,
      position: '采购专员',
      mobile: '13912340001',
      email: 'zhou.zihan@example.cn',
    });
    const submitted = (await enterprise.liaison.call(
      'POST',
      `/api/persons/${paying.documentId}/transitions`,
      { data: { action: 'submit' } },
    )) as { data: { personStatus: string } };
    expect(submitted.data.personStatus).toBe('pendingPayment');

    // A 7th-edition badge holder joins it and applies for badge reuse (the edition's reuse quota
    // per organization applies): identity verified, free, straight to pending review — the
    // documented way into the review queue while badge orders are not built.
    const holder = previousBadgeHolder('韩雪');
    const reusing = await addPerson(enterprise.liaison, {
      name: holder.name,
      gender: holder.gender,
      regionType: holder.regionType,
      idType: holder.idType,
      idNumber: holder.idNumber,
      position: holder.position,
      mobile: holder.mobile,
      email: holder.email,
    });
    await enterprise.liaison.call(
      'POST',
      `/api/persons/${reusing.documentId}/photo`,
      pngUpload(await idPhotoPng(browser, holder.name), 'photo.png'),
    );
    const reused = (await enterprise.liaison.call(
      'POST',
      `/api/persons/${reusing.documentId}/reuse`,
      { data: { previousBadgeNumber: holder.badgeNumber } },
    )) as { data: { personStatus: string; paymentStatus: string } };
    expect(reused.data).toMatchObject({ personStatus: 'pendingReview', paymentStatus: 'free' });

    const reason = '证件照背景不符合要求，请上传白底证件照';
    const operations = await openPage(browser, 'desktop');
    const reviewer = await openPage(browser, 'desktop');
    const phone = await openPage(browser, 'phone');
    try {
      // Operations: the home counts the persons pending review and leads to the queue.
      const o = operations.page;
      await logInAs(o, 'operations');
      const card = o.getByTestId('person-review-card');
      await card.getByTestId('pending-review-count').waitFor();
      const pending = Number(
        (await card.locator('.ant-statistic-content-value').textContent())?.replace(/\D/g, ''),
      );
      expect(pending).toBeGreaterThanOrEqual(1);
      await screenshot(o, 'person-review-1-operations-home');
      await card.getByTestId('open-person-review').click();
      await o.waitForURL(`${portalUrl()}/operations/person-review`);

      // The queue lists pending review only, the ID masked: of the enterprise's two persons only
      // the reuse applicant is there, not the one waiting for payment.
      await o.getByTestId('person-queue').waitFor();
      // The cms offers operations bulk decisions, so the queue has them (detected, not assumed).
      await o.getByTestId('bulk-bar').waitFor();
      await o.getByTestId('filter-organization').fill(enterpriseName);
      await o.getByTestId('filter-submit').click();
      const row = o.locator('tr', {
        has: o.getByTestId('person-row-link').filter({ hasText: holder.name }),
      });
      await row.waitFor();
      expect(await row.getByTestId('masked-id').textContent()).toBe(masked(holder.idNumber));
      expect(await row.getByTestId('person-status').textContent()).toBe('待审核');
      expect(await o.getByTestId('person-row-link').allTextContents()).toEqual([holder.name]);
      // By the whole ID number, in either case.
      await o.getByTestId('filter-organization').fill('');
      await o.getByTestId('filter-id-number').fill(holder.idNumber.toLowerCase());
      await o.getByTestId('filter-submit').click();
      await o.locator('.ant-pagination-total-text').filter({ hasText: '共 1 条' }).waitFor();
      await row.waitFor();
      await screenshot(o, 'person-review-2-queue');

      // The record: the whole ID, the photo, the earlier badge, history; reject needs a reason.
      await row.getByTestId('person-row-link').click();
      await o.getByTestId('review-actions').waitFor();
      expect(await o.getByTestId('person-id-number').textContent()).toBe(holder.idNumber);
      expect(await o.getByTestId('previous-badge-number').textContent()).toBe(holder.badgeNumber);
      const image = o.getByTestId('id-photo').locator('img').first();
      await image.waitFor();
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
      await o.getByTestId('review-history').waitFor();
      expect(await o.getByTestId('review-actions').getByRole('button').allTextContents()).toEqual([
        '审核通过',
        '审核不通过',
      ]);
      await screenshot(o, 'person-review-3-record');
      await o.getByTestId('action-reject').click();
      await o.getByTestId('reject-confirm').click();
      await o.getByText('请填写审核不通过原因').waitFor();
      await o.getByTestId('reject-reason-input').fill(reason);
      const rejected = o.waitForResponse((r) => r.url().endsWith('/transitions'));
      await o.getByTestId('reject-confirm').click();
      expect((await rejected).status()).toBe(200);
      await o.getByTestId('person-status').filter({ hasText: '审核不通过' }).first().waitFor();
      expect(await o.getByTestId('rejection-reason-text').textContent()).toBe(reason);
      await o.getByTestId('history-row').nth(1).waitFor();
      expect(await o.getByTestId('review-history').textContent()).toContain(reason);
      expect(await o.getByTestId('review-actions').getByRole('button').count()).toBe(0);
      await screenshot(o, 'person-review-4-rejected');

      // The Shanghai delegation reviewer: counts on the home, the persons read-only.
      const r = reviewer.page;
      await logInAs(r, 'delegation-reviewer');
      const overview = r.getByTestId('person-overview');
      await overview.getByTestId('person-stats').waitFor();
      await screenshot(r, 'person-review-5-delegation-home');
      await r.goto(`${portalUrl()}/delegation/persons`);
      await r.getByTestId('person-stats').waitFor();
      const rejectedCount = Number(
        (
          await r
            .getByTestId('person-stat-rejected')
            .locator('.ant-statistic-content-value')
            .textContent()
        )?.replace(/\D/g, ''),
      );
      expect(rejectedCount).toBeGreaterThanOrEqual(1);
      await r.getByTestId('filter-organization').fill(enterpriseName);
      await r.getByTestId('filter-submit').click();
      const payingRow = r.locator('tr', {
        has: r.getByTestId('person-row-link').filter({ hasText: '周子涵' }),
      });
      await payingRow.waitFor();
      expect(await payingRow.getByTestId('masked-id').textContent()).toBe(masked(payingIdNumber));
      expect(await payingRow.getByTestId('person-status').textContent()).toBe('待支付');
      expect(await payingRow.getByTestId('payment-status').textContent()).toBe('未支付');
      expect(await r.locator('.ant-table-selection-column').count()).toBe(0);
      expect(await r.getByTestId('bulk-approve').count()).toBe(0);
      await r.getByTestId('filter-name').fill(holder.name);
      await r.getByTestId('filter-submit').click();
      const rejectedRow = r.locator('tr', {
        has: r.getByTestId('person-row-link').filter({ hasText: holder.name }),
      });
      await rejectedRow.getByTestId('person-status').filter({ hasText: '审核不通过' }).waitFor();
      await screenshot(r, 'person-review-6-delegation-list');
      await rejectedRow.getByTestId('person-row-link').click();
      await r.getByTestId('person-descriptions').waitFor();
      await r.getByTestId('review-history').waitFor();
      expect(await r.getByTestId('review-actions').getByRole('button').count()).toBe(0);
      expect(await r.getByTestId('rejection-reason-text').textContent()).toBe(reason);
      await screenshot(r, 'person-review-7-delegation-record');

      // The same list on a phone: nothing wider than the screen but the table's own scroll.
      const p = phone.page;
      await logInAs(p, 'delegation-reviewer');
      await p.goto(`${portalUrl()}/delegation/persons`);
      await p.getByTestId('person-stats').waitFor();
      await p.getByTestId('person-row-link').first().waitFor();
      // This edition only: the list's total is the count of /persons/stats (the 7th edition's
      // badge holders of Shanghai organizations are not in it).
      const statTotal = await p
        .getByTestId('person-stat-total')
        .locator('.ant-statistic-content-value')
        .textContent();
      await p
        .locator('.ant-pagination-total-text')
        .filter({ hasText: `共 ${statTotal} 条` })
        .waitFor();
      expect(await p.getByTestId('person-queue').textContent()).not.toContain('P7-');
      await screenshot(p, 'person-review-8-delegation-list-phone');
      const width = await p.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
      expect(width, 'no horizontal overflow at 375 px').toBeLessThanOrEqual(375);

      expect(operations.pageErrors).toEqual([]);
      expect(reviewer.pageErrors).toEqual([]);
      expect(phone.pageErrors).toEqual([]);
    } finally {
      await operations.context.close();
      await reviewer.context.close();
      await phone.context.close();
    }
  }, 240_000);
});
