import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountOf,
  type DemoRole,
  HAN,
  HOME_OF_ROLE,
  launchBrowser,
  logInAs,
  openPage,
  portalUrl,
  screenshot,
  submitLogin,
} from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stateOf = (page: import('playwright-core').Page, step: string) =>
  page.getByTestId(`progress-step-${step}`).getAttribute('data-state');

describe('signing in lands each role on its home', () => {
  it('the liaison logs in and lands on the visitor home with the progress flow', async () => {
    const { context, page, pageErrors } = await openPage(browser, 'desktop');
    try {
      await logInAs(page, 'liaison');
      expect(page.url()).toBe(`${portalUrl()}/visitor`);
      expect(await page.getByTestId('home-title').textContent()).toMatch(HAN);
      await page.getByTestId('progress-flow').waitFor();
      // The demo organization is approved; one person waits for payment.
      expect(await stateOf(page, 'organization')).toBe('finish');
      expect(await stateOf(page, 'payment')).toBe('process');
      expect(await page.getByTestId('organization-name').textContent()).toMatch(HAN);
      await screenshot(page, 'home-liaison');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  const staff: { role: DemoRole; who: string }[] = [
    { role: 'colleague', who: 'colleague of the organization' },
    { role: 'delegation-reviewer', who: 'delegation reviewer' },
    { role: 'finance', who: 'finance officer' },
    { role: 'operations', who: 'organizer (operations)' },
  ];
  for (const { role, who } of staff) {
    it(`the ${who} logs in and lands on their own home in Chinese`, async () => {
      const { context, page, pageErrors } = await openPage(browser, 'desktop');
      try {
        await logInAs(page, role);
        expect(page.url()).toBe(`${portalUrl()}${HOME_OF_ROLE[role]}`);
        const title = page.getByTestId('home-title');
        expect(await title.isVisible()).toBe(true);
        expect(await title.textContent()).toMatch(HAN);
        await screenshot(page, `home-${role}`);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('signing in with a wrong password', () => {
  it('says the account or password is wrong, in Chinese, and stays on the login page', async () => {
    const { context, page } = await openPage(browser, 'desktop');
    try {
      const response = page.waitForResponse((r) => r.url().endsWith('/api/auth/local'));
      await submitLogin(page, accountOf('liaison').username, 'not-the-password');
      const answer = await response;
      expect(answer.status()).toBe(400);
      const alert = page.getByTestId('login-error');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('账号或密码错误');
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(await page.evaluate(() => localStorage.getItem('pvis.jwt'))).toBeNull();
      await screenshot(page, 'login-wrong-password');
    } finally {
      await context.close();
    }
  });
});

describe('the visitor home on a phone', () => {
  it('renders at 375 px wide without horizontal overflow', async () => {
    const { context, page, pageErrors } = await openPage(browser, 'phone');
    try {
      await logInAs(page, 'liaison');
      await page.getByTestId('progress-flow').waitFor();
      const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
      await screenshot(page, 'home-liaison-phone');
      expect(width).toBeLessThanOrEqual(375);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the page title uncovered by the menu button', async () => {
    const { context, page } = await openPage(browser, 'phone');
    try {
      await logInAs(page, 'liaison');
      await page.getByTestId('progress-flow').waitFor();
      // The element painted at the title's first character must be the title itself.
      const covering = await page.getByTestId('home-title').evaluate((title) => {
        const box = title.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + 8, box.top + box.height / 2);
        return top && title.contains(top) ? null : (top?.outerHTML.slice(0, 120) ?? 'nothing');
      });
      expect(covering, 'an element covers the start of the home title').toBeNull();
    } finally {
      await context.close();
    }
  });
});
