import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { JWT_KEY } from '../../providers/http';
import { renderPortal } from '../../test/render';
import { server, sessionOf, shanghaiDelegation, strapiList } from '../../test/server';

// jsdom has no canvas: the chart library would throw after the test; the counts are what is tested.
vi.mock('../organization/StatusColumnChart', () => ({ default: () => null }));
// jsdom has no object URLs; the photo's blob gets a recognisable one.
URL.createObjectURL = vi.fn(() => 'blob:id-photo');
URL.revokeObjectURL = vi.fn();

const session = (role: 'operations' | 'delegation-reviewer') =>
  sessionOf(role, role === 'delegation-reviewer' ? { delegation: shanghaiDelegation } : {});

// As the cms lists them: ID numbers masked, allowedActions per row for the caller.
const persons = [
  {
    id: 1,
    documentId: 'p-chen',
    personNumber: 'P8-0000101',
    name: '陈思远',
    regionType: 'mainland',
    idType: 'residentId',
    idNumber: '31****************1X',
    personStatus: 'pendingReview',
    paymentStatus: 'free',
    source: 'manual',
    badgeReuse: true,
    previousBadgeNumber: 'CIIE7-000137',
    organization: { documentId: 'org-a', name: '上海浦东示范进口贸易有限公司' },
    allowedActions: ['approve', 'reject'],
  },
  {
    id: 2,
    documentId: 'p-wang',
    personNumber: 'P8-0000102',
    name: '王雅琴',
    regionType: 'mainland',
    idType: 'residentId',
    idNumber: '11****************2X',
    personStatus: 'approved',
    paymentStatus: 'paid',
    source: 'import',
    badgeReuse: false,
    organization: { documentId: 'org-a', name: '上海浦东示范进口贸易有限公司' },
    allowedActions: ['produce'],
  },
];
const record = {
  ...persons[0],
  idNumber: '310115198203140121',
  editionNumber: 8,
  gender: 'male',
  position: '采购经理',
  entryDateOption: 'full',
  idPhoto: { id: 41, mime: 'image/png', width: 413, height: 579 },
};

let listQueries: string[] = [];
let transitions: unknown[] = [];
let bulkBodies: unknown[] = [];

beforeEach(async () => {
  listQueries = [];
  transitions = [];
  bulkBodies = [];
  window.localStorage.setItem(JWT_KEY, 'jwt-1');
  server.use(
    session('operations'),
    http.get('*/api/persons', ({ request }) => {
      listQueries.push(decodeURIComponent(new URL(request.url).search));
      return strapiList(persons);
    }),
    http.get('*/api/persons/stats', () =>
      HttpResponse.json({
        data: { editionNumber: 8, total: 7, byStatus: { pendingReview: 3, approved: 2, draft: 2 } },
      }),
    ),
    http.get('*/api/persons/p-chen', () => HttpResponse.json({ data: record })),
    // The photo is a personal file: only its route answers it, to the signed-in caller.
    http.get('*/api/persons/p-chen/photo', ({ request }) =>
      request.headers.get('Authorization') === 'Bearer jwt-1'
        ? new HttpResponse(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), {
            headers: { 'Content-Type': 'image/png' },
          })
        : new HttpResponse(null, { status: 404 }),
    ),
    http.get('*/api/persons/p-chen/history', () =>
      HttpResponse.json({
        data: [
          {
            action: 'submit',
            fromState: 'draft',
            toState: 'pendingReview',
            actorRole: 'liaison',
            actorName: '王敏',
            reason: null,
            at: '2025-09-01T08:00:00.000Z',
          },
        ],
      }),
    ),
    http.get('*/api/editions', () =>
      strapiList([
        {
          id: 1,
          documentId: 'e8',
          number: 8,
          entryDateOptions: [{ code: 'full', labelZh: '11月5日-10日', labelEn: 'Nov 5–10' }],
          badgeTypes: [],
        },
      ]),
    ),
    http.post('*/api/persons/p-chen/transitions', async ({ request }) => {
      transitions.push(await request.json());
      return HttpResponse.json({
        data: { ...record, personStatus: 'rejected', allowedActions: [] },
      });
    }),
  );
});

/** The bulk route decides each row on its own: here it refuses 王雅琴. */
const withBulkRoute = () =>
  server.use(
    http.post('*/api/persons/bulk-transitions', async ({ request }) => {
      bulkBodies.push(await request.json());
      return HttpResponse.json({
        data: {
          succeeded: ['p-chen'],
          failed: [
            {
              documentId: 'p-wang',
              code: 'notAllowedFromState',
              zh: '当前状态下不能执行该操作',
              en: 'Not allowed now',
            },
          ],
        },
      });
    }),
  );
