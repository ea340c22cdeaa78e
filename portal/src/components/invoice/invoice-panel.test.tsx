import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderPortal } from '../../test/render';
import { server, signedIn, strapiList } from '../../test/server';

const order = (extra: Record<string, unknown> = {}) => ({
  documentId: 'ord1',
  orderNumber: 'V2025090112000000000000001',
  orderStatus: 'paid',
  amountFen: 30_000,
  headCount: 2,
  collectionMethod: 'pickup',
  paymentMethod: 'b2bGateway',
  createdAt: '2025-09-01T04:00:00.000Z',
  paidAt: '2025-09-01T04:05:00.000Z',
  lines: [],
  payments: [],
  invoice: null,
  // As the server answers for a paid order without an invoice.
  allowedActions: ['requestInvoice'],
  ...extra,
});

/** A stand-in for the cms: the order, its invoices, and what the form posts. */
function useCms(orderExtra: Record<string, unknown>, invoices: unknown[] = []) {
  const posted: Record<string, unknown>[] = [];
  server.use(
    http.get('*/api/session', () =>
      HttpResponse.json({
        data: {
          user: { id: 1, documentId: 'u1', username: 'liaison', email: 'l@example.cn' },
          role: 'liaison',
          organization: { documentId: 'o1', name: '付款单位有限公司', reviewStatus: 'approved' },
          delegation: null,
        },
      }),
    ),
    http.get('*/api/badge-orders/ord1', () => HttpResponse.json({ data: order(orderExtra) })),
    http.get('*/api/organizations', () =>
      strapiList([{ documentId: 'o1', name: '付款单位有限公司' }]),
    ),
    http.get('*/api/invoices', () => strapiList(invoices)),
    http.get('*/api/editions', () => strapiList([])),
    http.get('*/api/refunds', () => strapiList([])),
    http.get('*/api/invoices/:id', ({ params }) =>
      HttpResponse.json({
        data: (invoices as { documentId: string }[]).find((i) => i.documentId === params.id),
      }),
    ),
    http.post('*/api/invoices', async ({ request }) => {
      const body = (await request.json()) as { data: Record<string, unknown> };
      posted.push(body.data);
      return HttpResponse.json(
        {
          data: null,
          error: {
            status: 400,
            name: 'ValidationError',
            message: 'Invalid tax number',
            details: {
              errors: [
                {
                  path: ['taxNumber'],
                  code: 'invalidTaxNumber',
                  zh: '税号不正确（服务器）',
                  en: 'Invalid tax number (server)',
                },
              ],
            },
          },
        },
        { status: 400 },
      );
    }),
  );
  return posted;
}

signedIn('jwt-1');

describe('the invoice panel on the order page (申请开票)', () => {
  it('shows a locked title read-only, asks for the bank fields of a 数电专票, checks fields by the cms’s rules and shows the server’s field error', async () => {
    const posted = useCms({ invoiceTitleLocked: true });
    renderPortal('/visitor/orders/ord1');
    const form = await screen.findByTestId('invoice-form', {}, { timeout: 8000 });
    await screen.findByTestId('invoice-title-locked');
    const title = within(form).getByTestId('invoice-title') as HTMLInputElement;
    await waitFor(() => expect(title.value).toBe('付款单位有限公司'));
    expect(title.disabled).toBe(true);
    expect(within(form).queryByTestId('invoice-bank')).toBeNull();

    const user = userEvent.setup();
    await user.click(within(form).getByText('数电专票'));
    for (const field of ['address', 'phone', 'bank', 'bankAccount']) {
      expect(within(form).getByTestId(`invoice-${field}`)).toBeTruthy();
    }
    await user.type(within(form).getByTestId('invoice-taxNumber'), '123');
    await user.type(within(form).getByTestId('invoice-email'), 'a@example.cn');
    await user.click(within(form).getByTestId('invoice-submit'));
    // The form answers with the cms's own rules before anything is sent.
    await within(form).findByText(
      '税号不正确（18 位统一社会信用代码，或 15/17/20 位纳税人识别号）',
      {},
      { timeout: 5000 },
    );
    expect(within(form).getByText('开具数电专票须填写开户银行')).toBeTruthy();
    expect(posted).toHaveLength(0);

    await user.clear(within(form).getByTestId('invoice-taxNumber'));
    await user.type(within(form).getByTestId('invoice-taxNumber'), '91350100M000100Y43');
    await user.type(within(form).getByTestId('invoice-address'), '上海市浦东新区世纪大道 1 号');
    await user.type(within(form).getByTestId('invoice-phone'), '021-12345678');
    await user.type(within(form).getByTestId('invoice-bank'), '中国银行上海分行');
    await user.type(within(form).getByTestId('invoice-bankAccount'), '4563510000001234');
    await user.click(within(form).getByTestId('invoice-submit'));
    await within(form).findByText('税号不正确（服务器）', {}, { timeout: 5000 });
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({
      order: 'ord1',
      kind: 'special',
      taxNumber: '91350100M000100Y43',
    });
    expect(posted[0]).not.toHaveProperty('title');
  });

  it('shows an issued invoice with its number and the download button, without the form', async () => {
    useCms({ invoice: { kind: 'ordinary', invoiceStatus: 'issued' }, allowedActions: [] }, [
      {
        documentId: 'inv1',
        orderRef: 'ord1',
        kind: 'ordinary',
        invoiceStatus: 'issued',
        title: '上海示例贸易有限公司',
        taxNumber: '91350100M000100Y43',
        email: 'a@example.cn',
        amountFen: 30_000,
        invoiceNumber: '25311000000000000042',
        issuedAt: '2025-09-02T02:00:00.000Z',
        createdAt: '2025-09-01T05:00:00.000Z',
        redLetters: [],
        allowedActions: ['downloadPdf'],
      },
    ]);
    renderPortal('/visitor/orders/ord1');
    await screen.findByTestId('invoice-download', {}, { timeout: 8000 });
    expect(screen.getByTestId('invoice-number').textContent).toBe('25311000000000000042');
    expect(screen.getByTestId('invoice-status').textContent).toBe('已开具');
    expect(screen.getByTestId('order-invoice-status').textContent).toBe('已开具');
    expect(screen.queryByTestId('invoice-form')).toBeNull();
  });
});
