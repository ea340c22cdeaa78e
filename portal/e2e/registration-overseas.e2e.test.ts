import crypto from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFirmly, launchBrowser, openPage, portalUrl, screenshot } from './support/browser';
import { waitForMail } from './support/mail';
import { chooseOption, createAccount } from './support-registration';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('an overseas enterprise whose liaison has a UK mobile registers (issue 11)', () => {
  it('verifies the account email instead of an SMS, keeps the UK numbers in E.164 and is approved', async () => {
    const { context, page, pageErrors } = await openPage(browser, 'phone');
    const email = `overseas.${crypto.randomBytes(4).toString('hex')}@example.co.uk`;
    try {
      await page.goto(`${portalUrl()}/register`);
      await page.getByTestId('step-delegation').waitFor();
      await chooseOption(page, '单位类别', '境外企业');
      await page.getByTestId('wizard-next').click();

      // Step 2: a number abroad gets no SMS; the account email is verified here instead.
      await page.getByTestId('step-mobile').waitFor();
      await page.getByLabel('手机号码').fill('+44 7911 123456');
      await page.getByTestId('email-verification-hint').waitFor();
      expect(await page.getByLabel('短信验证码').count()).toBe(0);
      await page.getByTestId('email-input').fill(email);
      await page.getByTestId('send-code').click();
      await page.getByText(/秒后重发/).waitFor();
      const mail = await waitForMail(email, (m) => m.subject.includes('验证码'));
      const code = /(\d{6})/.exec(mail.text)?.[1];
      expect(code, 'the code in the mail').toMatch(/^\d{6}$/);
      await page.getByLabel('邮箱验证码').fill(code!);
      await screenshot(page, 'register-overseas-2-email-code');
      await page.getByTestId('wizard-next').click();

      // Step 3: an overseas account is its email; only the password is left.
      await page.getByTestId('step-account').waitFor();
      expect(await page.getByTestId('credit-code-input').count()).toBe(0);
      await createAccount(page, 'Overseas2025', 'register-overseas-3-account');

      // Steps 4–5: no licence is asked of an overseas organization; an international contact.
      await page.getByTestId('step-licence').waitFor();
      await page.getByTestId('org-name-input').fill('Thames Fine Foods Ltd');
      await page.getByTestId('wizard-next').click();
      await page.getByTestId('step-details').waitFor({ state: 'visible' });
      await page.waitForLoadState('networkidle');
      await page.getByLabel('国家或地区').fill('英国');
      await page.getByTestId('address-input').fill('1 Thames Street, London');
      await page.getByTestId('contact-name-input').fill('Alice Smith');
      await page.getByTestId('contact-mobile-input').fill('+44 791112345');
      await page.getByTestId('contact-email-input').fill(email);
      await checkFirmly(page.getByLabel('采购', { exact: true }));
      await page.getByTestId('interests-select').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-tree-checkbox').first().click();
      await page.keyboard.press('Escape');
      await page.getByTestId('consent-checkbox').check();
      await page.getByTestId('wizard-next').click();
      // The same rule as the cms, in the form: a number no country uses.
      await page.getByText('手机号码格式不正确（境外号码请以 + 和国家或地区代码开头）').waitFor();
      await screenshot(page, 'register-overseas-5-bad-mobile');
      await page.getByTestId('contact-mobile-input').fill('+44 20 7946 0958');
      await page.getByTestId('wizard-next').click();

      await page.getByTestId('step-preview').waitFor();
      expect(await page.getByTestId('step-preview').textContent()).toContain('+442079460958');
      await screenshot(page, 'register-overseas-6-preview');
      const submitted = page.waitForResponse((r) => r.url().endsWith('/transitions'));
      await page.getByTestId('confirm-submit').click();
      expect((await submitted).status()).toBe(200);
      const result = page.getByTestId('submit-result');
      await result.waitFor();
      expect(await result.getAttribute('data-status')).toBe('approved');
      await screenshot(page, 'register-overseas-7-approved');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
