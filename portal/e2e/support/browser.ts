import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';

export { CHROMIUM } from './chromium';

import { DEMO_PASSWORD, demoAccounts } from '../../../cms/src/bootstrap/seed/demo-accounts';

export const SCREENSHOTS = path.resolve(__dirname, '..', '..', '..', '.tmp', 'screenshots');

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 812 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export type DemoRole = (typeof demoAccounts)[number]['role'];

/** Where each role lands after signing in (portal/src/resources.ts `homeOfRole`). */
export const HOME_OF_ROLE: Record<DemoRole, string> = {
  liaison: '/visitor',
  colleague: '/colleague',
  'delegation-reviewer': '/delegation',
  finance: '/finance',
  operations: '/operations',
};

export const portalUrl = () => inject('portalUrl');
export const cmsUrl = () => inject('cmsUrl');

export const accountOf = (role: DemoRole) => {
  const account = demoAccounts.find((a) => a.role === role);
  if (!account) throw new Error(`no demo account for role ${role}`);
  return account;
};

export const launchBrowser = launchChromium;

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and CSP refusals in the page: a journey that ends with any is broken. */
  pageErrors: Error[];
}

/** A fresh context (no cookies, no localStorage) at a viewport, optionally at a URL. */
export async function openPage(
  browser: Browser,
  viewport: ViewportName = 'desktop',
  url?: string,
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    isMobile: viewport === 'phone',
    hasTouch: viewport === 'phone',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  // A Content-Security-Policy refusal breaks a page as surely as an exception (issue 10, finding 9).
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      pageErrors.push(new Error(message.text()));
  });
  if (url) await page.goto(url);
  return { context, page, pageErrors };
}

/** Fills the login form (账号 / 密码, 登录) of the portal. */
export async function submitLogin(page: Page, identifier: string, password: string) {
  await page.goto(`${portalUrl()}/login`);
  await page.getByLabel('账号').fill(identifier);
  await page.getByLabel('密码').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Signs in as a demo role through the form and waits for that role's home. */
export async function logInAs(page: Page, role: DemoRole) {
  await submitLogin(page, accountOf(role).username, DEMO_PASSWORD);
  await page.waitForURL(`${portalUrl()}${HOME_OF_ROLE[role]}`);
  await page.getByTestId('home-title').waitFor();
}

/** Full-page PNG at .tmp/screenshots/<name>.png (gitignored), once fonts and spinners settle. */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => {});
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** Text with at least one Han character. */
export const HAN = /\p{Script=Han}/u;

/** Ticks a checkbox, again if a re-render of its form took the tick away (seen under load). */
export async function checkFirmly(box: Locator) {
  for (let attempt = 1; ; attempt++) {
    try {
      await box.check({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