/** Both persons waiting for review, so operations may decide either. */
const bothPending = () =>
  server.use(
    http.get('*/api/persons', () =>
      strapiList(
        persons.map((p) => ({
          ...p,
          personStatus: 'pendingReview',
          allowedActions: ['approve', 'reject'],
        })),
      ),
    ),
  );

describe('operations person review queue', () => {
  it('asks for persons pending review first and shows ID numbers masked', async () => {
    renderPortal('/operations/person-review');
    const table = await screen.findByTestId('person-queue');
    await within(table).findByText('陈思远', undefined, { timeout: 8000 });
    expect(listQueries[0]).toContain('filters[personStatus][$in][0]=pendingReview');
    expect(listQueries[0]).toContain('filters[editionNumber][$eq]=8');
    expect(listQueries[0]).toContain('populate[organization][fields][0]=name');
    const ids = within(table)
      .getAllByTestId('masked-id')
      .map((cell) => cell.textContent);
    expect(ids).toEqual(['31****************1X', '11****************2X']);
    expect(table).not.toHaveTextContent('310115198203140121');
    expect(within(table).getAllByText('上海浦东示范进口贸易有限公司')).toHaveLength(2);
  });

  it('sends every filter of the form in Strapi terms', async () => {
    renderPortal('/operations/person-review');
    await screen.findByText('陈思远', undefined, { timeout: 8000 });
    await userEvent.type(screen.getByTestId('filter-name'), '陈');
    await userEvent.type(screen.getByTestId('filter-id-number'), '31011519820314012x');
    await userEvent.type(screen.getByTestId('filter-organization'), '浦东');
    await userEvent.click(screen.getByTestId('filter-submit'));
    await waitFor(() => expect(listQueries.length).toBeGreaterThan(1));
    const last = listQueries.at(-1) ?? '';
    expect(last).toContain('filters[name][$containsi]=陈');
    expect(last).toContain('filters[idNumber][$eq]=31011519820314012x');
    expect(last).not.toContain('filters[idNumber][$in]');
    expect(last).toContain('filters[organization][name][$containsi]=浦东');
    expect(last).toContain('filters[personStatus][$in][0]=pendingReview');
    expect(last).toContain('filters[editionNumber][$eq]=8');
  });

  it('lets only the rows the server allows a decision on be ticked, without asking the bulk route', async () => {
    let probed = false;
    server.use(
      http.post('*/api/persons/bulk-transitions', () => {
        probed = true;
        return new HttpResponse(null, { status: 400 });
      }),
    );
    renderPortal('/operations/person-review');
    const table = await screen.findByTestId('person-queue');
    await within(table).findByText('王雅琴', undefined, { timeout: 8000 });
    expect(await screen.findByTestId('bulk-approve')).toBeDisabled();
    const boxes = [...table.querySelectorAll('tr[data-row-key] .ant-checkbox-input')];
    expect(boxes.map((box) => (box as HTMLInputElement).disabled)).toEqual([false, true]);
    expect(probed).toBe(false);
  });

  it('offers no bulk decisions when the server allows none on the page', async () => {
    server.use(
      http.get('*/api/persons', () =>
        strapiList(
          persons.map((p) => ({ ...p, personStatus: 'approved', allowedActions: ['produce'] })),
        ),
      ),
    );
    renderPortal('/operations/person-review');
    const table = await screen.findByTestId('person-queue');
    await within(table).findByText('陈思远', undefined, { timeout: 8000 });
    expect(screen.queryByTestId('bulk-approve')).not.toBeInTheDocument();
    expect(table.querySelector('.ant-checkbox-input')).toBeNull();
  });

  it('rejects the ticked persons only with a reason and lists the refused', async () => {
    withBulkRoute();
    bothPending();
    renderPortal('/operations/person-review');
    const table = await screen.findByTestId('person-queue');
    await within(table).findByText('王雅琴', undefined, { timeout: 8000 });
    const header = await waitFor(() => {
      const box = table.querySelector('.ant-table-thead .ant-checkbox-input');
      expect(box).not.toBeNull();
      return box as HTMLInputElement;
    });
    await userEvent.click(header);
    await waitFor(() =>
      expect(screen.getByTestId('selected-count')).toHaveTextContent('已选 2 项'),
    );
    await userEvent.click(screen.getByTestId('bulk-reject'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('将对选中的 2 名人员审核不通过');
    await userEvent.click(within(dialog).getByTestId('reject-confirm'));
    expect(await within(dialog).findByText('请填写审核不通过原因')).toBeInTheDocument();
    expect(bulkBodies).toEqual([]);

    await userEvent.type(within(dialog).getByTestId('reject-reason-input'), '证件照不清晰');
    await userEvent.click(within(dialog).getByTestId('reject-confirm'));
    const failures = await screen.findByTestId('bulk-failures');
    expect(within(failures).getByTestId('bulk-failure')).toHaveTextContent(
      '王雅琴：当前状态下不能执行该操作',
    );
    expect(bulkBodies).toEqual([
      { data: { documentIds: ['p-chen', 'p-wang'], action: 'reject', reason: '证件照不清晰' } },
    ]);
    expect(screen.getByTestId('selected-count')).toHaveTextContent('已选 1 项');
  });
});

describe('a person under review', () => {
  it('shows approve and reject as allowed, the whole ID, the photo, reuse and history; rejects only with a reason', async () => {
    renderPortal('/operations/person-review/p-chen');
    const actions = await screen.findByTestId('review-actions', undefined, { timeout: 8000 });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['审核通过', '审核不通过']);
    expect(screen.getByTestId('person-id-number')).toHaveTextContent('310115198203140121');
    // Fetched with the JWT from the person's photo route and shown from memory, never /uploads.
    expect(await screen.findByAltText('证件照')).toHaveAttribute('src', 'blob:id-photo');
    expect(screen.getByTestId('previous-badge-number')).toHaveTextContent('CIIE7-000137');
    expect(await screen.findByText('11月5日-10日')).toBeInTheDocument();
    const history = await screen.findByTestId('review-history');
    expect(history).toHaveTextContent('王敏');
    expect(history).toHaveTextContent('待提交 → 待审核');

    await userEvent.click(screen.getByTestId('action-reject'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByTestId('reject-confirm'));
    expect(await within(dialog).findByText('请填写审核不通过原因')).toBeInTheDocument();
    expect(transitions).toEqual([]);
    await userEvent.type(within(dialog).getByTestId('reject-reason-input'), '证件照与本人不符');
    await userEvent.click(within(dialog).getByTestId('reject-confirm'));
    await waitFor(() =>
      expect(transitions).toEqual([{ data: { action: 'reject', reason: '证件照与本人不符' } }]),
    );
  });

  it('shows no review button the server does not allow', async () => {
    server.use(
      http.get('*/api/persons/p-chen', () =>
        HttpResponse.json({
          data: { ...record, personStatus: 'approved', allowedActions: ['produce'] },
        }),
      ),
    );
    renderPortal('/operations/person-review/p-chen');
    const actions = await screen.findByTestId('review-actions', undefined, { timeout: 8000 });
    await screen.findByTestId('person-descriptions');
    expect(within(actions).queryAllByRole('button')).toHaveLength(0);
  });
});

describe('the delegation reviewer', () => {
  it('sees persons read-only, masked, with counts by status and no bulk probe', async () => {
    let probed = false;
    server.use(
      session('delegation-reviewer'),
      // The cms allows a reviewer no decision on a person.
      http.get('*/api/persons', ({ request }) => {
        listQueries.push(decodeURIComponent(new URL(request.url).search));
        return strapiList(persons.map((p) => ({ ...p, allowedActions: [] })));
      }),
      http.post('*/api/persons/bulk-transitions', () => {
        probed = true;
        return new HttpResponse(null, { status: 405 });
      }),
    );
    renderPortal('/delegation/persons');
    const table = await screen.findByTestId('person-queue');
    await within(table).findByText('陈思远', undefined, { timeout: 8000 });
    expect(listQueries[0]).not.toContain('personStatus');
    expect(listQueries[0]).toContain('filters[editionNumber][$eq]=8');
    expect(within(table).getAllByTestId('masked-id')[0]).toHaveTextContent('31****************1X');
    expect(table.querySelector('.ant-checkbox-input')).toBeNull();
    expect(screen.queryByTestId('bulk-approve')).not.toBeInTheDocument();
    const stats = await screen.findByTestId('person-stats');
    expect(within(stats).getByTestId('person-stat-total')).toHaveTextContent('7');
    expect(within(stats).getByTestId('person-stat-pendingReview')).toHaveTextContent('3');
    expect(within(stats).getByTestId('person-stat-approved')).toHaveTextContent('2');
    expect(probed).toBe(false);
  });

  it('opens a person with no action buttons', async () => {
    server.use(
      session('delegation-reviewer'),
      http.get('*/api/persons/p-chen', () =>
        HttpResponse.json({ data: { ...record, allowedActions: [] } }),
      ),
    );
    renderPortal('/delegation/persons/p-chen');
    await screen.findByTestId('person-descriptions', undefined, { timeout: 8000 });
    expect(within(screen.getByTestId('review-actions')).queryAllByRole('button')).toHaveLength(0);
  });
});

describe('operations home', () => {
  it('shows the persons pending review with a way to the queue', async () => {
    renderPortal('/operations');
    const card = await screen.findByTestId('person-review-card', undefined, { timeout: 8000 });
    await waitFor(() =>
      expect(within(card).getByTestId('pending-review-count')).toHaveTextContent('3'),
    );
    expect(within(card).getByTestId('open-person-review').closest('a')).toHaveAttribute(
      'href',
      '/operations/person-review',
    );
  });
});
