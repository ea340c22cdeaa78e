import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { renderPortal } from '../../../test/render';
import { server, signedIn, strapiList } from '../../../test/server';

/** A draft with everything filled in: the wizard opens on the preview. */
const draft = {
  id: 11,
  documentId: 'o1',
  category: 'domesticGovernmentAgency',
  name: '上海市某区商务委员会',
  creditCode: '11310000MB2F3N6X1K',
  address: '上海市浦东新区世纪大道 1 号',
  contactName: '张伟',
  contactMobile: '13800138000',
  contactEmail: 'zhang@example.cn',
  visitPurposes: ['purchasing'],
  interests: [{ documentId: 'i1', nameZh: '乘用车', nameEn: 'Passenger cars' }],
  privacyConsentAt: '2025-06-01T08:00:00.000Z',
  privacyPolicyVersion: '2025-1',
  businessLicence: { id: 7, name: 'licence.png', mime: 'image/png' },
  delegation: {
    documentId: 'd-sh-pd',
    nameZh: '浦东新区分团',
    nameEn: 'Pudong',
    code: 'pudong',
    path: '/shanghai/pudong/',
  },
  reviewStatus: 'draft',
  allowedActions: ['submit'],
};

const useLiaison = (organization: Record<string, unknown>) =>
  server.use(
    http.get('*/api/session', () =>
      HttpResponse.json({
        data: {
          user: { id: 1, documentId: 'u1', username: '11310000MB2F3N6X1K', email: 'x@example.cn' },
          role: 'liaison',
          organization: {
            documentId: 'o1',
            name: organization.name,
            reviewStatus: organization.reviewStatus,
          },
          delegation: null,
        },
      }),
    ),
    http.get('*/api/organizations/o1', () => HttpResponse.json({ data: organization })),
    http.get('*/api/exhibition-areas', () => strapiList([])),
    http.get('*/api/exhibition-categories', () => strapiList([])),
    http.get('*/api/exhibition-items', () => strapiList([])),
    http.get('*/api/organizations/o1/history', () => HttpResponse.json({ data: [] })),
    // The licence image is a personal file; its own test below answers it.
    http.get('*/api/organizations/o1/licence', () => new HttpResponse(null, { status: 404 })),
  );

signedIn('jwt-1');

