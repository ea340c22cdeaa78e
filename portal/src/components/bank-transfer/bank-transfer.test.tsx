import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderPortal } from '../../test/render';
import { server, signedIn, strapiList } from '../../test/server';

const session = (role: 'liaison' | 'finance') =>
  http.get('*/api/session', () =>
    HttpResponse.json({
      data: {
        user: { id: 1, documentId: 'u1', username: role, email: `${role}@example.cn` },
        role,
        organization:
          role === 'liaison'
            ? { documentId: 'org1', name: '上海进口贸易有限公司', reviewStatus: 'approved' }
            : null,
        delegation: null,
      },
    }),
  );

const order = {
  documentId: 'o1',
  orderNumber: 'V202511031200000000000007',
  orderStatus: 'pendingPayment',
  amountFen: 30000,
  headCount: 2,
  collectionMethod: 'pickup',
  createdAt: '2025-11-03T04:00:00.000Z',
  lines: [],
  payments: [],
  allowedActions: ['cancel', 'pay'],
};
const transfer = {
  account: { name: '中国国际进口博览局', bank: '中国银行上海分行', number: '4563 5123 0001' },
  reference: 'PV0000075',
  amountFen: 30000,
  payment: { documentId: 'pay1', paymentStatus: 'created', rejectionReason: null },
  allowedActions: ['submitRemittance'],
  remittances: [],
};
const remittance = {
  documentId: 'r1',
  orderDocumentId: 'o1',
  orderNumber: order.orderNumber,
  orderStatus: 'pendingPayment',
  transferReference: 'PV0000075',
  organizationName: '上海进口贸易有限公司',
  amountFen: 29900,
  orderAmountFen: 30000,
  amountMatches: false,
  payerName: '上海进口贸易有限公司',
  payerAccount: '6222021001023456789',
  payerBank: '工商银行',
  remittedOn: '2025-11-03',
  decision: 'pending',
  submittedAt: '2025-11-03T05:00:00.000Z',
  paymentStatus: 'awaitingConfirmation',
  voucher: null,
  allowedActions: ['reject'],
};

signedIn('jwt-1');

/** The liaison's order with an open transfer; remittances sent are kept in `sent`. */
function serveTransferOrder(sent: FormData[]) {
  server.use(
    session('liaison'),
    http.get('*/api/badge-orders/o1', () => HttpResponse.json({ data: order })),
    http.get('*/api/badge-orders/o1/transfer', () => HttpResponse.json({ data: transfer })),
    http.get('*/api/editions', () => strapiList([])),
    http.get('*/api/refunds', () => strapiList([])),
    http.post('*/api/badge-orders/o1/remittances', async ({ request }) => {
      sent.push(await request.formData());
      return HttpResponse.json(
        {
          error: {
            status: 400,
            name: 'ValidationError',
            message: 'invalid',
            details: {
              errors: [
                {
                  path: ['payerAccount'],
                  code: 'payerAccount',
                  message: 'bad',
                  zh: '付款账号须为 6–34 位数字或字母',
                  en: 'bad',
                },
              ],
            },
          },
        },
        { status: 400 },
      );
    }),
  );
}

describe('bank transfer on the order page', () => {
  it('shows the account and reference, sends the amount in fen and puts server errors on the fields', async () => {
    const sent: FormData[] = [];
    serveTransferOrder(sent);
    const user = userEvent.setup();
    renderPortal('/visitor/orders/o1');
    expect(
      await screen.findByTestId('transfer-reference', {}, { timeout: 15_000 }),
    ).toHaveTextContent('PV0000075');
    expect(screen.getByTestId('transfer-account-name')).toHaveTextContent('中国国际进口博览局');
    await user.type(screen.getByTestId('remittance-payer-name'), '上海进口贸易有限公司');
    // Well formed for the form's rules; the (mocked) cms refuses it.
    await user.type(screen.getByTestId('remittance-payer-account'), '6222 0210 0102 3456 789');
    await user.type(screen.getByTestId('remittance-payer-bank'), '工商银行');
    const input = document.querySelector<HTMLInputElement>(
      '[data-testid="transfer-panel"] input[type="file"]',
    )!;
    await user.upload(input, new File(['%PDF-1.4'], '回单.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByTestId('remittance-submit'));
    expect(await screen.findByText('付款账号须为 6–34 位数字或字母')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.get('amountFen')).toBe('30000');
    expect(sent[0]!.get('payerBank')).toBe('工商银行');
    expect(sent[0]!.get('file')).not.toBeNull();
  }, 40_000);

  it('refuses a short account number on the form, with the cms’s message, sending nothing', async () => {
    const sent: FormData[] = [];
    serveTransferOrder(sent);
    const user = userEvent.setup();
    renderPortal('/visitor/orders/o1');
    await user.type(
      await screen.findByTestId('remittance-payer-account', {}, { timeout: 15_000 }),
      '62-22',
    );
    await user.click(screen.getByTestId('remittance-submit'));
    expect(await screen.findByText('付款账号须为 6–34 位数字或字母')).toBeInTheDocument();
    expect(screen.getByText('请填写付款户名（100 字以内）')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
  }, 40_000);
});

describe('a remittance for finance', () => {
  it('flags a differing amount, offers only the allowed actions and sends the rejection reason', async () => {
    const decisions: unknown[] = [];
    server.use(
      session('finance'),
      http.get('*/api/remittances/r1', () => HttpResponse.json({ data: remittance })),
      http.post('*/api/remittances/r1/decision', async ({ request }) => {
        decisions.push(await request.json());
        return HttpResponse.json({
          data: {
            ...remittance,
            decision: 'rejected',
            rejectionReason: '金额不符',
            allowedActions: [],
          },
        });
      }),
    );
    const user = userEvent.setup();
    renderPortal('/finance/transfers/r1');
    expect(await screen.findByTestId('amount-mismatch')).toHaveTextContent('¥299.00');
    expect(screen.queryByTestId('transfer-confirm')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('transfer-reject'));
    await user.type(await screen.findByTestId('reject-reason-input'), '金额不符');
    await user.click(screen.getByTestId('reject-confirm'));
    await waitFor(() =>
      expect(decisions).toEqual([{ data: { action: 'reject', reason: '金额不符' } }]),
    );
    await waitFor(() =>
      expect(screen.getAllByTestId('remittance-decision')[0]).toHaveTextContent('已驳回'),
    );
    expect(screen.queryByTestId('transfer-reject')).not.toBeInTheDocument();
  });
});
