import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { JWT_KEY } from '../../providers/http';
import { renderPortal } from '../../test/render';
import { server, sessionOf, shanghaiDelegation, strapiList } from '../../test/server';

const organizations = [
  {
    id: 1,
    documentId: 'org-a',
    name: '浦东新区投资促进中心',
    creditCode: '12310115MB2F3N6X1A',
    category: 'domesticGovernmentAgency',
    reviewStatus: 'submitted',
    submittedAt: '2025-06-01T08:00:00.000Z',
    delegation: { documentId: 'd-pd', nameZh: '浦东新区分团', nameEn: 'Pudong' },
    allowedActions: ['approve', 'reject'],
  },
  {
    id: 2,
    documentId: 'org-b',
    name: '黄浦区商务委员会',
    creditCode: '11310101MB2F3N6X1B',
    category: 'domesticGovernmentAgency',
    reviewStatus: 'submitted',
    submittedAt: '2025-06-02T08:00:00.000Z',
    delegation: { documentId: 'd-hp', nameZh: '黄浦区分团', nameEn: 'Huangpu' },
    allowedActions: ['approve', 'reject'],
  },
];

let queueQueries: string[] = [];
let bulkBodies: unknown[] = [];

beforeEach(async () => {
  queueQueries = [];
  bulkBodies = [];
  window.localStorage.setItem(JWT_KEY, 'jwt-1');
  server.use(
    sessionOf('delegation-reviewer', { delegation: shanghaiDelegation }),
    http.get('*/api/delegations/d-sh', () =>
      HttpResponse.json({
        data: {
          id: 9,
          documentId: 'd-sh',
          path: '/shanghai/',
          nameZh: '上海交易团',
          nameEn: 'Shanghai',
        },
      }),
    ),
    http.get('*/api/delegations', () => strapiList([])),
    http.get('*/api/organizations', ({ request }) => {
      queueQueries.push(decodeURIComponent(new URL(request.url).search));
      return strapiList(organizations);
    }),
    http.post('*/api/organizations/bulk-transitions', async ({ request }) => {
      bulkBodies.push(await request.json());
      return HttpResponse.json({
        data: {
          succeeded: ['org-a'],
          failed: [
            {
              documentId: 'org-b',
              code: 'notAllowedFromState',
              zh: '当前状态下不能执行该操作',
              en: 'Not allowed now',
            },
          ],
        },
      });
    }),
  );
});

const selectAllRows = async () => {
  const table = await screen.findByTestId('organization-queue');
  await within(table).findByText('黄浦区商务委员会', undefined, { timeout: 8000 });
  const header = table.querySelector('.ant-table-thead .ant-checkbox-input') as HTMLInputElement;
  await userEvent.click(header);
  await waitFor(() => expect(screen.getByTestId('selected-count')).toHaveTextContent('已选 2 项'));
};

describe('delegation review queue', () => {
  it('asks the server for submitted organizations first, newest submissions on top', async () => {
    renderPortal('/delegation/organizations');
    await screen.findByText('浦东新区投资促进中心', undefined, { timeout: 8000 });
    expect(queueQueries[0]).toContain('filters[reviewStatus][$in][0]=submitted');
    expect(queueQueries[0]).toContain('sort[0]=submittedAt:desc');
    expect(queueQueries[0]).toContain('populate[delegation][fields][0]=nameZh');
  });

  it('bulk-approves the selected rows and lists the rows that failed', async () => {
    renderPortal('/delegation/organizations');
    await selectAllRows();
    await userEvent.click(screen.getByTestId('bulk-approve'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('确定审核通过选中的 2 家单位？');
    await userEvent.click(within(dialog).getByRole('button', { name: '审核通过' }));

    const failures = await screen.findByTestId('bulk-failures');
    expect(failures).toHaveTextContent('1 家单位未能处理');
    expect(within(failures).getByTestId('bulk-failure')).toHaveTextContent(
      '黄浦区商务委员会：当前状态下不能执行该操作',
    );
    expect(bulkBodies).toEqual([{ data: { documentIds: ['org-a', 'org-b'], action: 'approve' } }]);
    // The failed row stays selected for another try.
    expect(screen.getByTestId('selected-count')).toHaveTextContent('已选 1 项');
  });

  it('requires a reason before a bulk rejection is sent', async () => {
    renderPortal('/delegation/organizations');
    await selectAllRows();
    await userEvent.click(screen.getByTestId('bulk-reject'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByTestId('reject-confirm'));
    expect(await within(dialog).findByText('请填写审核不通过原因')).toBeInTheDocument();
    expect(bulkBodies).toEqual([]);

    await userEvent.type(
      within(dialog).getByTestId('reject-reason-input'),
      '单位类别与营业执照不符',
    );
    await userEvent.click(within(dialog).getByTestId('reject-confirm'));
    await waitFor(() =>
      expect(bulkBodies).toEqual([
        {
          data: {
            documentIds: ['org-a', 'org-b'],
            action: 'reject',
            reason: '单位类别与营业执照不符',
          },
        },
      ]),
    );
    expect(await screen.findByTestId('bulk-failures')).toBeInTheDocument();
  });
});

describe('organization detail for a reviewer', () => {
  it('shows exactly the allowed actions and requires a reason to reject', async () => {
    const transitions: unknown[] = [];
    server.use(
      http.get('*/api/organizations/org-a', () => HttpResponse.json({ data: organizations[0] })),
      http.get('*/api/organizations/org-a/history', () =>
        HttpResponse.json({
          data: [
            {
              action: 'submit',
              fromState: 'draft',
              toState: 'submitted',
              actorRole: 'liaison',
              actorName: '张伟',
              reason: null,
              at: '2025-06-01T08:00:00.000Z',
            },
          ],
        }),
      ),
      http.post('*/api/organizations/org-a/transitions', async ({ request }) => {
        transitions.push(await request.json());
        return HttpResponse.json({
          data: { ...organizations[0], reviewStatus: 'rejected', allowedActions: [] },
        });
      }),
    );
    renderPortal('/delegation/organizations/org-a');
    const actions = await screen.findByTestId('review-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['审核通过', '审核不通过']);
    expect(await screen.findByTestId('review-history')).toHaveTextContent('张伟');

    await userEvent.click(screen.getByTestId('action-reject'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByTestId('reject-confirm'));
    expect(await within(dialog).findByText('请填写审核不通过原因')).toBeInTheDocument();
    expect(transitions).toEqual([]);
    await userEvent.type(within(dialog).getByTestId('reject-reason-input'), '请上传清晰的营业执照');
    await userEvent.click(within(dialog).getByTestId('reject-confirm'));
    await waitFor(() =>
      expect(transitions).toEqual([{ data: { action: 'reject', reason: '请上传清晰的营业执照' } }]),
    );
  });
});
