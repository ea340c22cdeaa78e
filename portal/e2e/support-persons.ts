import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { creditCode as newCreditCode } from '../../cms/tests/support/identities';
import { cmsUrl } from './support/browser';
import { latestSmsCode, licencePng, newMobile } from './support-registration';

/** Persons-journey helpers: the situation is set up through the cms API, as its users would. */

type Json = Record<string, unknown>;

/** A multipart body with one PNG `file` (the upload routes' shape). */
export function pngUpload(png: Buffer, filename: string): FormData {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), filename);
  return form;
}

/** A signed-in API client (Bearer JWT) that fails the test on an unexpected status. */
export interface ApiClient {
  jwt: string;
  call(method: string, url: string, body?: Json | FormData, expected?: number): Promise<Json>;
}

export function apiClient(jwt: string): ApiClient {
  return {
    jwt,
    async call(method, url, body, expected = 200) {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${jwt}`,
        'Accept-Language': 'zh-CN',
      };
      if (body && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
      const response = await fetch(`${cmsUrl()}${url}`, {
        method,
        headers,
        body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      expect(response.status, `${method} ${url}: ${text}`).toBe(expected);
      return text ? (JSON.parse(text) as Json) : {};
    },
  };
}

/**
 * A fresh domestic enterprise registered through the API (SMS code, account, details, licence,
 * consent, submit): enterprises are approved at once (issue 3). Answers the liaison's client.
 */
export async function registerEnterprise(browser: Browser, name: string) {
  const mobile = newMobile();
  const creditCode = newCreditCode('91');
  const password = 'Visitor2025';
  const publicCall = async (url: string, body: Json, expected: number) => {
    const response = await fetch(`${cmsUrl()}${url}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: body }),
    });
    const text = await response.text();
    expect(response.status, `POST ${url}: ${text}`).toBe(expected);
    return JSON.parse(text) as Json;
  };
  await publicCall(
    '/api/verification-codes',
    { channel: 'sms', target: mobile, purpose: 'register' },
    202,
  );
  const registered = (await publicCall(
    '/api/registration',
    {
      category: 'domesticEnterprise',
      referralCode: 'Q2021537',
      creditCode,
      email: `liaison.${creditCode.toLowerCase()}@example.cn`,
      mobile,
      smsCode: await latestSmsCode(mobile),
      password,
    },
    201,
  )) as { data?: Json } & Json;
  const answer = (registered.data ?? registered) as { jwt: string; organization: Json };
  const liaison = apiClient(answer.jwt);
  const organizationId = String(answer.organization.documentId);
  const items = (await liaison.call('GET', '/api/exhibition-items?pagination[pageSize]=1')) as {
    data: { documentId: string }[];
  };
  await liaison.call('PUT', `/api/organizations/${organizationId}`, {
    data: {
      name,
      address: '上海市浦东新区世纪大道 200 号',
      contactName: '刘洋',
      contactMobile: mobile,
      contactEmail: `liaison.${creditCode.toLowerCase()}@example.cn`,
      visitPurposes: ['purchasing'],
      interests: items.data.map((item) => item.documentId),
    },
  });
  await liaison.call(
    'POST',
    `/api/organizations/${organizationId}/licence`,
    pngUpload(await licencePng(browser, name, creditCode), 'licence.png'),
  );
  await liaison.call('POST', `/api/organizations/${organizationId}/consent`);
  const submitted = (await liaison.call(
    'POST',
    `/api/organizations/${organizationId}/transitions`,
    { data: { action: 'submit' } },
  )) as { data: { reviewStatus: string } };
  expect(submitted.data.reviewStatus, 'an enterprise is approved at once').toBe('approved');
  return { liaison, organizationId, creditCode, mobile, password };
}

/** A badge holder of the 7th edition from the seed (database/seed/data/previous-edition.json). */
export function previousBadgeHolder(name: string) {
  const file = path.resolve(__dirname, '../../database/seed/data/previous-edition.json');
  const seed = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    organizations: { persons: Json[] }[];
  };
  const holder = seed.organizations.flatMap((o) => o.persons).find((p) => p.name === name);
  if (!holder) throw new Error(`no badge holder ${name} in the seed`);
  return holder as {
    name: string;
    gender: string;
    regionType: string;
    idType: string;
    idNumber: string;
    position: string;
    mobile: string;
    email: string;
    badgeNumber: string;
  };
}

/** An ID photo (PNG, 330×460: inside the 295×413 … 3000×4000 the cms accepts) drawn by the browser. */
export async function idPhotoPng(browser: Browser, name: string): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 330, height: 460 } });
  try {
    await page.setContent(`<html><body style="margin:0;background:#2f6fd6;font-family:'Noto Sans CJK SC',sans-serif">
      <div style="position:absolute;left:85px;top:70px;width:160px;height:190px;border-radius:80px 80px 40px 40px;background:#f1c9a5"></div>
      <div style="position:absolute;left:35px;top:270px;width:260px;height:190px;border-radius:120px 120px 0 0;background:#222"></div>
      <div style="position:absolute;left:0;right:0;top:20px;text-align:center;color:#fff;font-size:20px">${name}</div>
      </body></html>`);
    return await page.screenshot({ type: 'png' });
  } finally {
    await page.close();
  }
}

/** Adds a person as the liaison (201) and answers the record. */
export async function addPerson(liaison: ApiClient, person: Json) {
  const created = (await liaison.call('POST', '/api/persons', { data: person }, 201)) as {
    data: Json;
  };
  return created.data as { documentId: string; personNumber: string } & Json;
}
