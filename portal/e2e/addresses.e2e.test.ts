import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logInAs, openPage, portalUrl, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface NewAddress {
  division: [string, string, string];
  street: string;
  recipient: string;
  mobile: string;
  postcode: string;
}

/** The list reloads after each write; on a busy machine that takes more than a second. */
const POLL = { timeout: 15_000 };

const cards = (page: Page) => page.getByTestId('address-card');
const cardOf = (page: Page, street: string) => cards(page).filter({ hasText: street });

/** 新增地址: the drawer, the province → city → district picker clicked level by level. */
async function addAddress(page: Page, address: NewAddress) {
  const before = await cards(page).count();
  await page.getByTestId('address-add').click();
  const drawer = page.locator('.ant-drawer-content:visible');
  await drawer.getByTestId('address-division').click();
  const menus = page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu');
  for (const [level, name] of address.division.entries()) {
    await menus.nth(level).getByTitle(name, { exact: true }).click();
  }
  await drawer.getByTestId('address-street').fill(address.street);
  await drawer.getByTestId('address-recipient').fill(address.recipient);
  await drawer.getByTestId('address-mobile').fill(address.mobile);
  await drawer.getByTestId('address-postcode').fill(address.postcode);
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/express-addresses') && r.request().method() === 'POST',
  );
  await page.getByTestId('address-save').click();
  const answer = await saved;
  expect(answer.status(), await answer.text()).toBe(201);
  await expect.poll(() => cards(page).count(), POLL).toBe(before + 1);
}

async function deleteAddress(page: Page, street: string) {
  const before = await cards(page).count();
  await cardOf(page, street).getByTestId('address-delete').click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '删除' }).click();
  await expect.poll(() => cards(page).count(), POLL).toBe(before - 1);
}

const isDefault = (page: Page, street: string) => cardOf(page, street).getAttribute('data-default');

describe('an address book with a default', () => {
  it('a liaison adds two addresses, makes the second the default and sees it marked', async () => {
    const { context, page, pageErrors } = await openPage(browser, 'desktop');
    const phone = await openPage(browser, 'phone');
    const pudong = '世纪大道 1188 号 8 楼';
    const dongcheng = '东长安街 1 号 东方广场 W1';
    try {
      const chunks: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/assets/china-divisions-')) chunks.push(r.url());
      });
      await logInAs(page, 'liaison');
      await page.getByRole('menuitem', { name: '证件快递常用地址' }).click();
      await page.waitForURL(`${portalUrl()}/visitor/addresses`);
      await page.getByTestId('address-list').waitFor();
      expect(await page.getByTestId('page-title').textContent()).toBe('证件快递常用地址');
      // The division data set is its own chunk, fetched when the form first opens.
      expect(chunks).toEqual([]);

      await addAddress(page, {
        division: ['上海市', '上海市', '浦东新区'],
        street: pudong,
        recipient: '王敏',
        mobile: '13800138000',
        postcode: '200120',
      });
      expect(await isDefault(page, pudong)).toBe('true');
      expect(chunks).toHaveLength(1);
      await addAddress(page, {
        division: ['北京市', '北京市', '东城区'],
        street: dongcheng,
        recipient: '李强',
        mobile: '13911112222',
        postcode: '100005',
      });
      expect(await isDefault(page, dongcheng)).toBe('false');
      expect(await cardOf(page, dongcheng).textContent()).toContain('北京市东城区');

      const switched = page.waitForResponse((r) => r.url().endsWith('/default'));
      await cardOf(page, dongcheng).getByTestId('address-make-default').click();
      expect((await switched).status()).toBe(200);
      await expect.poll(() => isDefault(page, dongcheng), POLL).toBe('true');
      expect(await isDefault(page, pudong)).toBe('false');
      expect(await cardOf(page, dongcheng).getByTestId('address-default-tag').textContent()).toBe(
        '默认地址',
      );
      await screenshot(page, 'addresses-desktop');

      // The same book on a phone, and the form as it fills the screen there.
      await logInAs(phone.page, 'liaison');
      await phone.page.goto(`${portalUrl()}/visitor/addresses`);
      await cardOf(phone.page, dongcheng).waitFor();
      expect(await isDefault(phone.page, dongcheng)).toBe('true');
      await screenshot(phone.page, 'addresses-phone');
      await phone.page.getByTestId('address-add').click();
      await phone.page.getByTestId('address-division').click();
      await phone.page.locator('.ant-cascader-dropdown:visible').waitFor();
      await screenshot(phone.page, 'addresses-phone-form');

      // Deleting the default hands it to the address that remains; the book ends empty.
      await deleteAddress(page, dongcheng);
      await expect.poll(() => isDefault(page, pudong), POLL).toBe('true');
      await deleteAddress(page, pudong);
      expect(pageErrors).toEqual([]);
      expect(phone.pageErrors).toEqual([]);
    } finally {
      await context.close();
      await phone.context.close();
    }
  });
});
