import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAdmins } from '../../cms/src/bootstrap/seed/demo-accounts';
import { cmsUrl, launchBrowser, openPage, screenshot } from './support/browser';

const ADMIN_BUNDLE = path.resolve(__dirname, '..', '..', 'cms', 'dist', 'build', 'index.html');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const editor = demoAdmins.find((a) => a.roleCode === 'strapi-editor')!;

describe('the cms admin panel', () => {
  it('lets the content editor sign in and lists the collection types in the Content Manager', async () => {
    if (!fs.existsSync(ADMIN_BUNDLE)) {
      throw new Error(
        `The Strapi admin bundle is missing (${ADMIN_BUNDLE}): run \`npx strapi build\` in cms/ first.`,
      );
    }
    const { context, page, pageErrors } = await openPage(browser, 'desktop');
    try {
      await page.goto(`${cmsUrl()}/admin`);
      await page.locator('input[name="email"]').fill(editor.email);
      await page.locator('input[name="password"]').fill(editor.password);
      await page.locator('button[type="submit"]').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/admin/auth'));

      await page.goto(`${cmsUrl()}/admin/content-manager`);
      const nav = page.getByRole('navigation', { name: /content manager/i });
      for (const type of [
        'News 展会资讯',
        'Guide 注册报名指南',
        'Activity 展期活动',
        'Organization 单位',
        'Person 人员',
      ]) {
        await nav.getByRole('link', { name: type, exact: true }).waitFor();
      }
      // The first type opens: its list view has loaded.
      await page.waitForURL(/\/admin\/content-manager\/collection-types\//);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await screenshot(page, 'admin-content-manager');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
