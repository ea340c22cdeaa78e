import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, portalUrl, screenshot, submitLogin } from './support/browser';
import { waitForMail } from './support/mail';
import { registerEnterprise } from './support-persons';

/** Issue 10: 账户管理 as a liaison does it, on a desktop and on a phone. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const signInRows = (page: Page) =>
  page.getByTestId('recent-sign-ins').locator('.ant-table-row, .ant-list-item');

async function openAccount(page: Page) {
  await page.goto(`${portalUrl()}/visitor/account`);
  await page.getByTestId('account-page').waitFor();
  await signInRows(page).first().waitFor();
}

describe('账户管理', () => {
  it('a liaison changes the password: the phone session ends, the new password signs in, and both list the sign-ins', async () => {
    const { creditCode, password } = await registerEnterprise(browser, '账户管理测试有限公司');
    const desktop = await openPage(browser, 'desktop');
    const phone = await openPage(browser, 'phone');
    const newPassword = 'Changed2026x';
    try {
      // The phone signs in first; its session is the one the change must end.
      await submitLogin(phone.page, creditCode, password);
      await phone.page.waitForURL(`${portalUrl()}/visitor`);

      // One mistyped password, then the right one, on the desktop; 账户管理 from the menu.
      await submitLogin(desktop.page, creditCode, 'wrong-password-1');
      await desktop.page.getByTestId('login-error').waitFor();
      await submitLogin(desktop.page, creditCode, password);
      await desktop.page.waitForURL(`${portalUrl()}/visitor`);
      await desktop.page.getByRole('menuitem', { name: '账户管理' }).click();
      await desktop.page.waitForURL(`${portalUrl()}/visitor/account`);
      await signInRows(desktop.page).first().waitFor();
      const rows = signInRows(desktop.page);
      expect(await rows.count()).toBe(3);
      expect(await rows.nth(0).textContent()).toContain('密码登录');
      expect(await rows.nth(1).textContent()).toContain('密码错误');
      await screenshot(desktop.page, 'accounts-desktop');

      const card = desktop.page.getByTestId('change-password');
      await card.getByTestId('current-password-input').fill(password);
      await card.getByTestId('password-input').fill(newPassword);
      await card.getByTestId('password-confirm-input').fill(newPassword);
      const changed = desktop.page.waitForResponse((r) =>
        r.url().endsWith('/api/account/password'),
      );
      await card.getByTestId('change-password-submit').click();
      expect((await changed).status()).toBe(200);
      await desktop.page.getByText('密码已修改，其他设备上的登录已退出').waitFor();
      await screenshot(desktop.page, 'accounts-desktop-password-changed');
      // This session goes on with its new token.
      await desktop.page.reload();
      await desktop.page.getByTestId('account-page').waitFor();

      // The phone's token was revoked: the next page sends it back to the login.
      await phone.page.goto(`${portalUrl()}/visitor/account`);
      await phone.page.waitForURL(/\/login/);
      await submitLogin(phone.page, creditCode, password);
      await phone.page.getByTestId('login-error').waitFor();
      await submitLogin(phone.page, creditCode, newPassword);
      await phone.page.waitForURL(`${portalUrl()}/visitor`);
      await openAccount(phone.page);
      expect(await signInRows(phone.page).first().textContent()).toContain('密码登录');
      expect(
        await phone.page.evaluate(() => document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(375);
      await screenshot(phone.page, 'accounts-phone');
      expect(desktop.pageErrors).toEqual([]);
      expect(phone.pageErrors).toEqual([]);

      // Five wrong passwords lock password sign-in; the message offers 验证码登录, which unlocks.
      await phone.page.evaluate(() => window.localStorage.clear());
      for (let i = 0; i < 5; i++) {
        await submitLogin(phone.page, creditCode, `guess-${i}-wrong`);
        await phone.page.getByTestId('login-error').waitFor();
      }
      await submitLogin(phone.page, creditCode, newPassword);
      const locked = phone.page.getByTestId('login-error');
      await expect.poll(() => locked.textContent()).toContain('验证码登录');
      await screenshot(phone.page, 'accounts-phone-locked');
      await locked.getByRole('button', { name: '验证码登录' }).click();
      await phone.page.waitForURL(`${portalUrl()}/sign-in-by-code`);
      // By email: the account's verified address (its SMS had the registration code a moment ago).
      const email = `liaison.${creditCode.toLowerCase()}@example.cn`;
      await phone.page.getByTestId('code-channel').getByText('邮箱验证').click();
      await phone.page.getByTestId('code-target').fill(email);
      await phone.page.getByTestId('send-code').click();
      await phone.page.getByText(/秒后重发/).waitFor();
      const mail = await waitForMail(email, (m) => m.subject.includes('验证码'));
      await phone.page.getByTestId('code-input').fill(/(\d{6})/.exec(mail.text)?.[1] ?? '');
      await screenshot(phone.page, 'accounts-phone-code-sign-in');
      await phone.page.getByTestId('reset-submit').click();
      await phone.page.waitForURL(`${portalUrl()}/visitor`);
    } finally {
      await desktop.context.close();
      await phone.context.close();
    }
  });
});
