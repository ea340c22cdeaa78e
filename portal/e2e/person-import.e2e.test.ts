import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../cms/src/bootstrap/seed/demo-accounts';
import { residentId } from '../../cms/tests/support/identities';
import { accountOf, cmsUrl, launchBrowser, logInAs, openPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The liaison's own template, fetched over HTTP and filled with `names` like a person would. */
async function spreadsheetOf(names: string[]) {
  const login = await fetch(`${cmsUrl()}/api/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: accountOf('liaison').username, password: DEMO_PASSWORD }),
  });
  const { jwt } = (await login.json()) as { jwt: string };
  const response = await fetch(`${cmsUrl()}/api/persons/import-template`, {
    headers: { authorization: `Bearer ${jwt}` },
  });
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as never);
  const sheet = workbook.getWorksheet('人员信息')!;
  names.forEach((name, i) => {
    sheet.addRow([
      name,
      i % 2 ? '男' : '女',
      '大陆',
      '居民身份证',
      residentId(`1990${String(i + 1).padStart(2, '0')}15`),
      '采购经理',
      '专业观众',
      '11月5日-10日',
      '13912345678',
      `visitor${i}@example.com`,
    ]);
  });
  const file = path.join(os.tmpdir(), `persons-${crypto.randomBytes(3).toString('hex')}.xlsx`);
  fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

describe('the person spreadsheet', () => {
  it('lets the liaison import ten persons from a spreadsheet and find them in the list', async () => {
    const tag = crypto.randomBytes(2).toString('hex');
    const names = Array.from({ length: 10 }, (_, i) => `导入${tag}-${i + 1}`);
    const file = await spreadsheetOf(names);
    const { context, page, pageErrors } = await openPage(browser, 'desktop');
    try {
      await logInAs(page, 'liaison');
      await page.goto(`${page.url().replace(/\/visitor.*$/, '')}/visitor/persons`);
      await page.getByTestId('person-import').click();
      await page.waitForURL(/\/visitor\/persons\/import$/);
      await page.getByText('仅导入正确的行，错误的行列在报告中').waitFor();
      await page.locator('input[type="file"]').setInputFiles(file);
      await page.getByTestId('import-start').click();
      const summary = page.getByTestId('import-summary');
      await summary.waitFor({ timeout: 30_000 });
      expect(await summary.textContent()).toContain('已导入 10 人');
      await screenshot(page, 'person-import-done');

      await page.getByRole('button', { name: '返回人员列表' }).click();
      await page.waitForURL(/\/visitor\/persons$/);
      await page.locator('.ant-table-row').first().waitFor();
      await screenshot(page, 'person-import-list');
      for (const name of names) await page.getByText(name, { exact: true }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
      fs.rmSync(file, { force: true });
    }
  });
});