describe('/visitor/organization wizard (steps 4–6)', () => {
  it('lists every field error the submit returns and shows each on its field', async () => {
    useLiaison(draft);
    server.use(
      http.post('*/api/organizations/o1/transitions', () =>
        HttpResponse.json(
          {
            data: null,
            error: {
              status: 400,
              name: 'ValidationError',
              message: '2 errors',
              details: {
                errors: [
                  {
                    path: ['address'],
                    code: 'required',
                    zh: '请填写单位地址',
                    en: 'Address is required',
                  },
                  {
                    path: ['businessLicence'],
                    code: 'required',
                    zh: '请上传营业执照',
                    en: 'Upload the licence',
                  },
                ],
              },
            },
          },
          { status: 400 },
        ),
      ),
    );
    renderPortal('/visitor/organization');
    expect(
      await screen.findByText('预登记信息预览', undefined, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('preview-name')).toHaveTextContent('上海市某区商务委员会');
    await userEvent.click(screen.getByTestId('confirm-submit'));

    const problems = await screen.findByTestId('submit-problems');
    expect(within(problems).getByTestId('problem-address')).toHaveTextContent(
      '单位地址：请填写单位地址',
    );
    expect(within(problems).getByTestId('problem-businessLicence')).toHaveTextContent(
      '营业执照：请上传营业执照',
    );
    // The licence problem is also shown at the upload; the address one on the address field.
    expect(screen.getByTestId('licence-error')).toHaveTextContent('请上传营业执照');
    await userEvent.click(
      within(within(problems).getByTestId('problem-address')).getByRole('button'),
    );
    const details = screen.getByTestId('step-details');
    await waitFor(() => expect(details).toBeVisible());
    expect(await within(details).findByText('请填写单位地址')).toBeInTheDocument();
  });

  it('shows an approved-at-once result for an auto-reviewed category', async () => {
    useLiaison({ ...draft, category: 'domesticEnterprise' });
    server.use(
      http.post('*/api/organizations/o1/transitions', () =>
        HttpResponse.json({
          data: { ...draft, category: 'domesticEnterprise', reviewStatus: 'approved' },
        }),
      ),
    );
    renderPortal('/visitor/organization');
    await userEvent.click(
      await screen.findByTestId('confirm-submit', undefined, { timeout: 8000 }),
    );
    const result = await screen.findByTestId('submit-result');
    expect(result).toHaveAttribute('data-status', 'approved');
    expect(result).toHaveTextContent('单位信息审核通过');
  });

  it('shows that a delegation-reviewed organization waits for its delegation', async () => {
    useLiaison(draft);
    let body: unknown;
    server.use(
      http.post('*/api/organizations/o1/transitions', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ data: { ...draft, reviewStatus: 'submitted' } });
      }),
    );
    renderPortal('/visitor/organization');
    await userEvent.click(
      await screen.findByTestId('confirm-submit', undefined, { timeout: 8000 }),
    );
    const result = await screen.findByTestId('submit-result');
    expect(result).toHaveAttribute('data-status', 'submitted');
    expect(result).toHaveTextContent('已提交，等待交易团审核');
    expect(body).toEqual({ data: { action: 'submit' } });
  });

  it('shows the rejection reason prominently when the organization was rejected', async () => {
    useLiaison({
      ...draft,
      reviewStatus: 'rejected',
      rejectionReason: '营业执照不清晰，请重新上传',
    });
    renderPortal('/visitor/organization');
    const alert = await screen.findByTestId('rejection-reason', undefined, { timeout: 8000 });
    expect(alert).toHaveTextContent('审核不通过原因');
    expect(alert).toHaveTextContent('营业执照不清晰，请重新上传');
  });

  it('saves a draft (暂存) with the form values', async () => {
    useLiaison({ ...draft, address: null });
    let saved: { data: Record<string, unknown> } | undefined;
    server.use(
      http.put('*/api/organizations/o1', async ({ request }) => {
        saved = (await request.json()) as typeof saved;
        return HttpResponse.json({ data: draft });
      }),
    );
    renderPortal('/visitor/organization');
    // The address is missing: the wizard resumes on the details step.
    await waitFor(() => expect(screen.getByTestId('step-details')).toBeVisible(), {
      timeout: 8000,
    });
    await userEvent.type(screen.getByTestId('address-input'), '上海市黄浦区');
    await userEvent.click(screen.getByTestId('save-draft'));
    await waitFor(() =>
      expect(saved?.data).toMatchObject({ address: '上海市黄浦区', interests: ['i1'] }),
    );
    expect(await screen.findByText('已暂存')).toBeInTheDocument();
  });
});

describe('the licence (a personal file)', () => {
  it('is fetched from the organization’s licence route with the JWT and shown from memory', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:licence');
    URL.revokeObjectURL = vi.fn();
    const fetched: { url: string; auth: string | null }[] = [];
    useLiaison(draft);
    server.use(
      http.get('*/api/organizations/o1/licence', ({ request }) => {
        fetched.push({ url: request.url, auth: request.headers.get('Authorization') });
        return new HttpResponse(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), {
          headers: { 'Content-Type': 'image/png' },
        });
      }),
    );
    renderPortal('/visitor/organization');
    const images = await screen.findAllByAltText('营业执照', undefined, { timeout: 8000 });
    for (const image of images) expect(image).toHaveAttribute('src', 'blob:licence');
    expect(fetched[0]).toMatchObject({ auth: 'Bearer jwt-1' });
    expect(new URL(fetched[0]!.url).pathname).toBe('/api/organizations/o1/licence');
    created.mockRestore();
  });
});

describe('/visitor/organization: 本单位数据副本 (PIPL access right)', () => {
  it("downloads the organization's personal-data ZIP from its own route", async () => {
    useLiaison({ ...draft, reviewStatus: 'approved', allowedActions: [] });
    let asked: string | null = null;
    server.use(
      http.get('*/api/organizations/o1/personal-data', ({ request }) => {
        asked = request.headers.get('Authorization');
        return new HttpResponse(new Uint8Array([0x50, 0x4b, 3, 4]), {
          headers: { 'Content-Type': 'application/zip' },
        });
      }),
    );
    const created: string[] = [];
    URL.createObjectURL = () => {
      created.push('blob');
      return 'blob:personal-data';
    };
    URL.revokeObjectURL = () => {};
    renderPortal('/visitor/organization');
    const card = await screen.findByTestId('personal-data', undefined, { timeout: 8000 });
    expect(card).toHaveTextContent('本单位数据副本');
    await userEvent.click(within(card).getByTestId('personal-data-download'));
    await waitFor(() => expect(created).toEqual(['blob']));
    expect(asked).toBe('Bearer jwt-1');
  });
});
