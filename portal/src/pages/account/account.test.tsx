import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { JWT_KEY } from '../../providers/http';
import { renderPortal } from '../../test/render';
import { server, signedIn } from '../../test/server';

/** A small stand-in for the cms's 账户管理 routes; records what the page sends. */
const useAccountRoutes = (role: 'liaison' | 'colleague' = 'liaison') => {
  const requests: { method: string; url: string; auth: string | null; body?: unknown }[] = [];
  const record = async (request: Request) => {
    const text = await request.text();
    requests.push({
      method: request.method,
      url: new URL(request.url).pathname,
      auth: request.headers.get('authorization'),
      body: text ? JSON.parse(text) : undefined,
    });
  };
  server.use(
    http.get('*/api/session', () =>
      HttpResponse.json({
        data: {
          user: { id: 1, documentId: 'u1', username: '91310115MA1FL8K22H', email: 'l@example.cn' },
          role,
          organization: {
            documentId: 'o1',
            name: '上海进口贸易有限公司',
            reviewStatus: 'approved',
          },
          delegation: null,
        },
      }),
    ),
    http.get('*/api/account', () =>
      HttpResponse.json({
        data: {
          username: '91310115MA1FL8K22H',
          email: 'liaison@example.cn',
          mobile: '138****8000',
          role,
          canHandOver: role === 'liaison',
        },
      }),
    ),
    http.get('*/api/account/sign-ins', ({ request }) => {
      requests.push({
        method: 'GET',
        url: new URL(request.url).pathname,
        auth: request.headers.get('authorization'),
      });
      return HttpResponse.json({
        data: [
          {
            id: 2,
            at: '2026-12-02T01:00:00.000Z',
            method: 'password',
            succeeded: true,
            reason: null,
            ip: '203.0.113.9',
            userAgent: 'Mozilla/5.0 (Windows NT 10.0) Chrome/130.0 Safari/537.36',
          },
          {
            id: 1,
            at: '2026-12-02T00:59:00.000Z',
            method: 'password',
            succeeded: false,
            reason: 'wrongPassword',
            ip: '198.51.100.7',
            userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Safari/604.1',
          },
        ],
      });
    }),
    http.get('*/api/account/handover-candidates', () =>
      HttpResponse.json({ data: [{ documentId: 'c1', name: '李娜', mobile: '139****9000' }] }),
    ),
    http.put('*/api/account/password', async ({ request }) => {
      await record(request);
      const body = requests.at(-1)?.body as { data: { currentPassword: string } };
      if (body.data.currentPassword !== 'Ciie@2025')
        return HttpResponse.json(
          {
            data: null,
            error: {
              status: 400,
              name: 'ValidationError',
              message: 'The current password is wrong',
              details: {
                errors: [
                  {
                    path: ['currentPassword'],
                    code: 'wrongPassword',
                    zh: '当前密码不正确',
                    en: 'The current password is wrong',
                  },
                ],
              },
            },
          },
          { status: 400 },
        );
      return HttpResponse.json({ data: { jwt: 'jwt-2' } });
    }),
  );
  return { requests };
};

signedIn('jwt-1');

/** Fills the password card (change events: typing key by key is slow under load) and submits. */
const fillPassword = async (current: string, next: string) => {
  const card = await screen.findByTestId('change-password', {}, { timeout: 15_000 });
  const values: [string, string][] = [
    ['current-password-input', current],
    ['password-input', next],
    ['password-confirm-input', next],
  ];
  for (const [id, value] of values)
    fireEvent.change(within(card).getByTestId(id), { target: { value } });
  await userEvent.click(within(card).getByTestId('change-password-submit'));
  return card;
};

describe('/visitor/account (账户管理)', () => {
  it('shows the account, its recent sign-ins with failures, and the handover for a liaison', async () => {
    useAccountRoutes();
    renderPortal('/visitor/account');
    expect(await screen.findByTestId('account-page', {}, { timeout: 15_000 })).toHaveTextContent(
      '138****8000',
    );
    const signIns = await screen.findByTestId('recent-sign-ins');
    await waitFor(() => expect(signIns).toHaveTextContent('203.0.113.9'));
    expect(signIns).toHaveTextContent('密码错误');
    expect(signIns).toHaveTextContent('Chrome · Windows');
    expect(screen.getByTestId('handover')).toBeInTheDocument();
  });

  it('changes the password with the current one and keeps the new token; a wrong one shows on its field', async () => {
    const { requests } = useAccountRoutes();
    renderPortal('/visitor/account');
    const card = await fillPassword('not-it-1', 'Changed2026x');
    expect(await within(card).findByText('当前密码不正确')).toBeInTheDocument();
    expect(window.localStorage.getItem(JWT_KEY)).toBe('jwt-1');

    await fillPassword('Ciie@2025', 'Changed2026x');
    await waitFor(() => expect(window.localStorage.getItem(JWT_KEY)).toBe('jwt-2'));
    const change = requests.findIndex(
      (r) =>
        r.method === 'PUT' &&
        r.auth === 'Bearer jwt-1' &&
        (r.body as { data: { currentPassword: string } }).data.currentPassword === 'Ciie@2025',
    );
    // The page reads again after the change, with the new token only (the old one is revoked).
    await waitFor(() =>
      expect(requests.slice(change + 1).filter((r) => r.method === 'GET').length).toBeGreaterThan(
        0,
      ),
    );
    expect(requests.slice(change + 1).every((r) => r.auth === 'Bearer jwt-2')).toBe(true);
    expect(requests[change]).toEqual({
      method: 'PUT',
      url: '/api/account/password',
      auth: 'Bearer jwt-1',
      body: {
        data: {
          currentPassword: 'Ciie@2025',
          password: 'Changed2026x',
          passwordConfirmation: 'Changed2026x',
        },
      },
    });
  }, 30_000);

  it('refuses, before any request, a new mobile the cms cannot send a code to', async () => {
    const { requests } = useAccountRoutes();
    renderPortal('/visitor/account');
    const card = await screen.findByTestId('change-mobile', {}, { timeout: 15_000 });
    fireEvent.change(within(card).getByTestId('new-mobile-input'), {
      target: { value: '+85291234567' },
    });
    expect(await within(card).findByText('手机号码格式不正确')).toBeInTheDocument();
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  }, 30_000);

  it('offers a colleague their account without the handover', async () => {
    useAccountRoutes('colleague');
    renderPortal('/colleague/account');
    await screen.findByTestId('account-page', {}, { timeout: 15_000 });
    expect(screen.getByTestId('change-password')).toBeInTheDocument();
    expect(screen.queryByTestId('handover')).toBeNull();
  });
});
