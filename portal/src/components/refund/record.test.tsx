import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { JWT_KEY } from '../../providers/http';
import { renderPortal } from '../../test/render';
import { server, sessionOf } from '../../test/server';

const transferRefund = {
  id: 1,
  documentId: 'r1',
  refundNumber: 'R202511051200000000000001',
  refundStatus: 'processing',
  orderRef: 'o1',
  orderNumber: 'V202511051200000000000001',
  personRef: 'p1',
  personName: '李娜',
  paymentMethod: 'bankTransfer',
  amountFen: 20_000,
  createdAt: '2025-11-05T04:00:00.000Z',
  allowedActions: ['recordBankRefund'],
};

let posted: unknown[] = [];
let answer: () => Response;

beforeEach(async () => {
  posted = [];
  window.localStorage.setItem(JWT_KEY, 'jwt-finance');
  answer = () =>
    HttpResponse.json({
      data: {
        ...transferRefund,
        refundStatus: 'succeeded',
        refundedAmountFen: 19_650,
        exchangeRateDifferenceFen: 350,
        allowedActions: [],
      },
    });
  server.use(
    sessionOf('finance'),
    http.get('*/api/refunds/r1', () => HttpResponse.json({ data: transferRefund })),
    http.get('*/api/refunds/r1/history', () => HttpResponse.json({ data: [] })),
    http.post('*/api/refunds/r1/bank-refund', async ({ request }) => {
      posted.push(await request.json());
      return answer();
    }),
  );
});

describe('finance records the bank refund of a transfer (登记银行退款)', () => {
  it('shows the exchange-rate difference as the amount is typed and sends fen, reference and date', async () => {
    renderPortal('/finance/refunds/r1');
    const amount = await screen.findByTestId('bank-refund-amount', undefined, { timeout: 8000 });
    await userEvent.clear(amount);
    await userEvent.type(amount, '196.50');
    await waitFor(() =>
      expect(screen.getByTestId('exchange-rate-difference')).toHaveTextContent('汇率差额：¥3.50'),
    );
    await userEvent.type(screen.getByTestId('bank-refund-reference'), 'BOC20251105001');
    await userEvent.click(screen.getByTestId('bank-refund-save'));
    await waitFor(() => expect(screen.getByTestId('refund-status')).toHaveTextContent('成功'));
    expect(posted).toEqual([
      {
        data: {
          refundedAmountFen: 19_650,
          bankReference: 'BOC20251105001',
          refundedOn: dayjs().format('YYYY-MM-DD'),
        },
      },
    ]);
    expect(screen.queryByTestId('bank-refund-form')).toBeNull();
  });

  it("puts the server's amount error on the amount field", async () => {
    answer = () =>
      HttpResponse.json(
        {
          error: {
            status: 400,
            name: 'ValidationError',
            message: 'invalid',
            details: {
              errors: [
                {
                  path: ['refundedAmountFen'],
                  code: 'invalidAmount',
                  message: 'The refunded amount must be a whole number of fen from 1 to 20000',
                  zh: '退款金额应为 1 至 20000 分之间的整数',
                  en: 'The refunded amount must be a whole number of fen from 1 to 20000',
                },
              ],
            },
          },
        },
        { status: 400 },
      );
    renderPortal('/finance/refunds/r1');
    await screen.findByTestId('bank-refund-amount', undefined, { timeout: 8000 });
    await userEvent.type(screen.getByTestId('bank-refund-reference'), 'BOC1');
    await userEvent.click(screen.getByTestId('bank-refund-save'));
    expect(await screen.findByText('退款金额应为 1 至 20000 分之间的整数')).toBeInTheDocument();
    expect(screen.getByTestId('refund-status')).toHaveTextContent('处理中');
  });
});
