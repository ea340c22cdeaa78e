import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAN, launchBrowser, openPage, portalUrl, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The titles (links) of a content list once it has loaded. */
async function titlesOf(page: Page, testId: string) {
  const links = page.getByTestId(testId).locator('.ant-list-item-meta-title a');
  await links.first().waitFor();
  return links.allTextContents();
}

describe('the public services page', () => {
  it('shows the seeded news in Chinese, then in English after switching the language', async () => {
    const { context, page, pageErrors } = await openPage(browser, 'desktop');
    try {
      await page.goto(`${portalUrl()}/services`);
      expect(await page.getByTestId('services-title').textContent()).toMatch(HAN);
      const zhNews = await titlesOf(page, 'news-list');
      expect(zhNews.length).toBeGreaterThan(0);
      for (const title of zhNews) expect(title).toMatch(HAN);
      expect((await titlesOf(page, 'pre-expo-news-list')).length).toBeGreaterThan(0);
      expect((await titlesOf(page, 'guide-list')).length).toBeGreaterThan(0);
      expect((await titlesOf(page, 'activity-list')).length).toBeGreaterThan(0);
      await screenshot(page, 'services-zh');

      const englishNews = page.waitForResponse((r) => {
        const url = new URL(r.url());
        return (
          url.pathname === '/api/news-items' &&
          url.searchParams.get('filters[category][$eq]') === 'expoNews' &&
          url.searchParams.get('locale') === 'en'
        );
      });
      await page.getByTestId('language-switch').getByText('English').click();
      expect((await englishNews).status()).toBe(200);
      await page.getByTestId('services-title').filter({ hasNotText: HAN }).waitFor();
      await page
        .getByTestId('news-list')
        .locator('.ant-list-item-meta-title a')
        .filter({ hasNotText: HAN })
        .first()
        .waitFor();
      const enNews = await titlesOf(page, 'news-list');
      expect(enNews.length).toBe(zhNews.length);
      for (const title of enNews) {
        expect(title).toMatch(/[A-Za-z]{3}/);
        expect(title).not.toMatch(HAN);
      }
      expect(await page.evaluate(() => localStorage.getItem('pvis.locale'))).toBe('en');
      await screenshot(page, 'services-en');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens a guide on its own page and renders its Markdown body', async () => {
    const { context, page, pageErrors } = await openPage(browser, 'desktop');
    try {
      await page.goto(`${portalUrl()}/services`);
      const first = page.getByTestId('guide-list').locator('.ant-list-item-meta-title a').first();
      const title = await first.textContent();
      await first.click();
      await page.waitForURL(/\/services\/guides\/[^/]+$/);
      const heading = page.getByTestId('content-title');
      await heading.waitFor();
      expect(await heading.textContent()).toBe(title);
      const body = page.getByTestId('markdown');
      await body.waitFor();
      // `## 一、…` headings and **bold** become elements, not literal Markdown.
      expect(await body.locator('h2, h3').count()).toBeGreaterThan(0);
      expect(await body.locator('strong').count()).toBeGreaterThan(0);
      const text = (await body.textContent()) ?? '';
      expect(text).toMatch(HAN);
      expect(text).not.toContain('##');
      expect(text).not.toContain('**');
      await screenshot(page, 'services-guide');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
