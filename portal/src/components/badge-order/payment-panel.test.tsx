import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { JWT_KEY } from '../../providers/http';
import { changeLanguage } from '../../providers/i18n';
import { server } from '../../test/server';
import { PaymentPanel } from './PaymentPanel';

/** A gateway answer the cms could not verify (issue 10): 502 with the reason in zh and en. */
const unverified = {
  data: null,
  error: {
    status: 502,
    name: 'BadGatewayError',
    message: "The payment gateway's answer failed verification",
    details: {
      errors: [
        {
          path: ['gateway'],
          code: 'gatewayAnswerUnverified',
          message: "The payment gateway's answer failed verification",
          zh: '支付网关的应答未通过验证',
          en: "The payment gateway's answer failed verification",
        },
      ],
    },
  },
};

beforeEach(() => {
  window.localStorage.setItem(JWT_KEY, 'jwt-liaison');
  server.use(
    http.get('*/api/badge-orders/o1/transfer', () =>
      HttpResponse.json({ data: { reference: null } }),
    ),
    http.post('*/api/badge-orders/o1/payments', () =>
      HttpResponse.json(unverified, { status: 502 }),
    ),
  );
});

describe('去支付 when the gateway answer fails verification', () => {
  it('shows the reason in Chinese for a Chinese user and in English otherwise', async () => {
    await changeLanguage('zh-CN');
    const { unmount } = render(<PaymentPanel orderId="o1" />);
    await userEvent.click(screen.getByTestId('pay-alipay'));
    expect(await screen.findByText('支付网关的应答未通过验证')).toBeTruthy();
    unmount();

    await changeLanguage('en');
    render(<PaymentPanel orderId="o1" />);
    await userEvent.click(screen.getByTestId('pay-wechatPay'));
    expect(
      await screen.findByText("The payment gateway's answer failed verification"),
    ).toBeTruthy();
  });
});
