import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { JWT_KEY } from '../../providers/http';
import { renderPortal } from '../../test/render';
import { server, signedIn, strapiList } from '../../test/server';

const sessionOf = (role: string) => ({
  data: {
    user: { id: 1, documentId: 'u1', username: 'liaison1', email: 'l@example.com' },
    role,
    organization: { documentId: 'o1', name: '上海进口贸易有限公司', reviewStatus: 'submitted' },
    delegation: null,
  },
});

const steps = [
  { key: 'organization', state: 'finish' },
  { key: 'persons', state: 'finish', count: 3 },
  { key: 'payment', state: 'process', count: 2 },
  { key: 'personReview', state: 'error', count: 1 },
  { key: 'production', state: 'wait' },
  { key: 'issuance', state: 'wait' },
];

const useSession = (role: string) =>
  server.use(http.get('*/api/session', () => HttpResponse.json(sessionOf(role))));

signedIn('jwt-1');
// The pages here show the expo's service hotline, read from the current edition.
beforeEach(() => server.use(http.get('*/api/editions', () => strapiList([]))));

describe('visitor home', () => {
  it('renders the steps returned by the server, in order, with their states', async () => {
    useSession('liaison');
    server.use(
      http.get('*/api/visitor/progress', () =>
        HttpResponse.json({
          data: {
            organization: {
              documentId: 'o1',
              name: '上海进口贸易有限公司',
              reviewStatus: 'submitted',
              allowedActions: [],
            },
            steps,
          },
        }),
      ),
    );
    renderPortal('/visitor');

    expect(await screen.findByTestId('home-title')).toHaveTextContent('单位联络员首页');
    const flow = await screen.findByTestId('progress-flow');
    const rendered = within(flow)
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(rendered).toEqual([
      ['单位信息登记', '/visitor/organization'],
      ['填写参观人员', '/visitor/persons'],
      ['证件订单支付', '/visitor/orders'],
      ['人员信息审核', '/visitor/persons'],
      ['证件制作', '/visitor/persons'],
      ['证件发放', '/visitor/addresses'],
    ]);
    for (const step of steps) {
      const item = within(flow).getByTestId(`progress-step-${step.key}`);
      expect(item).toHaveAttribute('data-state', step.state);
      expect(item).toHaveClass(`ant-steps-item-${step.state}`);
    }
    expect(within(flow).getByTestId('progress-step-persons')).toHaveTextContent('3 人');
    expect(screen.getByTestId('organization-name')).toHaveTextContent('上海进口贸易有限公司');
    expect(screen.getByTestId('review-status')).toHaveTextContent('已提交');
  });

  it('invites a liaison without an organization to register it', async () => {
    useSession('liaison');
    server.use(
      http.get('*/api/visitor/progress', () =>
        HttpResponse.json({
          data: { organization: null, steps: [{ key: 'organization', state: 'process' }] },
        }),
      ),
    );
    renderPortal('/visitor');
    expect(await screen.findByText('尚未登记单位信息')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '去登记' })).toBeInTheDocument();
  });

  it('sends another role to its own home', async () => {
    useSession('operations');
    server.use(
      http.get('*/api/persons/stats', () =>
        HttpResponse.json({ data: { editionNumber: 8, total: 0, byStatus: {} } }),
      ),
    );
    renderPortal('/visitor');
    await waitFor(() => expect(screen.getByTestId('home-title')).toHaveTextContent('主办方首页'));
  });

  it('sends a visitor without a session to the login page', async () => {
    window.localStorage.removeItem(JWT_KEY);
    renderPortal('/visitor');
    expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
  });

  it('shows a later-release page for functions not built yet', async () => {
    useSession('liaison');
    renderPortal('/visitor/points');
    const page = await screen.findByTestId('later-release');
    expect(page).toHaveTextContent('积分');
    expect(page).toHaveTextContent('该功能将在后续版本中开放。');
  });
});
