import { expect, it } from 'vitest';
import { demoAdmins } from '../../cms/src/bootstrap/seed/demo-accounts';
import { cmsUrl, launchBrowser, openPage, portalUrl } from './support/browser';

it('debug', async () => {
  for (const admin of demoAdmins) {
    const login = await fetch(`${cmsUrl()}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: admin.email, password: admin.password }) });
    const { data } = (await login.json()) as { data: { token: string } };
    const h = { authorization: `Bearer ${data.token}` };
    const get = async (p: string) => { const r = await fetch(`${cmsUrl()}${p}`, { headers: h }); return `${r.status} ${(await r.text()).slice(0, 400)}`; };
    console.log('ADMIN', admin.role);
    console.log(' locales', await get('/i18n/locales'));
    console.log(' list', await get('/content-manager/collection-types/api::activity.activity?page=1&pageSize=2&locale=zh-CN'));
    const perms = await (await fetch(`${cmsUrl()}/admin/users/me/permissions`, { headers: h })).json() as { data: { action: string; subject: string; properties: unknown }[] };
    console.log(' perms', JSON.stringify(perms.data.filter((p) => p.subject === 'api::activity.activity' || p.action.includes('i18n'))).slice(0, 900));
  }
  const browser = await launchBrowser();
  const { page } = await openPage(browser, 'desktop');
  await page.goto(`${portalUrl()}/services`);
  await page.getByTestId('news-list').locator('a').first().waitFor();
  const boxes = await page.evaluate(() => {
    const a = document.querySelector('header a')!;
    return [a, ...a.querySelectorAll('*')].slice(0, 6).map((e) => { const r = e.getBoundingClientRect(); const cs = getComputedStyle(e); return `${e.tagName}.${e.className} y=${r.y} h=${r.height} disp=${cs.display} lh=${cs.lineHeight} va=${cs.verticalAlign}`; });
  });
  console.log('BOXES\n' + boxes.join('\n'));
  await browser.close();
  expect(1).toBe(1);
});
