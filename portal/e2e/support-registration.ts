import crypto from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { checkFirmly, portalUrl, screenshot } from './support/browser';

/** Registration-journey helpers (the shared harness in support/ is owned elsewhere). */

export const newMobile = () => `139${String(crypto.randomInt(0, 100_000_000)).padStart(8, '0')}`;

/** The code in the last SMS to `mobile`, from the run's SMS catcher (support/global-setup.ts). */
export async function latestSmsCode(mobile: string): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const response = await fetch(`${inject('smsUrl')}/messages?to=${encodeURIComponent(mobile)}`);
    const messages = (await response.json()) as { body: string }[];
    const code = messages.at(-1)?.body.match(/\d{6}/)?.[0];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no SMS code was sent to ${mobile}`);
}

/** A business-licence image (PNG) drawn by the browser itself. */
export async function licencePng(
  browser: Browser,
  name: string,
  creditCode: string,
): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 640, height: 440 } });
  try {
    await page.setContent(`<html><body style="margin:0;font-family:'Noto Sans CJK SC',sans-serif;background:#fff8e7">
      <div style="margin:16px;border:6px double #b8860b;height:384px;padding:24px;box-sizing:border-box">
        <h1 style="text-align:center;color:#b22222;letter-spacing:12px;margin:0 0 24px">营业执照</h1>
        <p>统一社会信用代码：${creditCode}</p><p>名称：${name}</p>
        <p>类型：有限责任公司</p><p>住所：上海市浦东新区世纪大道 100 号</p></div></body></html>`);
    return await page.screenshot({ type: 'png' });
  } finally {
    await page.close();
  }
}

/** Picks an antd Select option by its label. */
export async function chooseOption(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

export interface NewOrganization {
  category: string;
  name: string;
  creditCode: string;
  mobile: string;
  password: string;
  /** Referral code, or the sub-delegation to search for and pick in the tree. */
  referralCode?: string;
  subDelegation?: string;
  shots: string;
}

/** Steps 1–3 on `/register`: ends signed in on `/visitor/organization`. */
export async function registerAccount(page: Page, org: NewOrganization) {
  await page.goto(`${portalUrl()}/login`);
  await page.getByTestId('register-link').click();
  await page.waitForURL(`${portalUrl()}/register`, { timeout: 30_000 });
  await page.getByTestId('step-delegation').waitFor();

  await chooseOption(page, '单位类别', org.category);
  if (org.referralCode) {
    await page.getByLabel('推荐码').fill(org.referralCode);
    await page.getByRole('button', { name: '使用' }).click();
    await page.getByText('已按推荐码选择').waitFor();
  }
  if (org.subDelegation) {
    await page.getByLabel('交易团/分团').click();
    await page.getByLabel('交易团/分团').fill(org.subDelegation.slice(0, 2));
    await page
      .locator('.ant-select-tree-node-content-wrapper:visible', { hasText: org.subDelegation })
      .first()
      .click({ timeout: 30_000 });
  }
  await screenshot(page, `${org.shots}-1-delegation`);
  await page.getByTestId('wizard-next').click();

  await page.getByTestId('step-mobile').waitFor();
  await page.getByLabel('手机号码').fill(org.mobile);
  await page.getByTestId('send-code').click();
  await page.getByText(/秒后重发/).waitFor();
  await page.getByLabel('短信验证码').fill(await latestSmsCode(org.mobile));
  await screenshot(page, `${org.shots}-2-mobile`);
  await page.getByTestId('wizard-next').click();

  await page.getByTestId('step-account').waitFor();
  await page.getByLabel('统一社会信用代码').fill(org.creditCode);
  await page.getByTestId('email-input').fill(`liaison.${org.creditCode.toLowerCase()}@example.cn`);
  await createAccount(page, org.password, `${org.shots}-3-account`);
}

/** The end of step 3: the password twice, 创建账号, signed in on the organization wizard. */
export async function createAccount(page: Page, password: string, shot: string) {
  await page.getByTestId('password-input').fill(password);
  await page.getByTestId('password-confirm-input').fill(password);
  await screenshot(page, shot);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/registration'));
  await page.getByTestId('register-submit').click();
  const registered = await answer;
  expect(registered.status(), `POST /api/registration: ${await registered.text()}`).toBe(201);
  await page.waitForURL(`${portalUrl()}/visitor/organization`);
  await page.getByTestId('organization-wizard').waitFor();
}

/** Steps 4–5 at `/visitor/organization`: licence, name, details; ends on the preview. */
export async function completeDetails(page: Page, browser: Browser, org: NewOrganization) {
  await page.getByTestId('step-licence').waitFor();
  const licence = await licencePng(browser, org.name, org.creditCode);
  const uploaded = page.waitForResponse(
    (r) => r.url().includes('/licence') && r.request().method() === 'POST',
  );
  await page
    .locator('[data-testid="step-licence"] input[type="file"]')
    .setInputFiles({ name: 'licence.png', mimeType: 'image/png', buffer: licence });
  expect((await uploaded).status(), 'POST /api/organizations/:id/licence').toBeLessThan(300);
  await page.getByTestId('licence-image').waitFor();
  expect(await page.getByTestId('verify-credit-code').textContent()).toBe(org.creditCode);
  await page.getByTestId('org-name-input').fill(org.name);
  await screenshot(page, `${org.shots}-4-licence`);
  await page.getByTestId('wizard-next').click();

  await page.getByTestId('step-details').waitFor({ state: 'visible' });
  // The step saves the draft and reloads it; fill in once that answer has set the form.
  await page.waitForLoadState('networkidle');
  await page.getByTestId('address-input').fill('上海市浦东新区世纪大道 100 号');
  await page.getByTestId('contact-name-input').fill('张伟');
  await page.getByTestId('contact-mobile-input').fill(org.mobile);
  await page
    .getByTestId('contact-email-input')
    .fill(`liaison.${org.creditCode.toLowerCase()}@example.cn`);
  await checkFirmly(page.getByLabel('采购', { exact: true }));
  await checkFirmly(page.getByLabel('招商引资', { exact: true }));
  await page.getByTestId('interests-select').click();
  const tree = page.locator('.ant-select-dropdown:visible');
  await tree.locator('.ant-select-tree-checkbox').first().click();
  await page.keyboard.press('Escape');
  await page.getByTestId('intended-imports').fill('新能源汽车零部件、智能驾驶解决方案');
  await page.getByTestId('consent-checkbox').check();
  await screenshot(page, `${org.shots}-5-details`);
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('step-preview').waitFor();
  expect(await page.getByTestId('preview-name').textContent()).toBe(org.name);
  expect(await page.getByTestId('preview-interests').locator('.ant-tag').count()).toBeGreaterThan(
    0,
  );
  await screenshot(page, `${org.shots}-6-preview`);
}
