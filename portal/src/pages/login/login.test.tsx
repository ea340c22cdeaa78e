import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { JWT_KEY } from '../../providers/http';
import { renderPortal } from '../../test/render';
import { server, strapiList } from '../../test/server';

const session = {
  user: { id: 1, documentId: 'u1', username: 'liaison1', email: 'l@example.com' },
  role: 'liaison',
  organization: { documentId: 'o1', name: '上海进口贸易有限公司', reviewStatus: 'approved' },
  delegation: null,
};

describe('login page', () => {
  // The page shows the expo's service hotline, read from the current edition.
  beforeEach(() => server.use(http.get('*/api/editions', () => strapiList([]))));

  it('says the account or password is wrong in Chinese when the server refuses them', async () => {
    let sent: unknown;
    server.use(
      http.post('*/api/auth/local', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(
          {
            data: null,
            error: {
              status: 400,
              name: 'ValidationError',
              message: 'Invalid identifier or password',
              details: {},
            },
          },
          { status: 400 },
        );
      }),
    );
    renderPortal('/login');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('账号'), ' 91310000MA1K0000X0 ');
    await user.type(screen.getByLabelText('密码'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('账号或密码错误');
    expect(sent).toEqual({ identifier: '91310000MA1K0000X0', password: 'wrong-password' });
    expect(window.localStorage.getItem(JWT_KEY)).toBeNull();
  });

  it('keeps the JWT and opens the role home after login', async () => {
    server.use(
      http.post('*/api/auth/local', () =>
        HttpResponse.json({ jwt: 'jwt-1', user: { id: 1, username: 'liaison1' } }),
      ),
      http.get('*/api/session', ({ request }) =>
        request.headers.get('authorization') === 'Bearer jwt-1'
          ? HttpResponse.json({ data: session })
          : HttpResponse.json(
              { data: null, error: { status: 401, message: 'Unauthorized' } },
              { status: 401 },
            ),
      ),
      http.get('*/api/visitor/progress', () =>
        HttpResponse.json({ data: { organization: session.organization, steps: [] } }),
      ),
    );
    renderPortal('/login');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('账号'), 'liaison1');
    await user.type(screen.getByLabelText('密码'), 'secret');
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByTestId('home-title')).toHaveTextContent('单位联络员首页');
    expect(window.localStorage.getItem(JWT_KEY)).toBe('jwt-1');
  });

  it('sends someone still signed in from the login page to their role home', async () => {
    window.localStorage.setItem(JWT_KEY, 'jwt-1');
    server.use(
      http.get('*/api/session', () => HttpResponse.json({ data: session })),
      http.get('*/api/visitor/progress', () =>
        HttpResponse.json({ data: { organization: session.organization, steps: [] } }),
      ),
    );
    renderPortal('/login');

    expect(await screen.findByTestId('home-title')).toHaveTextContent('单位联络员首页');
    expect(screen.queryByLabelText('密码')).not.toBeInTheDocument();
  });

  it('forgets an expired token and shows the form', async () => {
    window.localStorage.setItem(JWT_KEY, 'expired');
    server.use(
      http.get('*/api/session', () =>
        HttpResponse.json(
          { data: null, error: { status: 401, message: 'Unauthorized' } },
          { status: 401 },
        ),
      ),
    );
    renderPortal('/login');

    expect(await screen.findByLabelText('密码')).toBeInTheDocument();
    expect(window.localStorage.getItem(JWT_KEY)).toBeNull();
  });

  it('switches the form to English', async () => {
    renderPortal('/login');
    const user = userEvent.setup();
    const switcher = await screen.findByRole('radiogroup', { name: '语言' });
    expect(switcher).toBeInTheDocument();
    // The radio input itself is visually hidden; people (and browser tests) click its label.
    await user.click(screen.getByTitle('English'));
    expect(await screen.findByLabelText('Account')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log in' })).toBeInTheDocument();
    expect(window.localStorage.getItem('pvis.locale')).toBe('en');
    await waitFor(() =>
      expect(screen.getByRole('radiogroup', { name: 'Language' })).toBeInTheDocument(),
    );
  });
});
